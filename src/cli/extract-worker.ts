// The extraction worker thread: receives files (`ExtractTask`: id, path, bytes), answers each with its
// `ExtractResult` in the order received. Started by `extractFiles` in extract-pool.ts; no other side effect.
import { parentPort } from "node:worker_threads";
import { extractFile, type ExtractedFile } from "./extract-file.ts";

/** A file sent to a worker; `id` pairs the answer with the task. */
export interface ExtractTask {
  id: number;
  path: string;
  bytes: Uint8Array;
}

/** A worker's answer to one task. */
export interface ExtractResult {
  id: number;
  result: ExtractedFile;
}

if (!parentPort) throw new Error("extract-worker: must run as a worker thread (started by extractFiles)");
const port = parentPort;
port.on("message", (task: ExtractTask) => {
  const answer: ExtractResult = { id: task.id, result: extractFile(task.path, task.bytes) };
  port.postMessage(answer);
});
