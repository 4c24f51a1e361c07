// Corpus entries → the laid-out graph file, built in a web worker (src/app/extract-worker.ts) so the page
// stays responsive. Side effect: starts a worker, which loads compromise only now, and ends it.
import type { GraphFile } from "../graph/types.ts";
import type { CorpusEntry, ExtractMessage, ExtractRequest, ImportMetadata } from "./extract-worker.ts";
import { fromGraphFileParts, type GraphFilePart } from "./graph-file-parts.ts";

/** Where the import is: files done of total and the file being read, then the layout. */
export interface ImportProgress {
  done: number;
  total: number;
  current: string | null;
  phase: "starting" | "reading" | "layout";
  /** Where the read of the current file is, when it is long: "OCR page 2 of 5". */
  step?: string;
}

/** The built graph file and what it took. */
export interface ImportResult {
  file: GraphFile;
  words: number;
  extractSeconds: number;
  layoutSeconds: number;
  /** The metadata table found among the files, and its problems. */
  metadata: ImportMetadata;
}

/** A running import: its result, and a way to stop it. */
export interface DocumentImport {
  /** Resolves with the graph file; rejects with ImportCancelled after `cancel`, or with the worker's error. */
  result: Promise<ImportResult>;
  /** Ends the worker at once; the result rejects with ImportCancelled. */
  cancel(): void;
}

/** The import was cancelled by the user. */
export class ImportCancelled extends Error {
  constructor() {
    super("the import was cancelled");
    this.name = "ImportCancelled";
  }
}

/**
 * Reads, extracts and lays out `entries` in a web worker, reporting progress after each file.
 * @example
 *   const run = importDocuments(entries, (p) => console.log(`${p.done} of ${p.total}`));
 *   const { file } = await run.result;
 */
export function importDocuments(entries: CorpusEntry[], onProgress: (progress: ImportProgress) => void, options: { ocr?: boolean } = {}): DocumentImport {
  const worker = new Worker(new URL("./extract-worker.ts", import.meta.url), { type: "module", name: "entity-graph-extract" });
  let settle: { resolve(result: ImportResult): void; reject(error: Error): void } | null = null;
  const result = new Promise<ImportResult>((resolve, reject) => (settle = { resolve, reject }));
  const finish = (outcome: ImportResult | Error) => {
    worker.terminate();
    const pending = settle;
    settle = null;
    if (!pending) return;
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
  };

  // The built file's parts, each received in a task of its own, put together when the rest comes.
  const parts: GraphFilePart[] = [];
  worker.onmessage = (event: MessageEvent<ExtractMessage>) => {
    const message = event.data;
    if (message.type === "progress") {
      if (settle) onProgress({ done: message.done, total: message.total, current: message.current, phase: message.phase, ...(message.step ? { step: message.step } : {}) });
    } else if (message.type === "part") {
      parts.push(message.part);
    } else if (message.type === "done") {
      finish({ file: fromGraphFileParts(message.file, parts), words: message.words, extractSeconds: message.extractSeconds, layoutSeconds: message.layoutSeconds, metadata: message.metadata });
    } else {
      finish(new Error(message.message));
    }
  };
  // A worker that fails to load (or runs out of memory) reports an ErrorEvent with no message to post.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    finish(new Error(event.message || "the extraction worker stopped"));
  };
  onProgress({ done: 0, total: entries.length, current: null, phase: "starting" });
  void postEntries(worker, entries, options.ocr ?? false, () => settle !== null);
  return { result, cancel: () => finish(new ImportCancelled()) };
}

/**
 * Entries per message to the worker, and how long one task may go on posting them. Handing over the File
 * of a picked file costs the page's main thread far more than a file made in memory, about 1 ms each on a
 * busy machine: 5,000 in one message made one task of seconds, 200 a message tasks of 150–400 ms
 * (BENCHMARKS.md, issue 14). Small messages, and a task that yields once its time is up, keep each task
 * short whatever the machine's speed.
 */
const ENTRIES_PER_MESSAGE = 10;
const POSTING_SLICE_MS = 40;

/** Sends the entries a few at a time, yielding between slices, then asks for the extraction; stops when `running()` turns false (cancelled). */
async function postEntries(worker: Worker, entries: readonly CorpusEntry[], ocr: boolean, running: () => boolean): Promise<void> {
  for (let start = 0; start < entries.length; ) {
    if (!running()) return;
    const began = performance.now();
    do {
      worker.postMessage({ type: "entries", entries: entries.slice(start, start + ENTRIES_PER_MESSAGE) } satisfies ExtractRequest);
      start += ENTRIES_PER_MESSAGE;
    } while (start < entries.length && performance.now() - began < POSTING_SLICE_MS);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  if (running()) worker.postMessage({ type: "extract", ocr } satisfies ExtractRequest);
}
