// Graph + what the page hides → a new graph of only the shown nodes and edges, ready for any export.
// Pure: the input graph is read, never changed; attribute objects are copied.
import { UndirectedGraph } from "graphology";
import type { AbstractGraph } from "graphology-types";
import type { ExportEdgeAttributes, ExportNodeAttributes } from "./to-gexf.ts";

/** What the page shows: hidden keys, and per-item changes (counts under filters, display size). */
export interface ShownSelection<N extends ExportNodeAttributes, E extends ExportEdgeAttributes> {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Attributes that replace the stored ones for a shown node, e.g. mentions counted under a filter. */
  node?: (key: string, attributes: N) => Partial<ExportNodeAttributes>;
  /** Attributes that replace the stored ones for a shown edge, e.g. its weight under a filter. */
  edge?: (key: string, attributes: E) => Partial<ExportEdgeAttributes>;
}

/**
 * Copies the shown part of the graph: nodes not hidden, and edges not hidden whose two ends are shown.
 *
 * @example
 *   const shown = selectShownGraph(graph, { hiddenNodes, hiddenEdges });
 *   download(toGexf(shown));
 */
export function selectShownGraph<N extends ExportNodeAttributes, E extends ExportEdgeAttributes>(
  graph: AbstractGraph<N, E>,
  shown: ShownSelection<N, E>,
): UndirectedGraph<ExportNodeAttributes, ExportEdgeAttributes> {
  const out = new UndirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>({ multi: graph.multi });
  graph.forEachNode((key, attributes) => {
    if (shown.hiddenNodes.has(key)) return;
    out.addNode(key, { ...attributes, ...shown.node?.(key, attributes) });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (shown.hiddenEdges.has(key) || !out.hasNode(source) || !out.hasNode(target)) return;
    out.addEdgeWithKey(key, source, target, { ...attributes, ...shown.edge?.(key, attributes) });
  });
  return out;
}
