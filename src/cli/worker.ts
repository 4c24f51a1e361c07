// `npm run worker -- --queue redis://HOST:PORT [--concurrency N] [--lock-seconds S]`: takes extraction jobs
// from the queue that `npm run graph -- --queue` fills, on this machine or any other that reaches the Redis
// server, until stopped (Ctrl-C or SIGTERM finish the jobs under way first). Side effects: network, threads.
import { availableParallelism, hostname } from "node:os";
import { parseArgs } from "node:util";
import type { Worker as Thread } from "node:worker_threads";
import { UnrecoverableError, Worker, type Job } from "bullmq";
import type { ExtractedFile } from "../graph/extract-file.ts";
import { extractorVersion } from "./cache-version.ts";
import { createWorker, workerMemoryMb } from "./extract-pool.ts";
import type { ExtractTask, WorkerMessage } from "./extract-worker.ts";
import { connectQueue } from "./queue-connection.ts";
import { MAX_STALLED, QUEUE_NAME, type ExtractJobData, type ExtractJobResult } from "./queue-jobs.ts";

const USAGE = `Usage: npm run worker -- --queue redis://HOST:PORT [options]

Extracts the documents that \`npm run graph -- FOLDER --queue redis://HOST:PORT\` puts on the queue, until
stopped. Run one or more on every machine that reaches the Redis server; they need no access to the folder.

Options:
  --queue URL         the Redis server (redis://HOST:PORT, redis://:PASSWORD@HOST:PORT, rediss:// for TLS)
  --concurrency N     documents extracted at once, each in its own thread (default: one per core, here ${availableParallelism()})
  --lock-seconds S    how long a job stays taken without word from its worker (default 30): a worker killed
                      mid-job has its job given to another this long after
  --quiet             print only errors
  -h, --help          show this help`;

const EXTRACT_WORKER = new URL("./extract-worker.ts", import.meta.url);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      queue: { type: "string" },
      concurrency: { type: "string" },
      "lock-seconds": { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.queue === undefined) throw new Error("--queue redis://HOST:PORT is required (npm run worker -- --help)");
  const concurrency = values.concurrency === undefined ? availableParallelism() : wholeNumber("--concurrency", values.concurrency);
  const lockSeconds = values["lock-seconds"] === undefined ? 30 : wholeNumber("--lock-seconds", values["lock-seconds"]);
  const log = values.quiet ? () => {} : (line: string) => console.log(line);

  const version = extractorVersion();
  const connection = await connectQueue(values.queue);
  const threads = createThreads(concurrency);
  let done = 0;
  const worker = new Worker<ExtractJobData, ExtractJobResult>(QUEUE_NAME, (job) => extractJob(job, version, threads), {
    connection: connection.redis,
    concurrency,
    lockDuration: lockSeconds * 1000,
    stalledInterval: lockSeconds * 1000,
    maxStalledCount: MAX_STALLED,
    // Each job records who took it (`processedBy`): a failure can be traced to a machine and process.
    name: `${hostname()} ${process.pid}`,
  });
  worker.on("completed", () => {
    if (++done % 100 === 0) log(`worker: ${done} documents extracted`);
  });
  worker.on("failed", (job, error) => console.warn(`worker: ${job?.data.path ?? "a job"} failed (try ${job?.attemptsMade ?? "?"}): ${error.message}`));
  worker.on("error", (error) => console.warn(`worker: ${error.message}`));
  await worker.waitUntilReady();
  log(`worker: taking jobs from ${connection.shownUrl} (${concurrency} at once, extractor ${version.slice(0, 12)})`);

  const stopped = new Promise<string>((resolve) => {
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => resolve(signal));
  });
  const reason = await Promise.race([stopped, connection.lost]);
  log(`worker: ${reason}: finishing the jobs under way`);
  await worker.close();
  await threads.terminate();
  await connection.close();
  log(`worker: stopped after ${done} documents`);
  return 0;
}

/**
 * Reads and extracts one job's file in a free thread. A malformed job fails for good; a job of another
 * extractor version fails this try only, as another worker (of the right version) may take it next.
 */
async function extractJob(job: Job<ExtractJobData, ExtractJobResult>, version: string, threads: ReturnType<typeof createThreads>): Promise<ExtractJobResult> {
  const { data } = job;
  if (typeof data?.path !== "string" || typeof data.bytes !== "string" || typeof data.version !== "string") {
    throw new UnrecoverableError(`job ${job.id} is not an extraction job (no path, bytes and version)`);
  }
  if (data.version !== version) {
    throw new Error(`the job was made by extractor ${data.version.slice(0, 12)}, this worker runs ${version.slice(0, 12)}: run the same checkout and install on every machine`);
  }
  const bytes = new Uint8Array(Buffer.from(data.bytes, "base64"));
  return threads.extract(data.path, bytes, data.ocr === true);
}

/**
 * One extraction thread per job at once: extraction is synchronous for seconds at a time, and in this
 * thread it would keep BullMQ from renewing the job's lock (the job would be taken for stalled).
 */
function createThreads(size: number) {
  const idle: Thread[] = [];
  let nextId = 0;
  // Each thread gets its share of half the machine's memory, as the local pool's workers do.
  const memoryMb = workerMemoryMb(size);
  const start = () => createWorker(EXTRACT_WORKER, memoryMb);
  for (let i = 0; i < size; i++) idle.push(start());
  const all = new Set(idle);
  return {
    extract(path: string, bytes: Uint8Array, ocr: boolean): Promise<ExtractedFile[]> {
      // BullMQ runs at most `size` jobs at once: a thread is free.
      const thread = idle.pop() ?? start();
      all.add(thread);
      const id = nextId++;
      return new Promise<ExtractedFile[]>((resolve, reject) => {
        const settle = (error: Error | null, results?: ExtractedFile[]) => {
          thread.off("message", onMessage);
          thread.off("error", onError);
          thread.off("exit", onExit);
          if (error) {
            all.delete(thread);
            void thread.terminate();
            reject(error);
          } else {
            idle.push(thread);
            resolve(results as ExtractedFile[]);
          }
        };
        const onMessage = (message: WorkerMessage) => {
          if (message.type === "result" && message.id === id) settle(null, message.results);
        };
        const onError = (error: Error) => settle(new Error(`the extraction thread failed on ${path}: ${error.message}`, { cause: error }));
        const onExit = (code: number) => settle(new Error(`the extraction thread stopped (exit code ${code}) on ${path}`));
        thread.on("message", onMessage);
        thread.on("error", onError);
        thread.on("exit", onExit);
        thread.postMessage({ id, path, bytes, options: { ocr } } satisfies ExtractTask, [bytes.buffer as ArrayBuffer]);
      });
    },
    async terminate() {
      await Promise.all([...all].map((thread) => thread.terminate()));
    },
  };
}

function wholeNumber(option: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`${option} must be a whole number of at least 1, got "${value}"`);
  return Number(value);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
