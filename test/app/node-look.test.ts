import { describe, expect, it } from "vitest";
import { computeNodeMetrics } from "../../src/graph/compute-node-metrics.ts";
import { TYPE_COLORS, nodeSize } from "../../src/graph/appearance.ts";
import { COMMUNITY_COLORS, OTHER_COMMUNITY_COLOR, createNodeLook, rankCommunities } from "../../src/app/node-look.ts";
import { createLookStore } from "../../src/app/look-store.ts";
import { importGraph, loadSmallGraphFile } from "./helpers.ts";

// The fixture is one community; the test gives each type its own (12 nodes apart, so there are small ones).
const graph = importGraph(loadSmallGraphFile());
graph.forEachNode((key, { type }) => graph.setNodeAttribute(key, "community", ["person", "country", "place", "organization", "group"].indexOf(type)));
const metrics = computeNodeMetrics(graph);
const nodes = graph.nodes();
const top = (values: (key: string) => number) => [...nodes].sort((a, b) => values(b) - values(a))[0]!;

describe("createNodeLook", () => {
  it("sizes by mentions as before when asked for mentions", () => {
    const look = createNodeLook(graph, metrics, "mentions", "type");
    for (const key of nodes) expect(look.size(key, graph.getNodeAttributes(key))).toBe(nodeSize(graph.getNodeAttribute(key, "mentions")));
  });

  it.each(["degree", "weightedDegree", "pagerank", "betweenness"] as const)("makes the node with the highest %s the biggest, as big as the most mentioned", (metric) => {
    const look = createNodeLook(graph, metrics, metric, "type");
    const values = new Map(metrics.keys.map((key, i) => [key, metrics.values[metric][i]!]));
    const best = top((key) => values.get(key)!);
    const biggest = top((key) => look.size(key, graph.getNodeAttributes(key)));
    expect(values.get(biggest)).toBe(values.get(best));
    const maxMentions = Math.max(...nodes.map((key) => graph.getNodeAttribute(key, "mentions")));
    expect(look.size(best, graph.getNodeAttributes(best))).toBeCloseTo(nodeSize(maxMentions), 6);
  });

  it("sizes by documents from the graph file, and by mentions while a metric is not computed yet", () => {
    const byDocuments = createNodeLook(graph, null, "documents", "type");
    const most = top((key) => graph.getNodeAttribute(key, "documents"));
    expect(byDocuments.value(most, graph.getNodeAttributes(most))).toBe(graph.getNodeAttribute(most, "documents"));
    expect(createNodeLook(graph, null, "betweenness", "type").sizeBy).toBe("mentions");
  });

  it("colours by type, or by community with the biggest communities first", () => {
    const communities = rankCommunities(graph);
    expect(communities.length).toBeGreaterThan(1);
    for (let i = 1; i < communities.length; i++) expect(communities[i - 1]!.nodes).toBeGreaterThanOrEqual(communities[i]!.nodes);
    const first = communities[0]!;
    // Named by its most mentioned node.
    const members = nodes.filter((key) => graph.getNodeAttribute(key, "community") === first.community);
    expect(first.node).toBe(top((key) => (members.includes(key) ? graph.getNodeAttribute(key, "mentions") : -1)));
    expect(first.label).toBe(graph.getNodeAttribute(first.node, "label"));
    expect(first.color).toBe(COMMUNITY_COLORS[0]);

    const byType = createNodeLook(graph, metrics, "mentions", "type");
    const byCommunity = createNodeLook(graph, metrics, "mentions", "community");
    expect(byType.color(first.node, graph.getNodeAttributes(first.node))).toBe(TYPE_COLORS[graph.getNodeAttribute(first.node, "type")]);
    expect(byCommunity.color(first.node, graph.getNodeAttributes(first.node))).toBe(COMMUNITY_COLORS[0]);
    const small = communities[COMMUNITY_COLORS.length];
    if (small) expect(byCommunity.color(small.node, graph.getNodeAttributes(small.node))).toBe(OTHER_COMMUNITY_COLOR);
  });
});

describe("createLookStore", () => {
  it("computes the metrics once, when a choice first needs them, and then sizes by them", async () => {
    let calls = 0;
    const store = createLookStore(graph, async (g) => {
      calls++;
      return computeNodeMetrics(g);
    });
    const changes: string[] = [];
    store.subscribe((state) => changes.push(`${state.sizeBy}:${state.metrics ? "in" : "out"}`));
    store.setSizeBy("documents");
    expect(calls).toBe(0);
    store.setSizeBy("pagerank");
    expect(store.look().sizeBy).toBe("mentions");
    await store.loadMetrics();
    store.setSizeBy("betweenness");
    expect(calls).toBe(1);
    expect(store.look().sizeBy).toBe("betweenness");
    expect(changes).toEqual(["documents:out", "pagerank:out", "pagerank:in", "betweenness:in"]);
  });
});
