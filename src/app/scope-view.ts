// The view's scope (view-state.ts) + what the filters show → what the scope shows: a Focus narrows the
// visibility to a neighbourhood (every panel, count and export then sees the focused view), Paths keep
// the graph and highlight the paths in the display model. Pure; results are cached per scope and filters.
import type { EntityGraph } from "../graph/types.ts";
import { pathsBetween, type EntityPath } from "./paths-between.ts";
import type { DisplayModel } from "./reducers.ts";
import { focusNeighbourhood, type Neighbourhood } from "./focus-neighbourhood.ts";
import type { Scope } from "./view-state.ts";
import type { Visibility } from "./visibility.ts";

/** Paths listed and highlighted for a path scope. */
export const PATH_LIMIT = 5;

/** What the scope shows, derived from the filters' visibility. */
export interface ScopedView {
  scope: Scope | null;
  /** The visibility under the filters and the scope: a focus hides everything outside its neighbourhood. */
  visibility: Visibility;
  /** The focus's nodes with their distance in steps; null when nothing is focused. */
  neighbourhood: Neighbourhood | null;
  /** The paths of a path scope, heaviest first; null when the scope is no path. */
  paths: EntityPath[] | null;
}

/**
 * Derives the scoped view; the same scope and filter visibility give back the same object.
 * @example const scoped = createScopedView(graph); scoped(store.get().scope ?? null, visibility).paths
 */
export function createScopedView(graph: EntityGraph): (scope: Scope | null, filtered: Visibility) => ScopedView {
  let last: ScopedView | null = null;
  let lastFiltered: Visibility | null = null;
  return (scope, filtered) => {
    if (last && last.scope === scope && lastFiltered === filtered) return last;
    lastFiltered = filtered;
    last = deriveScopedView(graph, scope, filtered);
    return last;
  };
}

/** The scoped view, computed afresh. */
export function deriveScopedView(graph: EntityGraph, scope: Scope | null, filtered: Visibility): ScopedView {
  const isShown = (edge: string) => !filtered.hiddenEdges.has(edge);
  const weight = (edge: string) => filtered.edgeWeights.get(edge) ?? graph.getEdgeAttribute(edge, "weight");
  if (scope?.kind === "path") {
    const paths = pathsBetween(graph, scope.source, scope.target, { limit: PATH_LIMIT, isShown, weight });
    return { scope, visibility: filtered, neighbourhood: null, paths };
  }
  if (scope?.kind !== "focus" || !graph.hasNode(scope.node)) return { scope, visibility: filtered, neighbourhood: null, paths: null };
  const neighbourhood = focusNeighbourhood(graph, scope.node, scope.expanded, { depth: scope.depth, cap: scope.cap, isShown, weight });
  const hiddenNodes = new Set(filtered.hiddenNodes);
  graph.forEachNode((node) => {
    if (!neighbourhood.has(node)) hiddenNodes.add(node);
  });
  // The focused node stays, even when a filter hides it: it is what the user asked to see.
  for (const node of neighbourhood.keys()) hiddenNodes.delete(node);
  const hiddenEdges = new Set(filtered.hiddenEdges);
  graph.forEachEdge((edge, _attributes, source, target) => {
    if (hiddenNodes.has(source) || hiddenNodes.has(target)) hiddenEdges.add(edge);
  });
  const visibility: Visibility = {
    ...filtered,
    hiddenNodes,
    hiddenEdges,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
  return { scope, visibility, neighbourhood, paths: null };
}

/**
 * The display model for the scope: the paths highlighted (highlightPaths), or a focus's nodes kept as the
 * nodes in view, so that a small focus has every label drawn (the reducer forces labels up to 40 of them).
 * A hover or a selection goes first.
 */
export function highlightScope(model: DisplayModel, scoped: ScopedView): DisplayModel {
  if (scoped.paths) return highlightPaths(model, scoped.paths);
  if (!scoped.neighbourhood || model.focusNodes !== null) return model;
  return { ...model, focusNodes: new Set(scoped.neighbourhood.keys()) };
}

/**
 * The display model with the paths highlighted: while nothing is hovered or selected, the paths' nodes and
 * edges stay in colour (labels drawn) and everything else fades.
 */
export function highlightPaths(model: DisplayModel, paths: readonly EntityPath[] | null): DisplayModel {
  if (!paths || paths.length === 0 || model.focusNodes !== null) return model;
  const focusNodes = new Set<string>();
  const focusEdges = new Set<string>();
  for (const path of paths) {
    for (const node of path.nodes) focusNodes.add(node);
    for (const edge of path.edges) focusEdges.add(edge);
  }
  const ends = [paths[0]!.nodes[0]!, paths[0]!.nodes[paths[0]!.nodes.length - 1]!];
  return { ...model, focusNodes, focusEdges, emphasized: new Set([...model.emphasized, ...ends]) };
}
