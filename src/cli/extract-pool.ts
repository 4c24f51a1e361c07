// Walked files → their extractions, in walk order, computed by a pool of worker threads (one per core by
// default). Side effect: starts and stops worker threads; with one worker, extracts in this thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { extractFile, type ExtractedFile } from "./extract-file.ts";
import type { ExtractResult, ExtractTask } from "./extract-worker.ts";
import type { WalkedFile } from "./walk-corpus.ts";

/** Options of `extractFiles`. */
export interface ExtractFilesOptions {
  /** Worker threads to extract in; 1 extracts in the calling thread. Default: one per core. */
  workers?: number;
  /**
   * A corpus smaller than this many bytes is extracted in the calling thread whatever `workers` says:
   * starting a worker (compromise and the gazetteer load in each) costs more than the work. Default 256 KB.
   */
  smallCorpusBytes?: number;
  /** Told once how many threads extract: 1 for the calling thread, else the number of workers. */
  onStart?: (threads: number) => void;
}

/** One walked file and what extraction made of it. */
export interface ExtractedWalkedFile {
  path: string;
  result: ExtractedFile;
}

/**
 * Files handed to each worker before the oldest result is taken: enough that a worker never waits for the
 * main thread, few enough that memory holds a handful of documents, not the corpus.
 */
const IN_FLIGHT_PER_WORKER = 4;

const SMALL_CORPUS_BYTES = 256 * 1024;

const WORKER_ENTRY = new URL("./extract-worker.ts", import.meta.url);

/** The default number of workers: one per core the process may use. */
export function defaultWorkers(): number {
  return availableParallelism();
}

/**
 * Extracts every walked file and yields the results in the order the files came, whatever order the
 * workers finish in, so the graph built from them is the same for any number of workers.
 * @example for await (const { path, result } of extractFiles(walkCorpus("corpus"), { workers: 2 })) …
 */
export async function* extractFiles(files: AsyncIterable<WalkedFile>, options: ExtractFilesOptions = {}): AsyncGenerator<ExtractedWalkedFile> {
  const workers = options.workers ?? defaultWorkers();
  if (!Number.isInteger(workers) || workers < 1) throw new Error(`extractFiles: workers must be a whole number of at least 1, got ${workers}`);

  // Read ahead until the corpus proves big enough for workers, or ends.
  const iterator = files[Symbol.asyncIterator]();
  const ahead: WalkedFile[] = [];
  let aheadBytes = 0;
  let exhausted = false;
  while (workers > 1 && aheadBytes < (options.smallCorpusBytes ?? SMALL_CORPUS_BYTES)) {
    const next = await iterator.next();
    if (next.done) {
      exhausted = true;
      break;
    }
    ahead.push(next.value);
    aheadBytes += next.value.bytes?.length ?? 0;
  }
  const all = (async function* () {
    yield* ahead;
    if (!exhausted) for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  })();

  if (workers === 1 || exhausted) {
    options.onStart?.(1);
    for await (const file of all) yield { path: file.path, result: extractWalkedFile(file) };
    return;
  }

  options.onStart?.(workers);
  const pool = Array.from({ length: workers }, () => startWorker());
  const queue: { path: string; result: Promise<ExtractedFile> }[] = [];
  let nextId = 0;
  try {
    for await (const file of all) {
      const local = file.bytes === undefined || file.error !== undefined;
      queue.push({ path: file.path, result: local ? Promise.resolve(extractWalkedFile(file)) : submit(pool, nextId++, file.path, file.bytes as Uint8Array) });
      while (queue.length >= workers * IN_FLIGHT_PER_WORKER) {
        const head = queue.shift() as (typeof queue)[number];
        yield { path: head.path, result: await head.result };
      }
    }
    for (let head = queue.shift(); head; head = queue.shift()) yield { path: head.path, result: await head.result };
  } finally {
    await Promise.all(pool.map((member) => member.worker.terminate()));
  }
}

/** A walked file that is not sent to a worker: a read error, or a file skipped by its extension alone. */
function extractWalkedFile(file: WalkedFile): ExtractedFile {
  if (file.error !== undefined) return { ok: false, skipped: { path: file.path, reason: file.error } };
  return extractFile(file.path, file.bytes ?? new Uint8Array());
}

interface PendingTask {
  path: string;
  resolve: (result: ExtractedFile) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  pending: Map<number, PendingTask>;
  /** Set once the worker has died: every later task fails with it. */
  failure?: Error;
}

/** Sends a file to the worker with the fewest files in hand. */
function submit(pool: PoolWorker[], id: number, path: string, bytes: Uint8Array): Promise<ExtractedFile> {
  let member = pool[0] as PoolWorker;
  for (const candidate of pool) if (candidate.pending.size < member.pending.size) member = candidate;
  const result = new Promise<ExtractedFile>((resolve, reject) => {
    if (member.failure) return reject(member.failure);
    member.pending.set(id, { path, resolve, reject });
    const task: ExtractTask = { id, path, bytes };
    // The file's bytes move to the worker instead of being copied, when they own their whole buffer.
    const owned = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
    member.worker.postMessage(task, owned ? [bytes.buffer as ArrayBuffer] : []);
  });
  // Awaited later, in walk order; this keeps a failure meanwhile from counting as unhandled.
  result.catch(() => {});
  return result;
}

function startWorker(): PoolWorker {
  const worker = createWorker(WORKER_ENTRY);
  const member: PoolWorker = { worker, pending: new Map() };
  const fail = (cause: Error) => {
    const first = member.pending.values().next().value;
    member.failure = new Error(`extraction worker stopped${first ? ` while reading ${first.path}` : ""}: ${cause.message}`, { cause });
    for (const task of member.pending.values()) task.reject(member.failure);
    member.pending.clear();
  };
  worker.on("message", ({ id, result }: ExtractResult) => {
    const task = member.pending.get(id);
    member.pending.delete(id);
    task?.resolve(result);
  });
  worker.on("error", fail);
  worker.on("exit", (code) => {
    if (member.pending.size > 0) fail(new Error(`exit code ${code}`));
  });
  return member;
}

/**
 * Starts a worker on a module. A TypeScript module is loaded through tsx, registered inside the worker:
 * Node 20 does not apply a `--import tsx` given in `execArgv` to a worker's own entry file.
 */
function createWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
