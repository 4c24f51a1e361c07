import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { fromGexf, joinAliases, toGexf } from "../../src/export/index.ts";
import { buildNastyGraph, buildPlainGraph, NASTY_LABELS, type FixtureGraph } from "./fixtures.ts";

const GRAPHS: [string, () => FixtureGraph][] = [
  ["the plain graph", buildPlainGraph],
  ["the graph of nasty labels", buildNastyGraph],
];

describe("GEXF round trip", () => {
  it.each(GRAPHS)("graphology-gexf reads back %s with the same nodes, edges, weights and attributes", (_, build) => {
    const graph = build();
    const back = parse(Graph, toGexf(graph));
    expect(back.type).toBe("undirected");
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachNode((key, attributes) => {
      expect(back.getNodeAttributes(key)).toMatchObject({
        label: attributes.label,
        type: attributes.type,
        mentions: attributes.mentions,
        documents: attributes.documents,
        aliases: joinAliases(attributes.aliases),
        community: attributes.community,
        x: attributes.x,
        y: attributes.y,
      });
    });
    graph.forEachEdge((key, attributes, source, target) => {
      expect(back.hasEdge(key)).toBe(true);
      expect(back.extremities(key).sort()).toEqual([source, target].sort());
      expect(back.getEdgeAttribute(key, "weight")).toBe(attributes.weight);
    });
  });

  it.each(GRAPHS)("fromGexf gives back %s as a graph file, aliases split again", (_, build) => {
    const graph = build();
    const file = fromGexf(toGexf(graph));
    expect(file.format).toBe("entity-graph");
    expect(file.graph.options).toMatchObject({ type: "undirected", multi: false });
    expect(file.graph.nodes).toEqual(
      graph.mapNodes((key, { label, type, aliases, mentions, documents, community, x, y }) => ({
        key,
        attributes: { label, type, aliases, mentions, documents, community, x, y },
      })),
    );
    expect(file.graph.edges).toEqual(
      graph.mapEdges((key, { weight }, source, target) => ({
        key,
        source,
        target,
        undirected: true,
        attributes: { weight, sentences: [] },
      })),
    );
  });

  it.each(NASTY_LABELS.map((label, i) => [label, i] as const))("keeps the label %j unchanged", (label, i) => {
    const file = fromGexf(toGexf(buildNastyGraph()));
    const node = file.graph.nodes.find(({ key }) => key === `person:nasty-${i}`);
    expect(node?.attributes?.label).toBe(label);
    expect(node?.attributes?.aliases[0]).toBe(label);
  });
});
