// View state + filters → how each node and edge is drawn (sigma reducers). Pure: the graph is only read.
// `deriveDisplayModel` runs once per view change; the reducers it feeds run per item and stay cheap.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import { TYPE_COLORS, nodeSize } from "../graph/appearance.ts";
import type { EntityGraph } from "../graph/types.ts";
import type { NodeLook } from "./node-look.ts";
import type { ViewState } from "./view-state.ts";
import type { Visibility } from "./visibility.ts";

/** Colour of nodes pushed to the background by a hover or a selection. */
export const FADED_NODE_COLOR = "rgb(226, 229, 234)";
/** Colour of edges at rest, on hover and when selected; opaque, as sigma's canvases expect. */
export const EDGE_COLOR = "rgb(206, 212, 220)";
export const ACTIVE_EDGE_COLOR = "rgb(123, 135, 148)";
export const SELECTED_EDGE_COLOR = "rgb(217, 119, 6)";
/** Up to this many neighbours of the focused node get their labels drawn whatever their size. */
export const FORCED_LABELS = 40;

/** What the reducers need, derived from the view state: sets, so each reducer call is a lookup. */
export interface DisplayModel {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Nodes that stay in colour while something is focused; null when nothing is. */
  focusNodes: ReadonlySet<string> | null;
  /** Edges that stay while something is focused; the others are not drawn. */
  focusEdges: ReadonlySet<string> | null;
  /** Hovered or selected nodes: drawn highlighted, label always shown. */
  emphasized: ReadonlySet<string>;
  /** The edge of a selected pair. */
  selectedEdge: string | null;
  /** The node whose neighbourhood is focused (hovered, else selected), or null. */
  focus: string | null;
}

/** Works out what is focused: the hovered node, else the selection, with their visible neighbours. */
export function deriveDisplayModel(graph: EntityGraph, state: ViewState, visibility: Visibility): DisplayModel {
  const { hiddenNodes, hiddenEdges } = visibility;
  const shown = (node: string | null): node is string => node !== null && graph.hasNode(node) && !hiddenNodes.has(node);
  const selection = state.selection;
  const selectedNodes =
    selection === null ? [] : selection.kind === "node" ? [selection.node] : [selection.source, selection.target];
  const emphasized = new Set(selectedNodes.filter(shown));
  const pairEdge =
    selection?.kind === "pair" && shown(selection.source) && shown(selection.target)
      ? (graph.edge(selection.source, selection.target) ?? null)
      : null;
  const selectedEdge = pairEdge !== null && !hiddenEdges.has(pairEdge) ? pairEdge : null;

  const focus = shown(state.hovered) ? state.hovered : selection?.kind === "node" && shown(selection.node) ? selection.node : null;
  const base = { hiddenNodes, hiddenEdges, emphasized, selectedEdge, focus };

  if (focus !== null) {
    if (state.hovered === focus) emphasized.add(focus);
    const focusNodes = new Set([focus]);
    const focusEdges = new Set<string>();
    graph.forEachEdge(focus, (edge, _attributes, source, target) => {
      if (hiddenEdges.has(edge)) return;
      focusEdges.add(edge);
      focusNodes.add(source === focus ? target : source);
    });
    return { ...base, focusNodes, focusEdges };
  }
  if (selection?.kind === "pair" && emphasized.size > 0) {
    return { ...base, focusNodes: new Set(emphasized), focusEdges: new Set(selectedEdge ? [selectedEdge] : []) };
  }
  return { ...base, focusNodes: null, focusEdges: null };
}

/**
 * True when two display models draw the same picture: the same visibility, focus, emphasized nodes and
 * selected edge. A click on the node the pointer is on changes the selection but not the picture (the
 * hover already focused it), and needs no new frame: on a big graph in software WebGL one is half a second.
 */
export function sameDisplayModel(a: DisplayModel, b: DisplayModel): boolean {
  if (a.hiddenNodes !== b.hiddenNodes || a.hiddenEdges !== b.hiddenEdges || a.focus !== b.focus || a.selectedEdge !== b.selectedEdge) return false;
  if (a.emphasized.size !== b.emphasized.size || [...a.emphasized].some((node) => !b.emphasized.has(node))) return false;
  // A focus on the same node shows its neighbourhood whatever the rest: the sets derive from it and the visibility.
  if (a.focus !== null) return true;
  const sameSet = (x: ReadonlySet<string> | null, y: ReadonlySet<string> | null) => x === y || (x !== null && y !== null && x.size === y.size && [...x].every((item) => y.has(item)));
  return sameSet(a.focusNodes, b.focusNodes) && sameSet(a.focusEdges, b.focusEdges);
}

/** Edge thickness for a number of shared sentences: one sentence is the thinnest line, then grows with log₂. */
export function edgeSize(weight: number): number {
  return Math.min(10, 1 + 2 * Math.log2(Math.max(1, weight)));
}

/** Graphs up to this many nodes are drawn at the shared sizes; bigger ones scale down to stay legible. */
const FULL_SIZE_ORDER = 500;
/** The smallest node drawn on a scaled-down graph, in pixels. */
const MIN_SCALED_SIZE = 1.5;

/** Factor on node sizes for a graph of `order` nodes: 1 up to 500 nodes, then shrinking with √order. */
export function nodeSizeScale(order: number): number {
  return order <= FULL_SIZE_ORDER ? 1 : Math.sqrt(FULL_SIZE_ORDER / order);
}

/**
 * The node reducer: colour by type, size by mentions (nodeSize, times `sizeScale` on big graphs), or as
 * `look` says (size and colour by a metric or community), fading and hiding from the display model.
 */
export function createNodeReducer(model: () => DisplayModel, sizeScale = 1, look?: () => NodeLook) {
  return (node: string, data: EntityNodeAttributes): Partial<NodeDisplayData> => {
    const { hiddenNodes, focusNodes, emphasized } = model();
    const current = look?.();
    const base = current ? current.size(node, data) : nodeSize(data.mentions);
    const display: Partial<NodeDisplayData> = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: sizeScale === 1 ? base : Math.max(MIN_SCALED_SIZE, base * sizeScale),
      color: current ? current.color(node, data) : TYPE_COLORS[data.type],
      // Our `type` attribute is the entity type; sigma reads `type` as the program to draw with.
      type: "circle",
    };
    if (hiddenNodes.has(node)) return { ...display, hidden: true };
    if (emphasized.has(node)) return { ...display, highlighted: true, forceLabel: true, zIndex: 2 };
    if (focusNodes === null) return display;
    if (!focusNodes.has(node)) return { ...display, color: FADED_NODE_COLOR, label: "", zIndex: 0 };
    return { ...display, forceLabel: focusNodes.size <= FORCED_LABELS, zIndex: 1 };
  };
}

/** The edge reducer: thickness by weight; only the focused node's edges while something is focused. */
export function createEdgeReducer(model: () => DisplayModel) {
  return (edge: string, data: EntityEdgeAttributes): Partial<EdgeDisplayData> => {
    const { hiddenEdges, focusEdges, selectedEdge } = model();
    const size = edgeSize(data.weight);
    const display: Partial<EdgeDisplayData> = { size, color: EDGE_COLOR };
    if (hiddenEdges.has(edge)) return { ...display, hidden: true };
    if (edge === selectedEdge) return { ...display, color: SELECTED_EDGE_COLOR, size: size + 1.5, zIndex: 2 };
    if (focusEdges === null) return display;
    if (!focusEdges.has(edge)) return { ...display, hidden: true };
    return { ...display, color: ACTIVE_EDGE_COLOR, zIndex: 1 };
  };
}
