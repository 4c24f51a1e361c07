// What every part of the page works with once the graph is loaded: the data, the view state and the
// renderer. Mount functions take an Explorer and return their own cleanup.
import type Sigma from "sigma";
import type { EntityEdgeAttributes, EntityNodeAttributes, GraphFile } from "../graph/types.ts";
import type { EntityGraph } from "./entity-graph.ts";
import type { EvidenceIndex } from "./evidence-index.ts";
import type { ViewStore } from "./view-state.ts";
import type { Visibility } from "./visibility.ts";

/** The loaded explorer. */
export interface Explorer {
  /** The graph file as loaded (documents, sentences, skipped files, serialized graph). */
  file: GraphFile;
  /** The graph sigma draws; only the layout writes into it (positions). */
  graph: EntityGraph;
  index: EvidenceIndex;
  store: ViewStore;
  /** What the current filters leave visible; recomputed only when the filters change. */
  visibility(): Visibility;
  renderer: Sigma<EntityNodeAttributes, EntityEdgeAttributes>;
  /** Moves the camera to a node; `zoom` also zooms in when the view is wider than a neighbourhood. */
  flyTo(node: string, options?: { zoom?: boolean }): void;
}

/** A function that mounts part of the page and returns its cleanup. */
export type Dispose = () => void;
