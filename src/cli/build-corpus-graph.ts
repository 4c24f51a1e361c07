// A folder → the laid-out entity graph and its file, reading and extracting document by document.
// Side effects: reads the folder, extracts in worker threads. Used by `npm run graph` and the benchmark.
import { assembleGraph, type AssembledGraph } from "../graph/assemble-graph.ts";
import type { CorrectionsFile } from "../graph/corrections/corrections-file.ts";
import type { ReadOptions } from "../extract/read-documents.ts";
import { extractFiles } from "./extract-pool.ts";
import { walkCorpus } from "./walk-corpus.ts";

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
  /** How files are read (`--ocr`). */
  read?: ReadOptions;
  /** Corrections applied to the assembled graph before its layout (`--corrections`). */
  corrections?: CorrectionsFile;
}

/** The built graph, its file (positions included) and what it took. */
export interface CorpusGraph extends AssembledGraph {
  /** Threads that extracted: 1 for the calling thread, else the number of workers. */
  threads: number;
}

/**
 * Reads every file under `folder`, extracts entities and builds the laid-out graph.
 * Files that cannot be used are listed in `file.skipped` with their reason; nothing stops the run. The
 * file is the same for any number of workers.
 * @example const { file } = await buildCorpusGraph("corpus", { workers: 2 }); file.documents.length // 5
 */
export async function buildCorpusGraph(folder: string, options: BuildCorpusGraphOptions = {}): Promise<CorpusGraph> {
  const { workers, smallCorpusBytes, extractWhileStarting, onProgress, read, corrections } = options;
  let threads = 1;
  // Results come back in walk order whatever the number of workers: the builder sees the same sequence.
  const extracted = extractFiles(walkCorpus(folder, read), { workers, smallCorpusBytes, extractWhileStarting, read, onStart: (n) => (threads = n) });
  let done = 0;
  const results = (async function* () {
    for await (const { path, results } of extracted) {
      yield* results;
      onProgress?.(++done, path);
    }
  })();
  const assembled = await assembleGraph(results, undefined, corrections ? { corrections } : {});
  return { ...assembled, threads };
}
