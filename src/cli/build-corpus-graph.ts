// A folder → the laid-out entity graph and its file, reading and extracting document by document.
// Side effect: reads the folder. Used by `npm run graph` and the benchmark.
import { extractDocument } from "../extract/extract-document.ts";
import { readDocument } from "../extract/read-document.ts";
import type { SkippedFile } from "../extract/types.ts";
import { createGraphFileBuilder, type EntityGraph } from "../graph/build-graph-file.ts";
import { layOutGraph, type LayoutReport } from "../graph/lay-out-graph.ts";
import type { GraphFile } from "../graph/types.ts";
import { walkCorpus } from "./walk-corpus.ts";

/** Progress after each file: how many files were seen, and the one just done. */
export type ProgressListener = (done: number, path: string) => void;

/** The built graph, its file (positions included) and what it took. */
export interface CorpusGraph {
  file: GraphFile;
  graph: EntityGraph;
  words: number;
  extractSeconds: number;
  layout: LayoutReport;
}

/**
 * Reads every file under `folder`, extracts entities and builds the laid-out graph.
 * Files that cannot be used are listed in `file.skipped` with their reason; nothing stops the run.
 * @example const { file } = await buildCorpusGraph("corpus"); file.documents.length // 5
 */
export async function buildCorpusGraph(folder: string, onProgress?: ProgressListener): Promise<CorpusGraph> {
  const started = performance.now();
  const builder = createGraphFileBuilder();
  const skipped: SkippedFile[] = [];
  let words = 0;
  let done = 0;
  for await (const walked of walkCorpus(folder)) {
    done++;
    if (walked.error !== undefined) {
      skipped.push({ path: walked.path, reason: walked.error });
    } else {
      const read = readDocument(walked.path, walked.bytes ?? new Uint8Array());
      if (!read.ok) {
        skipped.push(read.skipped);
      } else {
        try {
          const { text, encoding: _encoding, ...document } = read.document;
          const extraction = extractDocument(text);
          words += extraction.words;
          builder.addDocument({ document, extraction });
        } catch (error) {
          // One document the NLP cannot handle must not cost the user the others.
          skipped.push({ path: walked.path, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` });
        }
      }
    }
    onProgress?.(done, walked.path);
  }
  const built = builder.build(skipped);
  const extractSeconds = (performance.now() - started) / 1000;
  const layout = layOutGraph(built.graph);
  const file: GraphFile = { ...built.file, graph: built.graph.export() };
  return { file, graph: built.graph, words, extractSeconds, layout };
}
