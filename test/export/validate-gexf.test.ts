import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/index.ts";
import { computeNodeMetrics } from "../../src/graph/compute-node-metrics.ts";
import { buildNastyGraph, buildPlainGraph, type FixtureGraph } from "./fixtures.ts";
import { checkGexf } from "./validate.ts";

describe("the GEXF check on toGexf output", () => {
  it.each([
    ["the plain graph", buildPlainGraph],
    ["the graph of nasty labels", buildNastyGraph],
    ["the empty graph", () => new UndirectedGraph() as FixtureGraph],
    [
      "a graph with the page's hex and rgba colours",
      () => {
        const graph = buildPlainGraph();
        graph.mergeNodeAttributes("place:tehran", { color: "#ccc", size: 2 });
        graph.mergeNodeAttributes("country:iran", { color: "rgba(41, 128, 185, 0.25)" });
        return graph;
      },
    ],
    [
      "a graph whose links carry relation labels, one of them with characters to escape",
      () => {
        const graph = buildPlainGraph();
        graph.setEdgeAttribute("e0", "relations", [{ label: "president of", class: "leads", count: 2, sentences: ["s1", "s2"], from: "person:hassan-rouhani" }]);
        graph.setEdgeAttribute("e1", "relations", [{ label: "meet <with> & \"talk\"", class: null, count: 1, sentences: ["s3"], from: null }]);
        return graph;
      },
    ],
  ])("passes for %s", (_, build) => {
    const graph = build();
    const check = checkGexf(toGexf(graph, { description: "test & <check>", lastModifiedDate: "2024-05-01" }));
    expect(check.problems).toEqual([]);
    expect(check.ok).toBe(true);
    expect(check.networkx).toMatchObject({ nodes: graph.order, edges: graph.size, weightedEdges: graph.size });
    if (graph.order > 0) {
      const n = graph.order;
      expect(check.networkx?.viz).toEqual({ color: n, position: n, size: n });
      expect(Object.keys(check.networkx?.nodeKeys ?? {})).toEqual(["aliases", "community", "degree", "documents", "label", "mentions", "pagerank", "type", "viz", "weighted_degree"]);
      // networkx computes the same figures on the graph it read.
      expect(check.networkx?.metrics).toMatchObject({ degree: n, weighted_degree: n });
      if (graph.size > 0) expect(check.networkx?.metrics.pagerank).toBeLessThan(1e-4);
    }
  });

  it("passes with the metrics the page computed, and networkx finds the same betweenness", () => {
    const graph = buildPlainGraph();
    const check = checkGexf(toGexf(graph, { metrics: computeNodeMetrics(graph) }));
    expect(check.problems).toEqual([]);
    expect(check.networkx?.nodeKeys).toMatchObject({ betweenness: graph.order, degree: graph.order });
    expect(check.networkx?.metrics.betweenness).toBeLessThan(1e-9);
    expect(check.networkx?.metrics).toMatchObject({ degree: graph.order, weighted_degree: graph.order });
  });

  it("fails on a file a client would reject (so a pass above means something)", () => {
    const broken = toGexf(buildPlainGraph()).replace('<viz:color r="228" g="87" b="46"/>', '<viz:color hex="#e4572e"/>');
    const check = checkGexf(broken);
    expect(check.ok).toBe(false);
    expect(check.problems.join("\n")).toContain("networkx.read_gexf raised");
  });

  it.each([
    ["an edge to an undeclared node", (xml: string) => xml.replace(/target="[^"]+"/, 'target="nobody"'), "no declared node"],
    ["an element the schema does not know", (xml: string) => xml.replace("<nodes>", "<nodes><bogus/>"), "GEXF 1.3 schema"],
    ["broken XML", (xml: string) => xml.replace("</gexf>", ""), "not well-formed XML"],
  ])("fails on %s", (_, breakIt, problem) => {
    const check = checkGexf(breakIt(toGexf(buildPlainGraph())));
    expect(check.ok).toBe(false);
    expect(check.problems.join("\n")).toContain(problem);
  });
});
