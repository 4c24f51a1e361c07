// The figures the end-to-end tests and the browser benchmark read: when the first frame was drawn, when the
// evidence index was in, and for the last selection when its input event happened, its panel was filled
// and the next frame painted. Fed by a store subscriber and the panel's "rendered" event.
import type { Selection, ViewStore } from "./view-state.ts";

/** Milliseconds since navigation start. */
export interface ExplorerTimings {
  firstFrame: number | null;
  /** When the evidence index was in (a split graph file fetches it after the first frame). */
  evidenceIndex: number | null;
  /** The last selection: when its input event happened, its panel was filled, and the frame painted. */
  selection: { start: number; panel: number | null; painted: number | null } | null;
}

/** The timings, and the events that feed them. */
export interface TimingRecorder {
  timings: ExplorerTimings;
  /** The input event that is about to change the selection (its timeStamp: a click's, a tap's). */
  input(timeStamp: number): void;
  /** The panel shows `selection`, sentences included. */
  panelRendered(selection: Selection | null): void;
  dispose(): void;
}

/**
 * Records the selection timings of `store`'s changes; `afterPaint` runs a callback after the next frame.
 * @example const recorder = recordTimings(store, afterPaint); renderer.on("clickNode", (e) => recorder.input(e.event.original.timeStamp));
 */
export function recordTimings(store: ViewStore, afterPaint: (callback: () => void) => void): TimingRecorder {
  const timings: ExplorerTimings = { firstFrame: null, evidenceIndex: null, selection: null };
  let pendingInput: number | null = null;
  const unsubscribe = store.subscribe((state, change) => {
    if (change !== "selection") return;
    // A selection made by an input event starts at that event; one made otherwise (search, URL) now.
    timings.selection = state.selection === null ? null : { start: pendingInput ?? performance.now(), panel: null, painted: null };
    pendingInput = null;
  });
  return {
    timings,
    input: (timeStamp) => (pendingInput = timeStamp),
    panelRendered(selection) {
      const current = timings.selection;
      if (selection === null || current === null || current.panel !== null) return;
      current.panel = performance.now();
      afterPaint(() => (current.painted = performance.now()));
    },
    dispose: unsubscribe,
  };
}
