// What the nodes' look follows (size by, colour by) and the metrics once computed: a small store beside
// the view store, with its own listeners; the node reducer reads `look()`. Metrics are asked for once,
// the first time a choice or the table needs them.
import type { NodeMetrics } from "../graph/compute-node-metrics.ts";
import type { EntityGraph } from "../graph/types.ts";
import { createNodeLook, needsMetrics, rankCommunities, type ColourBy, type CommunityEntry, type NodeLook, type SizeBy } from "./node-look.ts";

/** The look's state: the choices and the metrics (null until in; an error message when they failed). */
export interface LookState {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  metrics: NodeMetrics | null;
  metricsError: string | null;
}

/** The look when nothing says otherwise (the URL leaves these out). */
export const DEFAULT_LOOK: Readonly<Pick<LookState, "sizeBy" | "colourBy">> = { sizeBy: "mentions", colourBy: "type" };

/** The look store. */
export interface LookStore {
  get(): LookState;
  /** How nodes are drawn now (a computed metric asked for but not in yet: by mentions). */
  look(): NodeLook;
  /** The communities, largest first, with their colours. */
  communities(): readonly CommunityEntry[];
  setSizeBy(sizeBy: SizeBy): void;
  setColourBy(colourBy: ColourBy): void;
  /** The metrics, computed on the first call. */
  loadMetrics(): Promise<NodeMetrics>;
  subscribe(listener: (state: LookState) => void): () => void;
  /** The graph changed in place (a correction): communities ranked again, metrics computed again when in use. */
  graphChanged(): void;
}

/** Creates the store; `compute` gives the metrics (in a worker, in the page). */
export function createLookStore(graph: EntityGraph, compute: (graph: EntityGraph) => Promise<NodeMetrics>, initial: Partial<Pick<LookState, "sizeBy" | "colourBy">> = {}): LookStore {
  let state: LookState = { sizeBy: initial.sizeBy ?? DEFAULT_LOOK.sizeBy, colourBy: initial.colourBy ?? DEFAULT_LOOK.colourBy, metrics: null, metricsError: null };
  let communities = rankCommunities(graph);
  let look: NodeLook | null = null;
  let lookState: LookState | null = null;
  let loading: Promise<NodeMetrics> | null = null;
  const listeners = new Set<(state: LookState) => void>();
  const update = (next: Partial<LookState>) => {
    state = { ...state, ...next };
    for (const listener of [...listeners]) listener(state);
  };
  const store: LookStore = {
    get: () => state,
    look() {
      if (look === null || lookState !== state) {
        look = createNodeLook(graph, state.metrics, state.sizeBy, state.colourBy, communities);
        lookState = state;
      }
      return look;
    },
    communities: () => communities,
    setSizeBy(sizeBy) {
      if (sizeBy === state.sizeBy) return;
      update({ sizeBy });
      if (needsMetrics(sizeBy)) void store.loadMetrics().catch(() => {});
    },
    setColourBy(colourBy) {
      if (colourBy !== state.colourBy) update({ colourBy });
    },
    loadMetrics() {
      loading ??= compute(graph).then(
        (metrics) => {
          update({ metrics, metricsError: null });
          return metrics;
        },
        (error: unknown) => {
          update({ metricsError: error instanceof Error ? error.message : String(error) });
          throw error;
        },
      );
      return loading;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    graphChanged() {
      communities = rankCommunities(graph);
      const used = state.metrics !== null || loading !== null;
      loading = null;
      update({ metrics: null, metricsError: null });
      if (used) void store.loadMetrics().catch(() => {});
    },
  };
  if (needsMetrics(state.sizeBy)) void store.loadMetrics().catch(() => {});
  return store;
}
