// Graph file + the graph as it is now (positions included) → graph JSON text the explorer opens again.
import type { AbstractGraph } from "graphology-types";
import type { GraphFile } from "../graph/types.ts";
import { toEntityGraph } from "./to-entity-graph.ts";

/**
 * Serializes a graph file, taking nodes and edges (with their current positions) from `graph`; display-only
 * attributes such as `color` and `size` are left out.
 *
 * @example
 *   const json = toGraphJson(file, renderer.getGraph());
 */
export function toGraphJson(file: Omit<GraphFile, "graph">, graph: AbstractGraph): string {
  const out: GraphFile = {
    format: "entity-graph",
    version: 1,
    documents: file.documents,
    sentences: file.sentences,
    skipped: file.skipped,
    graph: toEntityGraph(graph),
    ...(file.corrections ? { corrections: file.corrections } : {}),
  };
  return JSON.stringify(out);
}
