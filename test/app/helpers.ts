// Shared test data for the explorer's pure modules: the hand-made sample graph file and its graphology graph.
import { readFileSync } from "node:fs";
import { UndirectedGraph } from "graphology";
import type { EntityEdgeAttributes, EntityNodeAttributes, GraphFile } from "../../src/graph/types.ts";
import type { EntityGraph } from "../../src/graph/types.ts";
import { buildEvidenceIndex, type EvidenceIndex } from "../../src/app/evidence-index.ts";
import { indexEvidence } from "../../src/export/split-graph-file.ts";

/** test/fixtures/small-graph.json, parsed. */
export function loadSmallGraphFile(): GraphFile {
  return JSON.parse(readFileSync(new URL("../fixtures/small-graph.json", import.meta.url), "utf8")) as GraphFile;
}

/** The sample graph file's graph as a graphology graph. */
export function importGraph(file: GraphFile): EntityGraph {
  const graph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  graph.import(file.graph);
  return graph;
}

/** The evidence index of a graph file, as the page builds it for a single file. */
export function indexGraphFile(file: Pick<GraphFile, "documents" | "sentences">): EvidenceIndex {
  return buildEvidenceIndex(file.documents, indexEvidence(file.documents, file.sentences));
}
