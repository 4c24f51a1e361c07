// Two display models (before and after a view change) → the nodes and edges whose reducer output can
// differ between them, so sigma reduces only those again; null when every one can (something got focused,
// or nothing is any more: every other item fades or comes back). Pure. Mirrors src/app/reducers.ts, and
// test/app/changed-display.test.ts checks it against those reducers.
import type { NodeLook } from "./node-look.ts";
import { FORCED_LABELS, type DisplayModel } from "./reducers.ts";

/** The items to reduce again; null stands for all of them. */
export interface ChangedDisplay {
  nodes: ReadonlySet<string> | null;
  edges: ReadonlySet<string> | null;
}

/** Adds to `into` what is in one set and not in the other. */
function addDifference(into: Set<string>, a: ReadonlySet<string>, b: ReadonlySet<string>): void {
  if (a === b) return;
  for (const item of a) if (!b.has(item)) into.add(item);
  for (const item of b) if (!a.has(item)) into.add(item);
}

/**
 * The nodes and edges that `createNodeReducer` and `createEdgeReducer` may draw differently under `after`
 * than under `before`, for items whose attributes and look did not change (the caller adds those). A node's
 * look depends on hidden, emphasized, focused (and, for focused nodes, whether the focus is small enough
 * for forced labels); an edge's on hidden, selected and focused.
 * @example const { nodes, edges } = changedDisplay(drawnModel, getModel());
 */
export function changedDisplay(before: DisplayModel, after: DisplayModel): ChangedDisplay {
  let nodes: Set<string> | null = new Set();
  addDifference(nodes, before.hiddenNodes, after.hiddenNodes);
  addDifference(nodes, before.emphasized, after.emphasized);
  if ((before.focusNodes === null) !== (after.focusNodes === null)) nodes = null;
  else if (before.focusNodes !== null && after.focusNodes !== null) {
    // Focused nodes get their labels forced only while the focus is small: crossing that size changes them all.
    if ((before.focusNodes.size <= FORCED_LABELS) !== (after.focusNodes.size <= FORCED_LABELS)) {
      for (const node of before.focusNodes) nodes.add(node);
      for (const node of after.focusNodes) nodes.add(node);
    } else addDifference(nodes, before.focusNodes, after.focusNodes);
  }

  let edges: Set<string> | null = new Set();
  addDifference(edges, before.hiddenEdges, after.hiddenEdges);
  if (before.selectedEdge !== after.selectedEdge) for (const edge of [before.selectedEdge, after.selectedEdge]) if (edge !== null) edges.add(edge);
  if ((before.focusEdges === null) !== (after.focusEdges === null)) edges = null;
  else if (before.focusEdges !== null && after.focusEdges !== null) addDifference(edges, before.focusEdges, after.focusEdges);
  return { nodes, edges };
}

/**
 * True when the look sizes and colours each node from its own attributes alone (by mentions, by type), so
 * a change to some nodes leaves the others' look alone; by documents, a metric or a community, one node's
 * change can move every size (the largest value) or colour (the communities' ranks).
 */
export function lookIsLocal(look: Pick<NodeLook, "sizeBy" | "colourBy">): boolean {
  return look.sizeBy === "mentions" && look.colourBy === "type";
}
