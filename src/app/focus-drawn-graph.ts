// The scoped view (scope-view.ts) and the display model → the graph sigma draws: the whole graph; for a
// focus a graph of the neighbourhood alone (its nodes and the links between them that the filters show);
// for paths, and for the whole graph while something is highlighted, every node (the faded context) and only
// the links the model draws (the paths', or a hovered or selected node's). Sigma's frame costs every node and link in its buffers, hidden ones included (software
// WebGL here: half a second on the UN graph for 31 nodes in view), so a view draws only what it can show.
// After a correction changed the graph, a links graph is patched in place (`patch`) rather than built and
// handed to sigma whole. Pure but for that patch: attributes are shared, not copied.
import { UndirectedGraph } from "graphology";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes } from "../graph/types.ts";
import type { DisplayModel } from "./reducers.ts";
import type { ScopedView } from "./scope-view.ts";
import { withListenersHeld, type GraphChanges } from "./update-graph.ts";

/** The graph to draw for a view, and the links graph drawn now brought up to date after the graph changed. */
export interface DrawnGraph {
  (scoped: ScopedView, model: DisplayModel): EntityGraph;
  /**
   * After `changes` to the graph (made by updateGraph): when the graph drawn last is a links graph and the
   * view draws one again, changes it in place, with its listeners held, into the graph `scoped` and `model`
   * draw, and returns what changed in it (for refreshChanges); otherwise null, and nothing is changed.
   */
  patch(scoped: ScopedView, model: DisplayModel, changes: GraphChanges): GraphChanges | null;
}

/**
 * Creates the function that gives the graph to draw for a scoped view and its display model; the same view
 * drawing the same links gives back the same graph, and a view with no scope gives `graph` itself.
 * @example const drawn = createDrawnGraph(graph); renderer.setGraph(drawn(explorer.scoped(), model));
 */
export function createDrawnGraph(graph: EntityGraph): DrawnGraph {
  let lastView: ScopedView | null = null;
  let lastEdges: ReadonlySet<string> | null = null;
  let last: EntityGraph = graph;
  const drawn = (scoped: ScopedView, model: DisplayModel) => {
    const edges = scoped.neighbourhood ? null : drawnEdges(scoped, model);
    if (scoped === lastView && sameItems(edges, lastEdges)) return last;
    lastView = scoped;
    lastEdges = edges;
    last = scoped.neighbourhood ? neighbourhoodGraph(graph, scoped) : edges ? linksGraph(graph, edges) : graph;
    return last;
  };
  const patch = (scoped: ScopedView, model: DisplayModel, changes: GraphChanges): GraphChanges | null => {
    const edges = scoped.neighbourhood ? null : drawnEdges(scoped, model);
    if (edges === null || last === graph || lastEdges === null) return null;
    const patched = withListenersHeld(last, last.eventNames() as Parameters<EntityGraph["listeners"]>[0][], () => patchLinksGraph(last, graph, edges, changes));
    lastView = scoped;
    lastEdges = edges;
    return patched;
  };
  return Object.assign(drawn, { patch });
}

/**
 * Changes `drawn`, a links graph of `graph` before `changes`, into `linksGraph(graph, edges)`: the same nodes
 * in the same order (both graphs dropped and added the same ones), and the same links with the same
 * attribute objects; a link kept keeps its place, so only the order among links may differ.
 */
export function patchLinksGraph(drawn: EntityGraph, graph: EntityGraph, edges: ReadonlySet<string>, changes: GraphChanges): GraphChanges {
  const patched: GraphChanges = { droppedNodes: [], addedNodes: [], updatedNodes: [], droppedEdges: [], addedEdges: [], updatedEdges: [] };
  for (const node of changes.droppedNodes) {
    if (!drawn.hasNode(node)) continue;
    patched.droppedEdges.push(...drawn.edges(node));
    drawn.dropNode(node);
    patched.droppedNodes.push(node);
  }
  // A link stays only while it is drawn, joins the same two nodes and is the graph's (not a new one under its key).
  drawn.forEachEdge((edge, attributes, source, target) => {
    const kept = edges.has(edge) && graph.hasEdge(edge) && graph.source(edge) === source && graph.target(edge) === target;
    if (!kept) patched.droppedEdges.push(edge);
    else if (graph.getEdgeAttributes(edge) !== attributes) patched.updatedEdges.push(edge);
  });
  for (const edge of patched.droppedEdges) if (drawn.hasEdge(edge)) drawn.dropEdge(edge);
  for (const node of changes.addedNodes) {
    if (!graph.hasNode(node) || drawn.hasNode(node)) continue;
    drawn.addNode(node, graph.getNodeAttributes(node));
    patched.addedNodes.push(node);
  }
  for (const node of changes.updatedNodes) {
    if (!graph.hasNode(node) || !drawn.hasNode(node)) continue;
    drawn.replaceNodeAttributes(node, graph.getNodeAttributes(node));
    patched.updatedNodes.push(node);
  }
  for (const edge of patched.updatedEdges) drawn.replaceEdgeAttributes(edge, graph.getEdgeAttributes(edge));
  for (const edge of edges) {
    if (drawn.hasEdge(edge) || !graph.hasEdge(edge)) continue;
    drawn.addEdgeWithKey(edge, graph.source(edge), graph.target(edge), graph.getEdgeAttributes(edge));
    // Also one dropped above and drawn again under its key between other nodes: sigma forgets it, then reduces it anew.
    patched.addedEdges.push(edge);
  }
  return patched;
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
