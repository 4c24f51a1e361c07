// A node (and the neighbours expanded since) → the nodes a Focus shows: its neighbours one or two steps away,
// strongest links first, at most `cap` new ones per step around the focused node and around each expanded
// one. Pure: the graph is only read.
import type { EntityGraph } from "../graph/types.ts";

/** What counts as a link, and how strong it is, under the current filters. */
export interface NeighbourhoodOptions {
  /** 1: the neighbours; 2: also their neighbours. */
  depth: 1 | 2;
  /** Most new nodes kept per step: `cap` neighbours, and at depth 2 up to `cap` of theirs too. */
  cap: number;
  /** False for an edge the filters hide: it is not walked. */
  isShown(edge: string): boolean;
  /** The edge's weight under the filters (shared sentences in the documents that count). */
  weight(edge: string): number;
}

/** The nodes of a focus, each with its distance in steps from the nearest focused or expanded node. */
export type Neighbourhood = ReadonlyMap<string, number>;

/**
 * Selects the neighbourhood of `node` and of each of `expanded` (one step around an expanded node): ring by
 * ring, the candidates ranked by their strongest shown link into the ring before, then by key, `cap` of
 * them per ring. Nodes the graph lacks are skipped.
 * @example focusNeighbourhood(graph, "country:iran", [], { depth: 1, cap: 10, isShown: () => true, weight: (e) => graph.getEdgeAttribute(e, "weight") })
 */
export function focusNeighbourhood(graph: EntityGraph, node: string, expanded: readonly string[], options: NeighbourhoodOptions): Neighbourhood {
  const kept = new Map<string, number>();
  if (!graph.hasNode(node)) return kept;
  kept.set(node, 0);
  grow(graph, kept, node, options.depth, options);
  for (const other of expanded) {
    if (!graph.hasNode(other)) continue;
    kept.set(other, 0);
    grow(graph, kept, other, 1, options);
  }
  return kept;
}

/** Adds up to `cap` new nodes per ring around `centre`, `depth` rings deep, to `kept`. */
function grow(graph: EntityGraph, kept: Map<string, number>, centre: string, depth: number, options: NeighbourhoodOptions): void {
  const budget = Math.max(0, Math.floor(options.cap));
  let ring = [centre];
  for (let step = 1; step <= depth && budget > 0 && ring.length > 0; step++) {
    // Strongest link from the ring so far into each candidate not kept yet.
    const strongest = new Map<string, number>();
    for (const from of ring) {
      graph.forEachEdge(from, (edge, _attributes, source, target) => {
        if (!options.isShown(edge)) return;
        const other = source === from ? target : source;
        if (kept.has(other)) return;
        const weight = options.weight(edge);
        if (weight > (strongest.get(other) ?? -Infinity)) strongest.set(other, weight);
      });
    }
    const next = [...strongest.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .slice(0, budget)
      .map(([other]) => other);
    for (const other of next) kept.set(other, step);
    ring = next;
  }
}
