// Extracted files, in corpus order → the laid-out graph file. Pure: the caller extracts the files (the
// command line in worker threads, the page in its worker) and this folds them into one graph, the same way
// for both.
import Graph from "graphology";
import type { SkippedFile } from "../extract/types.ts";
import { applyCorrections, type SkippedOperation } from "./corrections/apply-corrections.ts";
import type { CorrectionsFile } from "./corrections/corrections-file.ts";
import { createGraphFileBuilder } from "./build-graph-file.ts";
import type { EntityGraph } from "./types.ts";
import type { ExtractedFile } from "./extract-file.ts";
import { layOutGraph, type LayoutReport } from "./lay-out-graph.ts";
import type { GraphFile } from "./types.ts";

/** The graph of a corpus, its file (positions included), and what it took. */
export interface AssembledGraph {
  file: GraphFile;
  graph: EntityGraph;
  words: number;
  /** Seconds from the call to the built graph: extraction of the files (as they are iterated) and merging. */
  extractSeconds: number;
  layout: LayoutReport;
  /** The corrections that no longer apply (their node is gone), and why. */
  skippedCorrections: SkippedOperation[];
}

/**
 * Builds the graph of the files as they come, then lays it out. `beforeLayout` is told when the files are
 * all in (the page shows a "laying out" phase).
 * @example const { file } = await assembleGraph(extractedFiles()); file.documents.length
 */
export async function assembleGraph(
  files: AsyncIterable<ExtractedFile> | Iterable<ExtractedFile>,
  beforeLayout?: () => void,
  options: { corrections?: CorrectionsFile } = {},
): Promise<AssembledGraph> {
  const started = performance.now();
  const builder = createGraphFileBuilder();
  const skipped: SkippedFile[] = [];
  let words = 0;
  for await (const result of files) {
    if (result.ok) {
      words += result.extraction.words;
      builder.addDocument({ document: result.document, extraction: result.extraction, pages: result.pages });
    } else {
      skipped.push(result.skipped);
    }
  }
  beforeLayout?.();
  let built = builder.build(skipped);
  // Before the layout, on every document's mentions (new documents' too): what the user corrected lasts.
  let skippedCorrections: SkippedOperation[] = [];
  if (options.corrections) {
    const corrected = applyCorrections(built.file, options.corrections);
    skippedCorrections = corrected.skipped;
    const graph: EntityGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    graph.import(corrected.file.graph);
    built = { file: corrected.file, graph };
  }
  const extractSeconds = (performance.now() - started) / 1000;
  const layout = layOutGraph(built.graph);
  return { file: { ...built.file, graph: built.graph.export() }, graph: built.graph, words, extractSeconds, layout, skippedCorrections };
}
