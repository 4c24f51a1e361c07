// `npm run graph -- <input-folder> [--out graph.json] [--split | --single] [--gexf file.gexf] [--csv folder] [--workers N] [--corrections file.json] [--cache DIR | --no-cache] [--queue redis://HOST:PORT]`:
// builds the entity graph of a folder of documents and writes it. Side effects: reads the folder, writes files.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import type { CorrectionsFile } from "../graph/corrections/corrections-file.ts";
import { parseCorrections } from "../graph/corrections/parse-corrections.ts";
import { SPLIT_FROM_SENTENCES } from "../export/split-graph-file.ts";
import { ENTITY_TYPES } from "../extract/types.ts";
import { TYPE_LABELS } from "../graph/appearance.ts";
import { buildCorpusGraph } from "./build-corpus-graph.ts";
import { MAX_FILE_BYTES } from "../extract/read-documents.ts";
import type { CacheCounts } from "./cache-extract.ts";
import { DEFAULT_CACHE_DIR, openCacheStore, type CacheStore } from "./cache-store.ts";
import { extractorVersion } from "./cache-version.ts";
import type { QueueConnection } from "./queue-connection.ts";
import type { QueueProgress } from "./queue-extract.ts";
import { capWorkers, defaultWorkers } from "./extract-pool.ts";
import { EXPORT_OPTIONS, writeExports } from "./write-exports.ts";
import { writeGraphJson } from "./write-graph-json.ts";

