// A folder → the laid-out entity graph and its file, reading and extracting document by document.
// Side effects: reads the folder, extracts in worker threads. Used by `npm run graph` and the benchmark.
import { existsSync, readFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import { applyMetadata, metadataProblems, metadataRowOf, parseMetadataTable, pickMetadataTable, type MetadataTable } from "../extract/metadata-table.ts";
import { assembleGraph, type AssembledGraph } from "../graph/assemble-graph.ts";
import type { CorrectionsFile } from "../graph/corrections/corrections-file.ts";
import type { ReadOptions } from "../extract/read-documents.ts";
import { cacheExtract, type CacheExtractOptions } from "./cache-extract.ts";
import { extractFiles, type ExtractedWalkedFile } from "./extract-pool.ts";
import { walkCorpus, type WalkedFile } from "./walk-corpus.ts";

/** Progress after each file: how many files were seen, and the one just done. */
export type ProgressListener = (done: number, path: string) => void;

/** Options of `buildCorpusGraph`. */
export interface BuildCorpusGraphOptions {
  /** Worker threads extracting documents; 1 extracts in the calling thread. Default: one per core. */
  workers?: number;
  /** Below this many bytes of files the corpus is extracted in the calling thread (see `extractFiles`). */
  smallCorpusBytes?: number;
  /** Whether this thread extracts too until a worker has started (see `extractFiles`). */
  extractWhileStarting?: boolean;
  onProgress?: ProgressListener;
  /** Told of each step inside a long file ("extracting: 40% of 3.2 MB of text"), see `extractFiles`. */
  onStep?: (path: string, step: string) => void;
  /** How files are read (`--ocr`). */
  read?: ReadOptions;
  /** Corrections applied to the assembled graph before its layout (`--corrections`). */
  corrections?: CorrectionsFile;
  /**
   * The metadata table: a file's path (`--metadata FILE`), null for none (`--no-metadata`); by default the
   * folder's root `index.tsv`, `index.csv`, `metadata.tsv` or `metadata.csv` when there is one.
   */
  metadata?: string | null;
  /** Extracts the files in place of the worker-thread pool, in walk order (`--queue`: jobs on Redis). */
  extractor?: (files: AsyncIterable<WalkedFile>) => AsyncIterable<ExtractedWalkedFile>;
  /** Takes extractions from this cache and stores new ones there (`--cache`); none by default. */
  cache?: Omit<CacheExtractOptions, "extract" | "read">;
}

/** The built graph, its file (positions included) and what it took. */
export interface CorpusGraph extends AssembledGraph {
  /** Threads that extracted: 1 for the calling thread, else the number of workers. */
  threads: number;
  /** The metadata table read (its path) or null, and its problems: bad dates, files listed but absent. */
  metadata: { table: string | null; problems: string[] };
}

/** The metadata table of a folder: the one named, else the first of METADATA_TABLE_NAMES at its root. */
function readMetadataTable(folder: string, option: string | null | undefined): { table: MetadataTable; path: string; inside: string | null } | null {
  if (option === null) return null;
  const found = pickMetadataTable((name) => existsSync(join(folder, name)));
  const path = option ?? (found === undefined ? undefined : join(folder, found));
  if (path === undefined) return null;
  if (!existsSync(path)) throw new Error(`metadata table not found: ${path}`);
  const table = parseMetadataTable(readFileSync(path, "utf8"), basename(path));
  const inFolder = relative(resolve(folder), resolve(path)).split("\\").join("/");
  return { table, path, inside: inFolder.startsWith("..") ? null : inFolder };
}

/**
 * Reads every file under `folder`, extracts entities and builds the laid-out graph.
 * Files that cannot be used are listed in `file.skipped` with their reason; nothing stops the run. The
 * file is the same for any number of workers.
 * @example const { file } = await buildCorpusGraph("corpus", { workers: 2 }); file.documents.length // 5
 */
export async function buildCorpusGraph(folder: string, options: BuildCorpusGraphOptions = {}): Promise<CorpusGraph> {
  const { workers, smallCorpusBytes, extractWhileStarting, onProgress, onStep, read, corrections } = options;
  let threads = 1;
  const metadata = readMetadataTable(folder, options.metadata);
  // The table in the folder is the folder's metadata: neither a document nor a skipped file.
  const walked = (async function* () {
    for await (const file of walkCorpus(folder, read)) if (file.path !== metadata?.inside) yield file;
  })();
  // Results come back in walk order whatever the number of workers: the builder sees the same sequence.
  const extract = options.extractor ?? ((files: AsyncIterable<WalkedFile>) => extractFiles(files, { workers, smallCorpusBytes, extractWhileStarting, read, onStep, onStart: (n) => (threads = n) }));
  const extracted = options.cache ? cacheExtract(walked, { ...options.cache, ...(read ? { read } : {}), extract }) : extract(walked);
  let done = 0;
  const seen = new Set<string>();
  const results = (async function* () {
    for await (const { path, results } of extracted) {
      seen.add(path);
      for (const result of results) {
        yield result.ok && metadata ? { ...result, document: applyMetadata(result.document, metadataRowOf(metadata.table, result.document)) } : result;
      }
      onProgress?.(++done, path);
    }
  })();
  const assembled = await assembleGraph(results, undefined, corrections ? { corrections } : {});
  const problems = metadata ? metadataProblems(metadata.table, seen, assembled.file.documents) : [];
  return { ...assembled, threads, metadata: { table: metadata?.path ?? null, problems } };
}
