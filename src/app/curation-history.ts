// The explorer's corrections as a history of operation lists: every change (a new correction, one
// reverted on its own, a file opened) is a step that Undo takes back and Redo gives again. Pure.
import type { CorrectionOperation } from "../graph/corrections/corrections-file.ts";

/** The operations now, and the steps before and after them. */
export interface CurationHistory {
  operations(): readonly CorrectionOperation[];
  canUndo(): boolean;
  canRedo(): boolean;
  /** Adds one correction at the end. */
  add(operation: CorrectionOperation): void;
  /** Takes out the correction at `index`, the others stay. */
  revert(index: number): void;
  /** Replaces every correction (a file opened). */
  replace(operations: readonly CorrectionOperation[]): void;
  /** One step back; false when there is none. */
  undo(): boolean;
  /** One step forward again; false when there is none. */
  redo(): boolean;
}

/**
 * Creates a history ending at `initial` (the corrections stored for the graph, after a reload), made one
 * step at a time: Undo takes them back one by one, as if they had just been made.
 */
export function createCurationHistory(initial: readonly CorrectionOperation[] = []): CurationHistory {
  let present: readonly CorrectionOperation[] = [...initial];
  const past: (readonly CorrectionOperation[])[] = initial.map((_, i) => initial.slice(0, i));
  let future: (readonly CorrectionOperation[])[] = [];
  const step = (next: readonly CorrectionOperation[]) => {
    past.push(present);
    present = next;
    future = [];
  };
  return {
    operations: () => present,
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
    add: (operation) => step([...present, operation]),
    revert: (index) => step(present.filter((_, i) => i !== index)),
    replace: (operations) => step([...operations]),
    undo() {
      const previous = past.pop();
      if (previous === undefined) return false;
      future.push(present);
      present = previous;
      return true;
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return false;
      past.push(present);
      present = next;
      return true;
    },
  };
}
