// The corrections file: what the user changed in a graph, as a list of operations applied in order. Plain
// data, the same in the page, the command line and the graph file that records what it was built with.
import type { EntityType } from "../../extract/types.ts";

/** Merges `nodes` into `into` (which keeps its key); `label` renames the result. */
export interface MergeOperation {
  op: "merge";
  nodes: string[];
  into: string;
  label?: string;
}

/** Moves the mentions written as `alias`, or those in one `document`, out of `node` into `into` or a new node. */
export type SplitOperation = { op: "split"; node: string; into?: string } & ({ alias: string; document?: undefined } | { document: string; alias?: undefined });

/** Gives `node` another label; its key stays. */
export interface RenameOperation {
  op: "rename";
  node: string;
  label: string;
}

/** Gives `node` another type; its key stays. */
export interface RetypeOperation {
  op: "retype";
  node: string;
  type: EntityType;
}

/** "Not an entity": the node and its links go, its sentences stay with the other entities. */
export interface RemoveOperation {
  op: "remove";
  node: string;
}

/** "Never an entity": every mention written as `name` (case and accents aside) goes, wherever it is. */
export interface StopOperation {
  op: "stop";
  name: string;
}

/** Every mention written as `name` belongs to `node` ("DPRK" is North Korea). */
export interface AliasOperation {
  op: "alias";
  name: string;
  node: string;
}

/** One correction. */
export type CorrectionOperation = MergeOperation | SplitOperation | RenameOperation | RetypeOperation | RemoveOperation | StopOperation | AliasOperation;

/** The corrections file, version 1. */
export interface CorrectionsFile {
  format: "entity-graph-corrections";
  version: 1;
  operations: CorrectionOperation[];
}

/** The file of a list of operations. */
export function toCorrectionsFile(operations: readonly CorrectionOperation[]): CorrectionsFile {
  return { format: "entity-graph-corrections", version: 1, operations: [...operations] };
}
