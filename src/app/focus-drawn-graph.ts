// The scoped view (scope-view.ts) → the graph sigma draws: the whole graph, or for a focus a graph of the
// neighbourhood alone (its nodes and the links between them that the filters show). Sigma's frame costs
// every node and link in its buffers, hidden ones included (software WebGL here: half a second on the
// UN graph for 31 nodes in view), so a focus draws only what it shows. Pure: attributes are shared, not copied.
import { UndirectedGraph } from "graphology";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes } from "../graph/types.ts";
import type { ScopedView } from "./scope-view.ts";

/**
 * Creates the function that gives the graph to draw for a scoped view; the same view gives back the same
 * graph, and every view that is no focus gives `graph` itself.
 * @example const drawn = createDrawnGraph(graph); renderer.setGraph(drawn(explorer.scoped()));
 */
export function createDrawnGraph(graph: EntityGraph): (scoped: ScopedView) => EntityGraph {
  let lastView: ScopedView | null = null;
  let last: EntityGraph = graph;
  return (scoped) => {
    if (scoped === lastView) return last;
    lastView = scoped;
    last = scoped.neighbourhood ? neighbourhoodGraph(graph, scoped) : graph;
    return last;
  };
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
