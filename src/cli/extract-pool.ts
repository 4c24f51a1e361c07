// Walked files → their extractions, in walk order, computed by a pool of worker threads (one per core by
// default). Side effect: starts and stops worker threads; with one worker, extracts in this thread.
import { availableParallelism, totalmem } from "node:os";
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
  /** How files are read (`--ocr`, `--max-file-mb`); its `onStep` is not used (see `onStep` below). */
  read?: ReadOptions;
  /** Told of each step of a long file, in whichever thread reads it ("extracting: 40% of 3.2 MB of text"). */
  onStep?: (path: string, step: string) => void;
  /** The old-generation heap of each worker, in MB (default `workerMemoryMb(workers)`). */
  workerMemoryMb?: number;
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
 * The number of workers to start for a request: at most one per core, since more only compete for the
 * cores while each holds its own compromise and gazetteer (1,000 workers took 6 GB on a 900 KB corpus).
 * `lowered` says so when the request was larger.
 * @example capWorkers(1000) // { workers: 2, lowered: "--workers 1000 lowered to 2, the number of cores" } on 2 cores
 */
export function capWorkers(requested: number, cores = defaultWorkers()): { workers: number; lowered: string | null } {
  if (requested <= cores) return { workers: requested, lowered: null };
  return { workers: cores, lowered: `--workers ${requested} lowered to ${cores}, the number of cores` };
}

/** The share of the machine's memory all workers' heaps together may take: the rest is the main thread's (the graph) and the system's. */
const WORKERS_MEMORY_SHARE = 0.5;
/** A worker needs about 150 MB for compromise, the gazetteer and the tagger before its first file. */
const MIN_WORKER_MEMORY_MB = 512;

/**
 * The old-generation heap limit of each of `workers` workers, in MB: an equal part of half the machine's
 * memory. A file whose extraction needs more stops its worker, and is skipped as too large; the run goes on.
 */
export function workerMemoryMb(workers: number, totalBytes = totalmem()): number {
  return Math.max(MIN_WORKER_MEMORY_MB, Math.floor((totalBytes / 1024 / 1024) * WORKERS_MEMORY_SHARE / workers));
}

/**
 * Extracts every walked file and yields the results in the order the files came, whatever order the
 * workers finish in, so the graph built from them is the same for any number of workers.
 * @example for await (const { path, results } of extractFiles(walkCorpus("corpus"), { workers: 2 })) …
 */
export async function* extractFiles(files: AsyncIterable<WalkedFile>, options: ExtractFilesOptions = {}): AsyncGenerator<ExtractedWalkedFile> {
  const workers = options.workers ?? defaultWorkers();
  // Options cross to the worker threads, which a function cannot: steps come back as messages.
  const { onStep: _unused, ...read } = options.read ?? {};
  const local = (path: string): ReadOptions => (options.onStep ? { ...read, onStep: (step) => options.onStep?.(path, step) } : read);
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
    for await (const file of all) yield { path: file.path, results: await extractWalkedFile(file, local(file.path)) };
    return;
  }

  options.onStart?.(workers);
  const pool = createPool(workers, read, options.workerMemoryMb ?? workerMemoryMb(workers), local, options.onStep);
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
      const here = file.bytes === undefined || file.error !== undefined;
      queue.push({ path: file.path, results: here ? extractWalkedFile(file, read) : pool.submit(nextId++, file.path, file.bytes as Uint8Array) });
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
function createPool(
  size: number,
  options: ReadOptions,
  memoryMb: number,
  local: (path: string) => ReadOptions,
  onStep: ((path: string, step: string) => void) | undefined,
) {
  const waiting: Task[] = [];
  const members: PoolWorker[] = Array.from({ length: size }, () => startWorker());

  function startWorker(): PoolWorker {
    const member: PoolWorker = { worker: createWorker(WORKER_ENTRY, memoryMb), ready: false, pending: new Map() };
    const fail = (cause: Error) => {
      if (member.failure) return;
      if ((cause as NodeJS.ErrnoException).code === "ERR_WORKER_OUT_OF_MEMORY" && member.ready) return replaceOutOfMemory(member);
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
      } else if (message.type === "step") {
        const task = member.pending.get(message.id);
        if (task) onStep?.(task.path, message.step);
        return;
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

  /**
   * A worker that ran out of memory on a file: the file it was reading (its oldest) is skipped as too large,
   * the others it held go back to the front of the queue, and a new worker takes its place.
   */
  function replaceOutOfMemory(member: PoolWorker): void {
    member.failure = new Error("out of memory");
    member.worker.removeAllListeners("exit");
    const held = [...member.pending.values()].sort((a, b) => a.id - b.id);
    member.pending.clear();
    const [reading, ...rest] = held;
    waiting.unshift(...rest);
    members[members.indexOf(member)] = startWorker();
    reading?.resolve([{ ok: false, skipped: { path: reading.path, reason: `too large: extracting it took more than its worker's ${memoryMb.toLocaleString("en-US")} MB of memory` } }]);
    dispatch();
  }

  function dispatch(): void {
    while (waiting.length > 0) {
      let member: PoolWorker | undefined;
      for (const m of members) if (m.ready && m.pending.size < IN_HAND_PER_WORKER && (!member || m.pending.size < member.pending.size)) member = m;
      if (!member) return;
      const task = waiting.shift() as Task;
      member.pending.set(task.id, task);
      const { id, path, bytes } = task;
      // The bytes are copied, not moved: a worker that runs out of memory hands its other files back, and
      // they go to another worker (a copy of at most IN_HAND_PER_WORKER files per worker, a fraction of
      // what extracting them takes).
      member.worker.postMessage({ id, path, bytes, options } satisfies ExtractTask);
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
      void extractFile(task.path, task.bytes, local(task.path)).then(task.resolve);
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
export function createWorker(entry: URL, maxOldGenerationSizeMb: number): Worker {
  const options = { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB, maxOldGenerationSizeMb } };
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry, options);
  const tsx = import.meta.resolve("tsx/esm/api");
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { eval: true, ...options });
}