const USAGE = `Usage: npm run graph -- [input-folder] [options]

Builds the entity co-occurrence graph of every .txt, .md, .html, .pdf, .docx, .eml and .mbox file under input-folder
(default: corpus/) and writes it as the explorer's graph JSON.

Options:
  --out FILE     graph JSON to write (default: public/graph.json)
  --split        write the split form: FILE without sentences, which go into FILE's name + .evidence/
                 (an index and chunk files the explorer fetches on demand); the default from
                 ${SPLIT_FROM_SENTENCES.toLocaleString("en-US")} sentences on
  --single       write one file, sentences included, however many there are
${EXPORT_OPTIONS.map(({ option, argument, help }) => `  --${`${option} ${argument}`.padEnd(13)}${help}`).join("\n")}
  --ocr          read scanned PDFs and images (.png, .jpg, .tif, .bmp) with OCR (tesseract.js,
                 English; a few seconds a page); without it they are skipped with a reason
  --corrections FILE
                 apply a corrections file (the explorer's Download corrections) while building:
                 merges, splits, renames, retypes, removals, stop and alias names; an operation whose
                 node is gone is reported and skipped
  --metadata FILE  a TSV or CSV table (columns file and any of date, title, url) whose values win;
                 by default the folder's index.tsv, index.csv, metadata.tsv or metadata.csv
  --no-metadata  read no metadata table
  --workers N    extract in N worker threads (default and most: one per core, here ${defaultWorkers()});
                 the graph is the same for any N; a corpus under 256 KB uses one thread
  --cache DIR    keep each file's extraction in DIR (default: ${DEFAULT_CACHE_DIR}/ here; with --queue,
                 the queue's Redis server) and extract only new or changed files; a new extractor
                 version starts afresh
  --no-cache     extract every file, and keep nothing (ENTITY_GRAPH_CACHE=DIR or =off sets the default)
  --queue URL    extract on a BullMQ queue at redis://HOST:PORT instead of this machine's threads:
                 \`npm run worker -- --queue URL\` processes, here or on other machines, do the work
  --max-file-mb M  skip files larger than M MB as "too large" (default ${MAX_FILE_BYTES / 1024 / 1024})
  --quiet        print only errors
  -h, --help     show this help`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      ...Object.fromEntries(EXPORT_OPTIONS.map(({ option }) => [option, { type: "string" } as const])),
      split: { type: "boolean", default: false },
      single: { type: "boolean", default: false },
      workers: { type: "string" },
      "max-file-mb": { type: "string" },
      corrections: { type: "string" },
      ocr: { type: "boolean", default: false },
      metadata: { type: "string" },
      "no-metadata": { type: "boolean", default: false },
      cache: { type: "string" },
      "no-cache": { type: "boolean", default: false },
      queue: { type: "string" },
      quiet: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (values.split && values.single) throw new Error("--split and --single cannot go together");
  if (positionals.length > 1) throw new Error(`expected one input folder, got ${positionals.length}: ${positionals.join(" ")}`);
  const input = positionals[0] ?? "corpus";
  // The export options' values, by option name (typed apart: parseArgs cannot type options built from a list).
  const exports: Record<string, string | undefined> = Object.fromEntries(EXPORT_OPTIONS.map(({ option }) => [option, (values as Record<string, unknown>)[option] as string | undefined]));
  const out = values.out ?? (Object.values(exports).some((v) => v !== undefined) ? undefined : "public/graph.json");
  const log = values.quiet ? () => {} : (line: string) => console.log(line);

  // Read and checked before any document: a bad file stops the run with exit 2, nothing applied.
  const corrections = values.corrections === undefined ? undefined : await readCorrectionsFile(values.corrections);
  const progress = createProgress(values.quiet);
  const { workers, lowered } = capWorkers(values.workers === undefined ? defaultWorkers() : parseWorkers(values.workers));
  if (lowered && !values.quiet) console.warn(lowered);
  const maxFileBytes = values["max-file-mb"] === undefined ? undefined : parseMegabytes(values["max-file-mb"]);
  if (values.metadata !== undefined && values["no-metadata"]) throw new Error("--metadata and --no-metadata cannot go together");
  const metadata = values["no-metadata"] ? null : values.metadata;
  if (values.cache !== undefined && values["no-cache"]) throw new Error("--cache and --no-cache cannot go together");
  const version = extractorVersion();
  const read = { ocr: values.ocr, ...(maxFileBytes ? { maxFileBytes } : {}) };
  const cacheCounts: CacheCounts = { files: 0, reused: 0 };
  // Connected before any file is read: an unreachable server is the first thing said.
  // BullMQ and ioredis are loaded only for a queue.
  const queue: QueueConnection | null = values.queue === undefined ? null : await (await import("./queue-connection.ts")).connectQueue(values.queue);
  let cache: CacheStore | null;
  try {
    cache = values["no-cache"] ? null : await openCache(values.cache, version, queue);
  } catch (error) {
    await queue?.close();
    throw error;
  }
  const queueExtract = queue ? (await import("./queue-extract.ts")).queueExtract : null;
  let result;
  try {
    result = await buildCorpusGraph(input, {
      workers,
      onProgress: progress,
      onStep: progress.step,
      read,
      metadata,
      ...(corrections ? { corrections } : {}),
      ...(cache ? { cache: { cache, version, counts: cacheCounts } } : {}),
      ...(queue && queueExtract ? { extractor: (files) => queueExtract(files, { connection: queue, version, read, onProgress: queueProgress(values.quiet) }) } : {}),
    });
  } finally {
    progress.end();
    await cache?.close();
    await queue?.close();
  }
  const { file, graph } = result;
  for (const problem of result.metadata.problems) console.warn(`metadata: ${problem}`);

  for (const { path, reason } of file.skipped) console.warn(`skipped ${path}: ${reason}`);
  for (const { index, operation, reason } of result.skippedCorrections) console.warn(`correction ${index} (${operation.op}) skipped: ${reason}`);
  if (file.documents.length === 0) {
    console.error(`error: no document could be read in ${input} (${file.skipped.length} files skipped)`);
    return 1;
  }

  const written: string[] = [];
  if (out) {
    const json = await writeGraphJson(out, file, values.split ? "split" : values.single ? "single" : "auto");
    const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    written.push(json.split ? `${out} (${mb(json.bytes)}; sentences in ${json.split.folder}/: ${json.split.files} files, ${mb(json.split.bytes)})` : out);
  }
  written.push(...(await writeExports(graph, exports, `Entity co-occurrence graph of ${input}`)));

  const perType = ENTITY_TYPES.map((type) => `${graph.filterNodes((_, a) => a.type === type).length} ${TYPE_LABELS[type].toLowerCase()}`);
  const seconds = result.extractSeconds + result.layout.seconds;
  log(`documents: ${file.documents.length} read, ${file.skipped.length} skipped`);
  const dated = file.documents.filter((d) => d.date).length;
  log(`dates:     ${dated} of ${file.documents.length} documents${result.metadata.table ? ` (metadata from ${result.metadata.table})` : ""}`);
  log(`sentences: ${file.sentences.length} distinct (${result.words} words)`);
  log(`entities:  ${graph.order} (${perType.join(", ")})`);
  log(`edges:     ${graph.size}, ${result.layout.communities} communities`);
  const where = queue ? `on the queue at ${queue.shownUrl}` : result.threads === 1 ? "in one thread" : `in ${result.threads} workers`;
  log(`time:      ${seconds.toFixed(1)} s (extraction ${result.extractSeconds.toFixed(1)} s ${where}, layout ${result.layout.seconds.toFixed(1)} s)`);
  if (cache) log(`cache:     ${cacheCounts.reused} of ${cacheCounts.files} documents reused (${cache.location})`);
  if (corrections) log(`corrections: ${corrections.operations.length - result.skippedCorrections.length} applied, ${result.skippedCorrections.length} skipped (${values.corrections})`);
  for (const path of written) log(`wrote ${path}`);
  return 0;
}

