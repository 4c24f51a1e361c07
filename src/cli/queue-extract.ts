// Walked files → their extractions in walk order, done by `npm run worker` processes through a BullMQ queue
// on Redis: one job per file, its id the file's key. Side effects: adds jobs to Redis and reads them back.
import { Queue, QueueEvents } from "bullmq";
import type { ReadOptions } from "../extract/read-documents.ts";
import type { ExtractedFile } from "../graph/extract-file.ts";
import { fileKey } from "./cache-key.ts";
import { extractWalkedFile, type ExtractedWalkedFile } from "./extract-pool.ts";
import type { QueueConnection } from "./queue-connection.ts";
import { ATTEMPTS, JOB_NAME, JOB_OPTIONS, QUEUE_NAME, type ExtractJobData, type ExtractJobResult } from "./queue-jobs.ts";
import type { WalkedFile } from "./walk-corpus.ts";

/** The queue's counts, as the progress line shows them. */
export interface QueueProgress {
  done: number;
  failed: number;
  inFlight: number;
  waiting: number;
  /** Jobs completed per second since the last report. */
  perSecond: number;
  /** Worker processes connected to the queue (0: nothing happens until one starts; NaN: Redis does not say). */
  workers: number;
}

/** Options of `queueExtract`. */
export interface QueueExtractOptions {
  connection: QueueConnection;
  /** The extractor version (`extractorVersion()`): part of each job id, and checked by the workers. */
  version: string;
  read?: ReadOptions;
  /** Told the queue's counts every `progressSeconds` while jobs are out. */
  onProgress?: (progress: QueueProgress) => void;
  progressSeconds?: number;
  /** Jobs added and not yet merged at most: the queue holds that many files' text, not the corpus. */
  inFlight?: number;
}

const IN_FLIGHT = 512;

/**
 * Adds a job for each file and yields the results in walk order, whatever order the workers finish in. A
 * job already in the queue (added by an earlier run, done or under way) is not added again: its result is
 * taken. One that failed in an earlier run is tried again; one that fails ATTEMPTS times now is a skip:
 * `extraction failed 3 times on the queue: <reason>`. Files that cannot be read are answered here.
 * @example for await (const file of queueExtract(walkCorpus("corpus"), { connection, version })) …
 */
export async function* queueExtract(files: AsyncIterable<WalkedFile>, options: QueueExtractOptions): AsyncGenerator<ExtractedWalkedFile> {
  const { connection, version, read = {} } = options;
  const queue = new Queue<ExtractJobData, ExtractJobResult>(QUEUE_NAME, { connection: connection.redis });
  const events = new QueueEvents(QUEUE_NAME, { connection: connection.redis.duplicate() });
  const limit = options.inFlight ?? IN_FLIGHT;
  // Each job waits on events for its end: one listener per job in flight.
  events.setMaxListeners(2 * limit + 10);
  const stopProgress = reportProgress(queue, options);

  const submit = async (path: string, bytes: Uint8Array): Promise<ExtractedFile[]> => {
    const data: ExtractJobData = { version, path, bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64"), ocr: read.ocr === true };
    // Adding a job whose id exists leaves the existing one as it is.
    const job = await queue.add(JOB_NAME, data, { ...JOB_OPTIONS, jobId: fileKey(version, path, bytes, read) });
    if ((await job.getState()) === "failed") await job.retry("failed");
    try {
      return await job.waitUntilFinished(events);
    } catch (error) {
      return [{ ok: false, skipped: { path, reason: `extraction failed ${ATTEMPTS} times on the queue: ${error instanceof Error ? error.message : String(error)}` } }];
    }
  };

  const pending: { path: string; results: Promise<ExtractedFile[]>; settled: boolean }[] = [];
  const take = async (): Promise<ExtractedWalkedFile> => {
    const head = pending.shift() as (typeof pending)[number];
    return { path: head.path, results: await Promise.race([head.results, connection.lost]) };
  };
  try {
    await events.waitUntilReady();
    for await (const file of files) {
      const results = file.bytes === undefined || file.error !== undefined ? extractWalkedFile(file, read) : submit(file.path, file.bytes);
      const entry = { path: file.path, results, settled: false };
      // A failure is thrown where the entry is taken, in walk order; this keeps it from being unhandled meanwhile.
      results.then(
        () => (entry.settled = true),
        () => (entry.settled = true),
      );
      pending.push(entry);
      while (pending.length >= limit || pending[0]?.settled) yield await take();
    }
    while (pending.length > 0) yield await take();
  } finally {
    stopProgress();
    // Jobs still out (the run failed) are left to the workers: a new run takes their results.
    await Promise.race([Promise.all([events.close(), queue.close()]), connection.lost.catch(() => {})]);
  }
}

/** Calls `onProgress` with the queue's counts every few seconds; returns the function that stops it. */
function reportProgress(queue: Queue<ExtractJobData, ExtractJobResult>, options: QueueExtractOptions): () => void {
  const { onProgress } = options;
  if (!onProgress) return () => {};
  const seconds = options.progressSeconds ?? 2;
  let last: { done: number; at: number } | null = null;
  const timer = setInterval(() => {
    void Promise.all([queue.getJobCounts("completed", "failed", "active", "waiting", "delayed", "prioritized"), queue.getWorkersCount().catch(() => Number.NaN)]).then(
      ([counts, workers]) => {
        const at = performance.now();
        const done = counts.completed ?? 0;
        const perSecond = last ? ((done - last.done) * 1000) / (at - last.at) : 0;
        last = { done, at };
        onProgress({ done, failed: counts.failed ?? 0, inFlight: counts.active ?? 0, waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0), perSecond, workers });
      },
      () => {},
    );
  }, seconds * 1000);
  return () => clearInterval(timer);
}
