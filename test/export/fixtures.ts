// Small hand-built entity graphs for the export tests: plain names, and names that break naive writers.
import { UndirectedGraph } from "graphology";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../../src/graph/types.ts";
import type { NodeDisplayOverrides } from "../../src/export/index.ts";

export type FixtureGraph = UndirectedGraph<EntityNodeAttributes & NodeDisplayOverrides, EntityEdgeAttributes>;

type NodeSpec = [key: string, label: string, aliases: string[], mentions: number, documents: number];

function node(graph: FixtureGraph, [key, label, aliases, mentions, documents]: NodeSpec, index: number): void {
  const type = key.slice(0, key.indexOf(":")) as EntityNodeAttributes["type"];
  graph.addNode(key, { label, type, aliases, mentions, documents, community: index % 3, x: index * 1.25 - 3, y: 0.5 - index * 0.5 });
}

/** Five entities from the Iran article, with the weights the sample corpus gives them. */
export function buildPlainGraph(): FixtureGraph {
  const graph: FixtureGraph = new UndirectedGraph();
  const nodes: NodeSpec[] = [
    ["country:iran", "Iran", ["Iran", "Islamic Republic of Iran", "Iranian"], 14, 3],
    ["person:hassan-rouhani", "Hassan Rouhani", ["Hassan Rouhani", "Rouhani"], 6, 1],
    ["country:united-states", "United States", ["United States", "US", "U.S."], 9, 4],
    ["place:tehran", "Tehran", ["Tehran"], 2, 1],
    ["organization:united-nations", "United Nations", ["United Nations", "UN"], 3, 2],
  ];
  nodes.forEach((spec, i) => node(graph, spec, i));
  const edges: [string, string, number][] = [
    ["country:iran", "person:hassan-rouhani", 5],
    ["country:iran", "country:united-states", 4],
    ["country:iran", "place:tehran", 2],
    ["person:hassan-rouhani", "organization:united-nations", 1],
    ["country:united-states", "organization:united-nations", 2],
  ];
  edges.forEach(([source, target, weight], i) => {
    graph.addEdgeWithKey(`e${i}`, source, target, {
      weight,
      sentences: Array.from({ length: weight }, (_, k) => `s${i}-${k}`),
    });
  });
  return graph;
}

/** Labels and aliases with markup characters, quotes, formula starts and Arabic and other scripts. */
export const NASTY_LABELS: readonly string[] = [
  "<script>alert(1)</script>",
  "AT&T",
  'The "Quartet"',
  "O'Brien & 'Sons'",
  "حسن روحاني",
  "بيروت <الجديدة> & \"مرفأ\"",
  "Владимир Путин",
  "習近平",
  "=SUM(A1:A2)",
  "-1 + 1",
  "a | b",
  "]]> --> <!-- &amp;",
  "  leading and trailing spaces  ",
  "line\nbreak, and\ttab",
  "emoji 🇱🇧 and combining é",
];

/** One person node per nasty label (its aliases: the label and its reverse), in a chain of edges. */
export function buildNastyGraph(): FixtureGraph {
  const graph: FixtureGraph = new UndirectedGraph();
  NASTY_LABELS.forEach((label, i) => {
    node(graph, [`person:nasty-${i}`, label, [label, [...label].reverse().join("")], i + 1, 1], i);
    if (i > 0) graph.addEdge(`person:nasty-${i - 1}`, `person:nasty-${i}`, { weight: i, sentences: [`s${i}`] });
  });
  return graph;
}