/**
 * The cache named by --cache (failing to open it is an error), else the default one (then only a warning):
 * ENTITY_GRAPH_CACHE names its folder, or turns it off with "off" (the test suite does, so that a test that
 * builds a corpus again still extracts it); else, with --queue, the queue's Redis server (coordinators on
 * several machines share it), and without, .entity-graph-cache/ here.
 */
async function openCache(dir: string | undefined, version: string, queue: QueueConnection | null): Promise<CacheStore | null> {
  if (dir !== undefined) return openCacheStore(dir, version);
  const fromEnvironment = process.env.ENTITY_GRAPH_CACHE;
  if (fromEnvironment === "off") return null;
  if (queue && !fromEnvironment) return (await import("./cache-redis.ts")).openRedisCache(queue.redis, queue.shownUrl, version);
  try {
    return openCacheStore(fromEnvironment || DEFAULT_CACHE_DIR, version);
  } catch (error) {
    console.warn(`cache: off, every file is extracted (${error instanceof Error ? error.message : String(error)})`);
    return null;
  }
}

async function readCorrectionsFile(path: string): Promise<CorrectionsFile> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`cannot read the corrections file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  try {
    return parseCorrections(text);
  } catch (error) {
    throw new Error(`corrections file ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function parseWorkers(value: string): number {
  const workers = Number(value);
  if (!/^\d+$/.test(value) || workers < 1) throw new Error(`--workers must be a whole number of at least 1, got "${value}"`);
  return workers;
}

/** The queue's counts on stderr while jobs are out: a line every two seconds. */
function queueProgress(quiet: boolean) {
  return (p: QueueProgress) => {
    if (!quiet) process.stderr.write(`queue: ${p.done} done, ${p.failed} failed, ${p.inFlight} in flight, ${p.waiting} waiting, ${p.perSecond.toFixed(1)} per second${workerCount(p.workers)}\n`);
  };
}

function workerCount(workers: number): string {
  if (Number.isNaN(workers)) return "";
  return `, ${workers} worker${workers === 1 ? "" : "s"}${workers === 0 ? " (start one: npm run worker -- --queue URL)" : ""}`;
}

function parseMegabytes(value: string): number {
  const mb = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(mb > 0)) throw new Error(`--max-file-mb must be a number of megabytes above 0, got "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

/**
 * Progress on stderr: for large folders a line every 100 files, and inside a large file each tenth of its
 * text (rewritten in place on a terminal).
 */
function createProgress(quiet: boolean) {
  let last = 0;
  let written = false;
  const tty = process.stderr.isTTY;
  const say = (line: string) => {
    written = true;
    if (tty) process.stderr.write(`\r\x1b[K${line}`);
    else process.stderr.write(`${line}\n`);
  };
  const listener = (done: number, path: string) => {
    if (quiet || done - last < 100) return;
    last = done;
    say(tty ? `read ${done} files: ${path.slice(-60)}` : `read ${done} files`);
  };
  return Object.assign(listener, {
    step: (path: string, step: string) => {
      if (!quiet) say(`${path.slice(-60)}: ${step}`);
    },
    end: () => {
      if (tty && written) process.stderr.write("\r\x1b[K");
    },
  });
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
