// The renderer, what updateGraph changed in its graph while sigma was not listening, and the items whose
// display changed with the view → one refresh that reduces only those items again (sigma 3's
// partialGraph), with the dropped ones forgotten first. Side effect: sigma's state and one scheduled frame.
import type Sigma from "sigma";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import type { ChangedDisplay } from "./changed-display.ts";
import type { GraphChanges } from "./update-graph.ts";

/**
 * What sigma's own `nodeDropped` and `edgeDropped` listeners call before they reprocess the whole graph:
 * the item's display data, program slot, highlight and forced label forgotten. Sigma 3 declares them
 * private and offers no public way to forget one item without a full refresh (which re-reduces all
 * 42,000 items of the UN graph), so they are reached through this narrow view of the renderer.
 */
interface SigmaForget {
  removeNode(node: string): void;
  removeEdge(edge: string): void;
}

/**
 * Tells `renderer` about `changes` (made with the graph's listeners held) and redraws once on the next
 * frame: dropped items forgotten, added and updated ones reduced, and of the others only those `display`
 * names (null: all of that kind). The frame reprocesses the programs (nodes and links were added or
 * dropped, zIndex may change), as any frame after a graph change does; the reducers run only for these.
 * @example refreshChanges(renderer, updateGraph(graph, from, to, { quiet: true }), changedDisplay(before, after));
 */
export function refreshChanges(renderer: Sigma<EntityNodeAttributes, EntityEdgeAttributes>, changes: GraphChanges, display: ChangedDisplay): void {
  const graph = renderer.getGraph();
  const forget = renderer as unknown as SigmaForget;
  for (const edge of changes.droppedEdges) forget.removeEdge(edge);
  for (const node of changes.droppedNodes) forget.removeNode(node);
  if (display.nodes === null && display.edges === null) {
    renderer.refresh({ schedule: true });
    return;
  }
  const nodes = display.nodes === null ? graph.nodes() : [...new Set([...display.nodes, ...changes.addedNodes, ...changes.updatedNodes])].filter((node) => graph.hasNode(node));
  const edges = display.edges === null ? graph.edges() : [...new Set([...display.edges, ...changes.addedEdges, ...changes.updatedEdges])].filter((edge) => graph.hasEdge(edge));
  renderer.refresh({ partialGraph: { nodes, edges }, skipIndexation: false, schedule: true });
}
