import { describe, expect, it } from "vitest";
import { parseGraphFile } from "../../src/app/load-graph.ts";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";

describe("createSyntheticGraphFile", () => {
  const file = createSyntheticGraphFile({ nodes: 300, edges: 1_200, seed: 3 });

  it("follows the graph file contract", () => {
    expect(parseGraphFile(JSON.stringify(file))).toEqual(file);
    expect(file.graph.nodes).toHaveLength(300);
    expect(file.graph.edges).toHaveLength(1_200);
  });

  it("backs every edge with its sentences and every mention with the entity's label", () => {
    const sentences = new Map(file.sentences.map((s) => [s.id, s]));
    const labels = new Map(file.graph.nodes.map((n) => [n.key, n.attributes!.label]));
    for (const edge of file.graph.edges) {
      expect(edge.attributes!.weight).toBe(edge.attributes!.sentences.length);
      for (const id of edge.attributes!.sentences) {
        expect(sentences.get(id)?.mentions.map((m) => m.entity).sort()).toEqual([edge.source, edge.target].sort());
      }
    }
    for (const sentence of file.sentences) {
      for (const m of sentence.mentions) expect(sentence.text.slice(m.start, m.end)).toBe(labels.get(m.entity));
    }
  });

  it("names every entity at least once and counts its mentions", () => {
    const counted = new Map<string, number>();
    for (const s of file.sentences) for (const m of s.mentions) counted.set(m.entity, (counted.get(m.entity) ?? 0) + 1);
    for (const node of file.graph.nodes) {
      expect(node.attributes!.mentions).toBeGreaterThan(0);
      expect(node.attributes!.mentions).toBe(counted.get(node.key));
    }
  });

  it("has hubs: the most mentioned entity is named far more than the median one", () => {
    const mentions = file.graph.nodes.map((n) => n.attributes!.mentions).sort((a, b) => b - a);
    expect(mentions[0]!).toBeGreaterThan(10 * mentions[150]!);
  });

  it("gives the same file for the same seed, and another for another seed", () => {
    expect(createSyntheticGraphFile({ nodes: 300, edges: 1_200, seed: 3 })).toEqual(file);
    expect(createSyntheticGraphFile({ nodes: 300, edges: 1_200, seed: 4 })).not.toEqual(file);
  });

  it("caps the edges at what the nodes allow", () => {
    expect(createSyntheticGraphFile({ nodes: 4, edges: 100 }).graph.edges).toHaveLength(6);
  });
});
