// Options → a synthetic graph file shaped like a news corpus's, for the browser benchmark and the tests of
// big graphs: hubs with thousands of sentences, a long tail, communities on a ring. Pure and deterministic.
import { UndirectedGraph } from "graphology";
import { ENTITY_TYPES, type DocumentRecord, type SentenceRecord } from "../../extract/types.ts";
import { seededRandom } from "../lay-out-graph.ts";
import type { EntityEdgeAttributes, EntityNodeAttributes, GraphFile } from "../types.ts";

/** Options of the synthetic graph. */
export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  /** Seed of the pseudo-random generator: the same seed gives the same file. */
  seed?: number;
  documents?: number;
}

/**
 * A synthetic graph file with the shape of a news graph: a random tree so every entity is named, then
 * a few hubs with thousands of sentences (edge sources drawn from a steep power law) and a long tail;
 * communities laid out on a ring, one sentence per edge (a fifth of the power-law edges get a second
 * one), spread over `documents` documents.
 */
export function createSyntheticGraphFile(options: SyntheticGraphOptions): GraphFile {
  const random = seededRandom(options.seed ?? 1);
  const nodeCount = Math.max(2, options.nodes);
  const maxEdges = (nodeCount * (nodeCount - 1)) / 2;
  const edgeCount = Math.min(options.edges, maxEdges);
  const documentCount = options.documents ?? 100;
  const communities = Math.max(1, Math.round(Math.sqrt(nodeCount) / 4));

  const documents: DocumentRecord[] = Array.from({ length: documentCount }, (_, i) => ({
    id: `report-${String(i + 1).padStart(3, "0")}.txt`,
    path: `report-${String(i + 1).padStart(3, "0")}.txt`,
    title: `Synthetic report ${i + 1}`,
    url: `https://example.org/reports/${i + 1}`,
  }));

  const syllables = ["ka", "lo", "mi", "ra", "sen", "tu", "vor", "an", "el", "dri", "bas", "qui", "zo", "ne", "hal", "mar"];
  const name = (i: number) => {
    let n = i + 7;
    let word = "";
    do {
      word += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };

  const graph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  for (let i = 0; i < nodeCount; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const label = `${name(i)} ${name(i * 31 + 3)}`;
    const community = i % communities;
    const angle = (2 * Math.PI * community) / communities;
    const spread = 120 * Math.sqrt(-2 * Math.log(random() + 1e-9));
    const theta = 2 * Math.PI * random();
    graph.addNode(`${type}:synthetic-${i}`, {
      label,
      type,
      aliases: [label],
      mentions: 0,
      documents: 0,
      community,
      // `|| 0`: no -0, which JSON would write as 0.
      x: Math.round(1000 * Math.cos(angle) + spread * Math.cos(theta)) || 0,
      y: Math.round(1000 * Math.sin(angle) + spread * Math.sin(theta)) || 0,
    });
  }

  const keys = graph.nodes();
  const sentences: SentenceRecord[] = [];
  const nodeDocuments = new Map<string, Set<string>>();
  const addSentence = (a: string, b: string) => {
    const labelA = graph.getNodeAttribute(a, "label");
    const labelB = graph.getNodeAttribute(b, "label");
    const doc = documents[Math.floor(random() * documentCount)]!.id;
    const text = `${labelA} and ${labelB} were named together in report ${sentences.length % 997}.`;
    const startB = labelA.length + 5;
    const id = `s${sentences.length + 1}`;
    sentences.push({
      id,
      text,
      documents: [doc],
      mentions: [
        { entity: a, start: 0, end: labelA.length },
        { entity: b, start: startB, end: startB + labelB.length },
      ],
    });
    for (const key of [a, b]) {
      graph.updateNodeAttribute(key, "mentions", (m = 0) => m + 1);
      let set = nodeDocuments.get(key);
      if (!set) nodeDocuments.set(key, (set = new Set()));
      set.add(doc);
    }
    return id;
  };

  // Every entity is named at least once: first a random tree, then the power-law edges.
  for (let i = 1; i < nodeCount && graph.size < edgeCount; i++) {
    const source = keys[i]!;
    const target = keys[Math.floor(random() * i)]!;
    graph.addEdgeWithKey(`e${graph.size}`, source, target, { weight: 1, sentences: [addSentence(source, target)] });
  }
  while (graph.size < edgeCount) {
    // A steep power law for one end makes hubs; the other end is uniform.
    const source = keys[Math.min(nodeCount - 1, Math.floor(nodeCount * random() ** 4))]!;
    const target = keys[Math.floor(random() * nodeCount)]!;
    if (source === target || graph.hasEdge(source, target)) continue;
    const ids = [addSentence(source, target)];
    if (random() < 0.2) ids.push(addSentence(source, target));
    graph.addEdgeWithKey(`e${graph.size}`, source, target, { weight: ids.length, sentences: ids });
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, "documents", nodeDocuments.get(key)?.size ?? 0));

  return { format: "entity-graph", version: 1, documents, sentences, skipped: [], graph: graph.export() };
}
