// What every part of the page works with once the graph is loaded: the data, the view state and the
// renderer. Mount functions take an Explorer and return their own cleanup.
import type Sigma from "sigma";
import type { GraphFileHead } from "../export/split-graph-file.ts";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import type { EntityGraph } from "../graph/types.ts";
import type { EvidenceStore } from "./evidence-store.ts";
import type { LookStore } from "./look-store.ts";
import type { ScopedView } from "./scope-view.ts";
import type { ViewStore } from "./view-state.ts";
import type { Visibility } from "./visibility.ts";

/** The loaded explorer. */
export interface Explorer {
  /** The graph file as loaded, without its sentences (documents, skipped files, serialized graph). */
  file: GraphFileHead;
  /** The graph sigma draws; only the layout writes into it (positions). */
  graph: EntityGraph;
  /** The sentences: their index, and the sentences themselves as far as they are loaded. */
  evidence: EvidenceStore;
  store: ViewStore;
  /** Size by and colour by, and the node metrics once computed. */
  look: LookStore;
  /** What the current filters and focus leave visible; recomputed only when they change. */
  visibility(): Visibility;
  /** What the scope (focus or paths) shows: its neighbourhood or its paths; recomputed when scope or filters change. */
  scoped(): ScopedView;
  renderer: Sigma<EntityNodeAttributes, EntityEdgeAttributes>;
  /** Moves the camera to a node; `zoom` also zooms in when the view is wider than a neighbourhood. */
  flyTo(node: string, options?: { zoom?: boolean }): void;
}

/** A function that mounts part of the page and returns its cleanup. */
export type Dispose = () => void;

/**
 * A mounted part of the page that follows a correction in place, instead of being mounted again: it keeps
 * what the user set in it (a typed filter, the timeline's measure, an open table, the scroll position).
 */
export interface MountedPanel {
  dispose: Dispose;
  /**
   * The graph changed in place (a correction): its nodes, links and evidence (`explorer.evidence` is a new
   * store), and maybe the selection, which the panel was not told of. Shows them as they are now.
   */
  graphChanged(): void;
}
