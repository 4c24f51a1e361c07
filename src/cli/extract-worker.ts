// The extraction worker thread: says it is ready, then receives files (`ExtractTask`: id, path, bytes,
// options) and answers each with the extractions of its documents (`WorkerMessage`), paired by id, after
// the steps of a long one ("extracting: 40% of 3.2 MB of text"). Started by `extractFiles` in
// extract-pool.ts; no other side effect.
import { parentPort } from "node:worker_threads";
import type { ReadOptions } from "../extract/read-documents.ts";
import { extractFile, type ExtractedFile } from "../graph/extract-file.ts";
import { registerOcr } from "./ocr-engine.ts";

/** A file sent to a worker; `id` pairs the answer with the task. */
export interface ExtractTask {
  id: number;
  path: string;
  bytes: Uint8Array;
  options: ReadOptions;
}

/** What a worker says: that it has loaded its modules, then the steps of a long task and the answer to each. */
export type WorkerMessage = { type: "ready" } | { type: "step"; id: number; step: string } | { type: "result"; id: number; results: ExtractedFile[] };

registerOcr();
if (!parentPort) throw new Error("extract-worker: must run as a worker thread (started by extractFiles)");
const port = parentPort;
port.on("message", (task: ExtractTask) => {
  // extractFile never rejects: a file it cannot read is a skip in its results.
  const onStep = (step: string) => port.postMessage({ type: "step", id: task.id, step } satisfies WorkerMessage);
  void extractFile(task.path, task.bytes, { ...task.options, onStep }).then((results) => port.postMessage({ type: "result", id: task.id, results } satisfies WorkerMessage));
});
// Imports are loaded by now (compromise and the gazetteer are the slow part): files can come.
port.postMessage({ type: "ready" } satisfies WorkerMessage);
