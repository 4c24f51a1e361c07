import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { computeNodeMetrics } from "../../src/graph/compute-node-metrics.ts";

/** A path a – b – c – d with a heavy a – b link, and a triangle e – f – g hanging off d by g. */
function sampleGraph(): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (const key of ["a", "b", "c", "d", "e", "f", "g"]) graph.addNode(key);
  graph.addEdge("a", "b", { weight: 5 });
  graph.addEdge("b", "c", { weight: 1 });
  graph.addEdge("c", "d", { weight: 1 });
  graph.addEdge("d", "g", { weight: 1 });
  graph.addEdge("e", "f", { weight: 1 });
  graph.addEdge("f", "g", { weight: 1 });
  graph.addEdge("g", "e", { weight: 1 });
  return graph;
}

const byKey = (metrics: ReturnType<typeof computeNodeMetrics>, metric: keyof ReturnType<typeof computeNodeMetrics>["values"]) =>
  Object.fromEntries(metrics.keys.map((key, i) => [key, metrics.values[metric][i]!]));

describe("computeNodeMetrics", () => {
  it("counts links for the degree and shared sentences for the weighted degree", () => {
    const metrics = computeNodeMetrics(sampleGraph());
    expect(byKey(metrics, "degree")).toMatchObject({ a: 1, b: 2, g: 3 });
    expect(byKey(metrics, "weightedDegree")).toMatchObject({ a: 5, b: 6, g: 3 });
  });

  it("gives the broker between the path and the triangle the highest betweenness, and leaves none to an end", () => {
    const metrics = computeNodeMetrics(sampleGraph());
    const betweenness = byKey(metrics, "betweenness");
    const top = Object.entries(betweenness).sort((x, y) => y[1] - x[1])[0]![0];
    expect(["d", "g"]).toContain(top);
    expect(betweenness.a).toBe(0);
    expect(betweenness.e).toBe(0);
    expect(metrics.betweenness).toEqual({ kind: "exact" });
  });

  it("has PageRanks that sum to one, higher where links are heavier", () => {
    const ranks = byKey(computeNodeMetrics(sampleGraph()), "pagerank");
    expect(Object.values(ranks).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 6);
    expect(ranks.b).toBeGreaterThan(ranks.c!);
  });

  it("samples betweenness on a big graph, and with every node as a source gives the exact figures", () => {
    const graph = sampleGraph();
    const exact = byKey(computeNodeMetrics(graph), "betweenness");
    const allSources = computeNodeMetrics(graph, { exactBetweennessUpTo: 3, pivots: 7 });
    expect(allSources.betweenness).toEqual({ kind: "exact" });
    const sampled = computeNodeMetrics(graph, { exactBetweennessUpTo: 3, pivots: 3 });
    expect(sampled.betweenness).toEqual({ kind: "sampled", pivots: 3 });
    const estimate = byKey(sampled, "betweenness");
    // Sources a, c and e (evenly spread): the brokers still come out on top, ends still at 0.
    expect(estimate.a).toBe(0);
    expect(estimate.d! + estimate.g!).toBeGreaterThan(estimate.b!);
    expect(Object.keys(estimate)).toEqual(Object.keys(exact));
  });

  it("sampled betweenness of a star's centre is the exact one", () => {
    const star = new UndirectedGraph();
    star.addNode("hub");
    for (let i = 0; i < 30; i++) star.mergeEdge("hub", `leaf-${i}`, { weight: 1 });
    const exact = byKey(computeNodeMetrics(star), "betweenness").hub!;
    const sampled = byKey(computeNodeMetrics(star, { exactBetweennessUpTo: 10, pivots: 10 }), "betweenness").hub!;
    expect(exact).toBeCloseTo(1, 6);
    expect(sampled).toBeGreaterThan(0.8);
    expect(sampled).toBeLessThan(1.2);
  });

  it("handles the empty graph and a lone node", () => {
    expect(computeNodeMetrics(new UndirectedGraph()).keys).toEqual([]);
    const lone = new UndirectedGraph();
    lone.addNode("x");
    expect(computeNodeMetrics(lone).values).toEqual({ degree: [0], weightedDegree: [0], pagerank: [1], betweenness: [0] });
  });
});
