// The scoped view (scope-view.ts) and the display model → the graph sigma draws: the whole graph; for a
// focus a graph of the neighbourhood alone (its nodes and the links between them that the filters show);
// for paths, and for the whole graph while something is highlighted, every node (the faded context) and only
// the links the model draws (the paths', or a hovered or selected node's). Sigma's frame costs every node and link in its buffers, hidden ones included (software
// WebGL here: half a second on the UN graph for 31 nodes in view), so a view draws only what it can show.
// Pure: attributes are shared, not copied.
import { UndirectedGraph } from "graphology";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes } from "../graph/types.ts";
import type { DisplayModel } from "./reducers.ts";
import type { ScopedView } from "./scope-view.ts";

/**
 * Creates the function that gives the graph to draw for a scoped view and its display model; the same view
 * drawing the same links gives back the same graph, and a view with no scope gives `graph` itself.
 * @example const drawn = createDrawnGraph(graph); renderer.setGraph(drawn(explorer.scoped(), model));
 */
export function createDrawnGraph(graph: EntityGraph): (scoped: ScopedView, model: DisplayModel) => EntityGraph {
  let lastView: ScopedView | null = null;
  let lastEdges: ReadonlySet<string> | null = null;
  let last: EntityGraph = graph;
  return (scoped, model) => {
    const edges = scoped.neighbourhood ? null : drawnEdges(scoped, model);
    if (scoped === lastView && sameItems(edges, lastEdges)) return last;
    lastView = scoped;
    lastEdges = edges;
    last = scoped.neighbourhood ? neighbourhoodGraph(graph, scoped) : edges ? linksGraph(graph, edges) : graph;
    return last;
  };
}

/**
 * The only links a path view's model draws, or the whole graph's while a node or link is highlighted (the
 * rest are hidden by the reducer); null when the model draws every shown link.
 */
function drawnEdges(scoped: ScopedView, model: DisplayModel): ReadonlySet<string> | null {
  if (model.focusEdges === null) return null;
  const { hiddenEdges } = scoped.visibility;
  const edges = new Set<string>();
  for (const edge of model.focusEdges) if (!hiddenEdges.has(edge)) edges.add(edge);
  if (model.selectedEdge !== null) edges.add(model.selectedEdge);
  return edges;
}

function sameItems(a: ReadonlySet<string> | null, b: ReadonlySet<string> | null): boolean {
  return a === b || (a !== null && b !== null && a.size === b.size && [...a].every((item) => b.has(item)));
}

/** The focus's nodes and the links among them that the scoped visibility shows, under their own keys. */
export function neighbourhoodGraph(graph: EntityGraph, scoped: ScopedView): EntityGraph {
  const drawn: EntityGraph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  const { hiddenEdges } = scoped.visibility;
  const nodes = [...(scoped.neighbourhood?.keys() ?? [])].filter((node) => graph.hasNode(node));
  for (const node of nodes) drawn.addNode(node, graph.getNodeAttributes(node));
  for (const node of nodes) {
    graph.forEachEdge(node, (edge, attributes, source, target) => {
      if (hiddenEdges.has(edge) || drawn.hasEdge(edge) || !drawn.hasNode(source) || !drawn.hasNode(target)) return;
      drawn.addEdgeWithKey(edge, source, target, attributes);
    });
  }
  return drawn;
}

/** Every node of `graph`, in its order (sigma draws equal zIndex in graph order), and the links `edges` names. */
export function linksGraph(graph: EntityGraph, edges: Iterable<string>): EntityGraph {
  const drawn: EntityGraph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  graph.forEachNode((node, attributes) => drawn.addNode(node, attributes));
  for (const edge of edges) {
    if (graph.hasEdge(edge)) drawn.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
  }
  return drawn;
}
