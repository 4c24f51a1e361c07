// Walked files → their extractions, in walk order, computed by a pool of worker threads (one per core by
// default). Side effect: starts and stops worker threads; with one worker, extracts in this thread.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { ReadOptions } from "../extract/read-documents.ts";
import { extractFile, type ExtractedFile } from "../graph/extract-file.ts";
import type { ExtractTask, WorkerMessage } from "./extract-worker.ts";
import { registerOcr } from "./ocr-engine.ts";
import type { WalkedFile } from "./walk-corpus.ts";

// This thread reads files too (a small corpus, or while the workers start): scans included.
registerOcr();

/** Options of `extractFiles`. */
export interface ExtractFilesOptions {
  /** Worker threads to extract in; 1 extracts in the calling thread. Default: one per core. */
  workers?: number;
  /**
   * A corpus smaller than this many bytes is extracted in the calling thread whatever `workers` says:
   * starting a worker (compromise and the gazetteer load in each) costs more than the work. Default 256 KB.
   */
  smallCorpusBytes?: number;
  /** Whether the calling thread extracts files itself until a worker has started (default true). */
  extractWhileStarting?: boolean;
  /** Told once how many threads extract: 1 for the calling thread, else the number of workers. */
  onStart?: (threads: number) => void;
  /** How files are read (`--ocr`). */
  read?: ReadOptions;
}

/** One walked file and what extraction made of the documents in it (one, but for mail). */
export interface ExtractedWalkedFile {
  path: string;
  results: ExtractedFile[];
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
 * @example for await (const { path, results } of extractFiles(walkCorpus("corpus"), { workers: 2 })) …
 */
export async function* extractFiles(files: AsyncIterable<WalkedFile>, options: ExtractFilesOptions = {}): AsyncGenerator<ExtractedWalkedFile> {
  const workers = options.workers ?? defaultWorkers();
  const read = options.read ?? {};
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
    for await (const file of all) yield { path: file.path, results: await extractWalkedFile(file, read) };
    return;
  }

  options.onStart?.(workers);
  const pool = createPool(workers, read);
  const queue: { path: string; results: Promise<ExtractedFile[]> }[] = [];
  let nextId = 0;
  const take = async () => {
    const head = queue.shift() as (typeof queue)[number];
    // Until a worker has loaded compromise, this thread, which has, extracts the oldest files itself.
    while (options.extractWhileStarting !== false && pool.helpWhileStarting()) await new Promise((resolve) => setImmediate(resolve));
    return { path: head.path, results: await head.results };
  };
  try {
    for await (const file of all) {
      const local = file.bytes === undefined || file.error !== undefined;
      queue.push({ path: file.path, results: local ? extractWalkedFile(file, read) : pool.submit(nextId++, file.path, file.bytes as Uint8Array) });
      while (queue.length >= workers * IN_FLIGHT_PER_WORKER) yield await take();
    }
    while (queue.length > 0) yield await take();
  } finally {
    await pool.terminate();
  }
}

/** A walked file that is not sent to a worker: a read error, or a file skipped by its extension alone. */
export async function extractWalkedFile(file: WalkedFile, read: ReadOptions): Promise<ExtractedFile[]> {
  if (file.error !== undefined) return [{ ok: false, skipped: { path: file.path, reason: file.error } }];
  return extractFile(file.path, file.bytes ?? new Uint8Array(), read);
}

interface Task extends ExtractTask {
  resolve: (results: ExtractedFile[]) => void;
  reject: (error: Error) => void;
}

interface PoolWorker {
  worker: Worker;
  /** Whether the worker has loaded its modules and takes files. */
  ready: boolean;
  pending: Map<number, Task>;
  /** Set once the worker has died. */
  failure?: Error;
}

/** Files a ready worker holds at once: the one it reads and the next, so it never waits for this thread. */
const IN_HAND_PER_WORKER = 2;

/** Worker threads and the files waiting for one; files go to the ready worker with the fewest in hand. */
function createPool(size: number, options: ReadOptions) {
  const waiting: Task[] = [];
  const members: PoolWorker[] = Array.from({ length: size }, () => startWorker());

  function startWorker(): PoolWorker {
    const member: PoolWorker = { worker: createWorker(WORKER_ENTRY), ready: false, pending: new Map() };
    const fail = (cause: Error) => {
      if (member.failure) return;
      const first = member.pending.values().next().value;
      member.failure = new Error(`extraction worker stopped${first ? ` while reading ${first.path}` : ""}: ${cause.message}`, { cause });
      member.ready = false;
      for (const task of member.pending.values()) task.reject(member.failure);
      member.pending.clear();
      // With no worker left, nothing would ever take the waiting files.
      if (members.every((m) => m.failure)) for (const task of waiting.splice(0)) task.reject(member.failure);
    };
    member.worker.on("message", (message: WorkerMessage) => {
      if (message.type === "ready") {
        member.ready = true;
      } else {
        member.pending.get(message.id)?.resolve(message.results);
        member.pending.delete(message.id);
      }
      dispatch();
    });
    member.worker.on("error", fail);
    member.worker.on("exit", (code) => fail(new Error(`exit code ${code}`)));
    return member;
  }

  function dispatch(): void {
    while (waiting.length > 0) {
      let member: PoolWorker | undefined;
      for (const m of members) if (m.ready && m.pending.size < IN_HAND_PER_WORKER && (!member || m.pending.size < member.pending.size)) member = m;
      if (!member) return;
      const task = waiting.shift() as Task;
      member.pending.set(task.id, task);
      const { id, path, bytes } = task;
      // The file's bytes move to the worker instead of being copied, when they own their whole buffer.
      const owned = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
      member.worker.postMessage({ id, path, bytes, options } satisfies ExtractTask, owned ? [bytes.buffer as ArrayBuffer] : []);
    }
  }

  return {
    /** Queues a file; the promise settles with its extraction, or rejects if the workers die. */
    submit(id: number, path: string, bytes: Uint8Array): Promise<ExtractedFile[]> {
      const result = new Promise<ExtractedFile[]>((resolve, reject) => {
        const failure = members.every((m) => m.failure) ? members[0]?.failure : undefined;
        if (failure) return reject(failure);
        waiting.push({ id, path, bytes, options, resolve, reject });
      });
      // Awaited later, in walk order; this keeps a failure meanwhile from counting as unhandled.
      result.catch(() => {});
      dispatch();
      return result;
    },
    /** While no worker is ready, extracts the oldest waiting file in this thread; false when it did not. */
    helpWhileStarting(): boolean {
      if (members.some((m) => m.ready) || waiting.length === 0) return false;
      const task = waiting.shift() as Task;
      void extractFile(task.path, task.bytes, options).then(task.resolve);
      return true;
    },
    async terminate(): Promise<void> {
      for (const m of members) m.worker.removeAllListeners("exit");
      await Promise.all(members.map((m) => m.worker.terminate()));
    },
  };
}

/**
 * The young generation of each worker's heap. compromise allocates many short-lived objects per sentence;
 * V8's default (48 MB here) promotes some of them, and the old generation they fill is then marked by GC
 * threads that compete with the other worker for the cores. 192 MB (64 MB semi-spaces) measured ~10% less
 * time on 300 UN speeches with 2 workers; it costs at most that much memory per worker.
 */
const WORKER_YOUNG_GENERATION_MB = 192;

/**
 * Starts a worker on a module. A TypeScript module is loaded through tsx, registered inside the worker:
 * Node 20 does not apply a `--import tsx` given in `execArgv` to a worker's own entry file.
 */
export function createWorker(entry: URL): Worker {
  const options = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } };
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, ...options });
}
