// `npm run bench:timeline`: what the timeline and the filters it drives cost on big graphs, in Node (the
// same pure code the page runs): the axis and the documents' bars, the mentions of every entity per bin,
// one hub's chart, and the filters recomputed for a date range, a relation class and unticked documents.
// Synthetic graphs (src/graph/generators/) with documents dated like the UN corpus (ten years) and like
// wikinews (days over two years); prints medians in milliseconds. Writes nothing.
import { buildEvidenceIndex } from "../app/evidence-index.ts";
import { binCounts, documentItems, mentionsPerDocument, timeAxis } from "../app/timeline-bins.ts";
import { DEFAULT_FILTERS, type Filters } from "../app/view-state.ts";
import { computeVisibility } from "../app/visibility.ts";
import { indexEvidence } from "../export/split-graph-file.ts";
import { createSyntheticGraphFile } from "../graph/generators/create-synthetic-graph-file.ts";
import { UndirectedGraph } from "graphology";
import type { EntityEdgeAttributes, EntityNodeAttributes, GraphFile } from "../graph/types.ts";
import { median } from "./browser-harness.ts";

/** Each graph, and how its documents are dated. */
const CASES = [
  { name: "2k nodes, 14k edges, 300 documents (days, 2 years)", nodes: 2_000, edges: 12_000, documents: 300, date: (i: number) => day(i * 2.4) },
  { name: "10k nodes, 50k edges, 2,000 documents (years, 10)", nodes: 10_000, edges: 50_000, documents: 2_000, date: (i: number) => String(2015 + (i % 10)) },
];
const ROUNDS = 7;

function day(offset: number): string {
  return new Date(Date.UTC(2019, 0, 1) + Math.floor(offset) * 86_400_000).toISOString().slice(0, 10);
}

function time(work: () => unknown): number {
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows: string[][] = [];
for (const spec of CASES) {
  const synthetic = createSyntheticGraphFile({ nodes: spec.nodes, edges: spec.edges, documents: spec.documents, seed: 3 });
  // Every document dated; every third link given a "communicates" relation on its first sentence.
  const file: GraphFile = { ...synthetic, documents: synthetic.documents.map((doc, i) => ({ ...doc, date: spec.date(i) })) };
  const graph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  graph.import(file.graph);
  let n = 0;
  graph.forEachEdge((edge, attributes) => {
    if (n++ % 3 === 0) graph.setEdgeAttribute(edge, "relations", [{ label: "meet", class: "communicates", count: 1, sentences: attributes.sentences.slice(0, 1), from: null }]);
  });
  const index = buildEvidenceIndex(file.documents, indexEvidence(file.documents, file.sentences));
  const axis = timeAxis(file.documents.map((doc) => doc.date!))!;
  const hub = graph.reduceNodes((best, node, attributes) => (attributes.mentions > graph.getNodeAttribute(best, "mentions") ? node : best), graph.nodes()[0]!);
  const half = axis.keys[Math.floor(axis.keys.length / 2)]!;
  const filters = (partial: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...partial });
  const every = filters({});
  const range = filters({ dateRange: { from: axis.keys[0]!, to: half } });
  const unticked = filters({ excludedDocuments: file.documents.filter((doc) => doc.date! > half).map((doc) => doc.id) });
  const relation = filters({ relationClass: "communicates" });
  computeVisibility(graph, index, range);
  const mentions = graph.reduceNodes((sum, _node, attributes) => sum + attributes.mentions, 0);
  rows.push([
    spec.name,
    `${axis.unit} × ${axis.keys.length}`,
    time(() => binCounts(timeAxis(file.documents.map((doc) => doc.date!))!, documentItems(file.documents))).toFixed(2),
    `${time(() => binCounts(axis, documentItems(file.documents, mentionsPerDocument(index, graph.nodes())))).toFixed(1)} (${mentions.toLocaleString("en-US")})`,
    `${time(() => binCounts(axis, documentItems(file.documents, mentionsPerDocument(index, [hub])))).toFixed(2)} (${graph.getNodeAttribute(hub, "mentions").toLocaleString("en-US")})`,
    time(() => computeVisibility(graph, index, every)).toFixed(1),
    time(() => computeVisibility(graph, index, range)).toFixed(1),
    time(() => computeVisibility(graph, index, unticked)).toFixed(1),
    time(() => computeVisibility(graph, index, relation)).toFixed(1),
  ]);
}

const header = ["graph", "bins", "axis + document bars", "all mentions per bin (mentions)", "hub's chart (mentions)", "filters: none", "date range", "same documents unticked", "relation class"];
console.log(`Timeline and filters, medians of ${ROUNDS} rounds in ms (Node ${process.version}, one core)\n`);
console.log(`| ${header.join(" | ")} |`);
console.log(`| ${header.map(() => "---").join(" | ")} |`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
