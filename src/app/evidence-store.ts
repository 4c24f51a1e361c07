// The sentences behind the graph, as the page gets them: all in memory for a single graph file, or, for
// the split form, the evidence index and then chunk files fetched on demand (relative to graph.json).
// Side effect of the split kind: network requests.
import type { SentenceRecord } from "../extract/types.ts";
import { checkEvidenceDescriptor, parseEvidenceIndex, parseSentenceChunk, readSplitGraphFile, type ReadRelative } from "../export/read-split-graph-file.ts";
import { indexEvidence, type EvidenceIndexFile, type GraphFileHead, type SentenceChunkFile, type SplitGraphFile } from "../export/split-graph-file.ts";
import { parseTextIndex, type TextIndexFile } from "../export/text-index.ts";
import type { GraphFile } from "../graph/types.ts";
import { buildEvidenceIndex, type EvidenceIndex } from "./evidence-index.ts";
import { rankedPositions } from "./ranked-positions.ts";

/** The sentences of the loaded graph, and how to get the ones not here yet. */
export interface EvidenceStore {
  /** How many sentences the graph file has, entity or not. */
  readonly total: number;
  /** True when the sentences come from files beside graph.json, a chunk at a time. */
  readonly split: boolean;
  /** The evidence index, or null until it has been loaded. */
  index(): EvidenceIndex | null;
  /** Loads the index (once; later calls share the first one's result). */
  loadIndex(): Promise<EvidenceIndex>;
  /** A sentence that names an entity, by rank (see EvidenceIndex), if it has been loaded. */
  sentence(rank: number): SentenceRecord | undefined;
  /** The ranks among `ranks` whose sentence is not loaded yet. */
  missing(ranks: readonly number[]): number[];
  /**
   * Loads the sentences of these ranks, all naming `node` (their chunks of its sentences, in parallel),
   * loading the index first if need be.
   */
  load(ranks: readonly number[], node: string): Promise<void>;
  /** The whole graph file, every sentence in its place, loading what is missing (for Save graph JSON). */
  loadFile(onProgress?: (done: number, total: number) => void): Promise<GraphFile>;
  /** Hears once when the index arrives; returns the unsubscribe. */
  onIndex(listener: (index: EvidenceIndex) => void): () => void;
  /** Loads the text index (once), or gives null when there is none (a single file, an older split one). */
  loadTextIndex(): Promise<TextIndexFile | null>;
  /** The text index, or null until it has been loaded (or when there is none). */
  textIndex(): TextIndexFile | null;
  /**
   * The sentences of these chunk files (numbered as the text index does: the node stream's, then the
   * plain ones), each once, in file order; `onProgress` hears the files fetched.
   */
  loadChunkSentences(chunks: readonly number[], onProgress?: (done: number, total: number) => void): Promise<SentenceRecord[]>;
}

/**
 * The evidence of a single graph file: every sentence already in memory. `indexFile` is its evidence index
 * when the caller has it already (a corrected graph's, patched).
 * @example const evidence = createMemoryEvidence(file);
 */
export function createMemoryEvidence(file: GraphFile, indexFile: EvidenceIndexFile = indexEvidence(file.documents, file.sentences)): EvidenceStore {
  const index = buildEvidenceIndex(file.documents, indexFile);
  const positions = rankedPositions(file, indexFile);
  return {
    total: file.sentences.length,
    split: false,
    index: () => index,
    loadIndex: () => Promise.resolve(index),
    sentence: (rank) => {
      const position = positions[rank];
      return position === undefined ? undefined : file.sentences[position];
    },
    missing: () => [],
    load: () => Promise.resolve(),
    loadFile: () => Promise.resolve(file),
    onIndex: () => () => {},
    loadTextIndex: () => Promise.resolve(null),
    textIndex: () => null,
    loadChunkSentences: () => Promise.resolve([]),
  };
}

/** Reads a path relative to `base` with fetch; an HTTP error becomes an error naming the file. */
export function fetchRelative(base: string | URL): ReadRelative {
  return async (path) => {
    const url = new URL(path, base);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new Error(`could not reach ${path}: ${(error as Error).message}`, { cause: error });
    }
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}${response.status === 404 ? " (the file is missing: rebuild the graph with npm run graph)" : ""}`);
    return response.text();
  };
}

/**
 * The evidence of a split graph file: the index and chunks are read with `read` (paths relative to the
 * graph JSON), each once, when first needed.
 * @example const evidence = createSplitEvidence(head, fetchRelative(new URL("graph.json", location.href)));
 */
export function createSplitEvidence(head: SplitGraphFile, read: ReadRelative): EvidenceStore {
  const descriptor = checkEvidenceDescriptor(head.evidence);
  // By rank, whichever chunk brought them (a sentence is in the node stream once per entity it names).
  const sentences = new Map<number, SentenceRecord>();
  const chunks = new Map<number, Promise<void>>();
  const listeners = new Set<(index: EvidenceIndex) => void>();
  let index: EvidenceIndex | null = null;
  let indexing: Promise<EvidenceIndex> | null = null;

  const loadIndex = (): Promise<EvidenceIndex> => {
    indexing ??= (async () => {
      const started = performance.now();
      const text = await read(descriptor.index);
      const loaded = buildEvidenceIndex(head.documents, parseEvidenceIndex(text, descriptor.index, descriptor, head.documents.length));
      performance.measure("entity-graph:evidence-index", { start: started, detail: { bytes: text.length } });
      index = loaded;
      for (const listener of [...listeners]) listener(loaded);
      listeners.clear();
      return loaded;
    })();
    // A failed load is not kept: the next call tries again.
    indexing.catch(() => (indexing = null));
    return indexing;
  };

  const loadChunk = (chunk: number): Promise<void> => {
    let loading = chunks.get(chunk);
    if (!loading) {
      const path = descriptor.chunks[chunk]!;
      loading = (async () => {
        const started = performance.now();
        const text = await read(path);
        const parsed = parseSentenceChunk(text, path);
        const loaded = index!;
        const start = loaded.chunkStarts[chunk]!;
        const chunkRanks = parsed.sentences.map((_, i) => loaded.streamRank(start + i));
        if (parsed.sentences.some((sentence, i) => sentence.id !== loaded.sentenceId(chunkRanks[i]!))) {
          throw new Error(`${path} does not hold the sentences the evidence index expects there; rebuild the graph with npm run graph`);
        }
        parsed.sentences.forEach((sentence, i) => sentences.set(chunkRanks[i]!, sentence));
        performance.measure("entity-graph:evidence-chunk", { start: started, detail: { path, bytes: text.length } });
      })();
      chunks.set(chunk, loading);
      loading.catch(() => chunks.delete(chunk));
    }
    return loading;
  };

  let texting: Promise<TextIndexFile | null> | null = null;
  let textIndex: TextIndexFile | null = null;
  const loadTextIndex = (): Promise<TextIndexFile | null> => {
    const path = descriptor.text;
    if (path === undefined) return Promise.resolve(null);
    texting ??= (async () => {
      const started = performance.now();
      const text = await read(path);
      const parsed = parseTextIndex(text, path, descriptor.chunks.length + descriptor.plain.length, head.documents.length);
      performance.measure("entity-graph:text-index", { start: started, detail: { bytes: text.length } });
      textIndex = parsed;
      return parsed;
    })();
    texting.catch(() => (texting = null));
    return texting;
  };

  // Chunk files as the text search reads them, whole, with their positions: node stream, then plain.
  const files = new Map<number, Promise<SentenceChunkFile>>();
  const loadChunkFile = (chunk: number): Promise<SentenceChunkFile> => {
    let loading = files.get(chunk);
    if (!loading) {
      const path = chunk < descriptor.chunks.length ? descriptor.chunks[chunk] : descriptor.plain[chunk - descriptor.chunks.length];
      if (path === undefined) return Promise.reject(new Error(`there is no chunk file ${chunk}`));
      loading = read(path).then((text) => parseSentenceChunk(text, path));
      files.set(chunk, loading);
      loading.catch(() => files.delete(chunk));
    }
    return loading;
  };
  const loadChunkSentences = async (list: readonly number[], onProgress?: (done: number, total: number) => void): Promise<SentenceRecord[]> => {
    const byPosition = new Map<number, SentenceRecord>();
    let next = 0;
    let done = 0;
    onProgress?.(0, list.length);
    // A few files at a time, as readSplitGraphFile reads them.
    const worker = async () => {
      while (next < list.length) {
        const chunk = await loadChunkFile(list[next++]!);
        chunk.positions.forEach((position, i) => byPosition.set(position, chunk.sentences[i]!));
        onProgress?.(++done, list.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(8, list.length) }, worker));
    return [...byPosition].sort((a, b) => a[0] - b[0]).map(([, sentence]) => sentence);
  };

  return {
    total: descriptor.sentences,
    split: true,
    index: () => index,
    loadIndex,
    sentence: (rank) => sentences.get(rank),
    missing: (ranks) => ranks.filter((rank) => !sentences.has(rank)),
    load(ranks, node) {
      const fetchChunks = (loaded: EvidenceIndex) => {
        const needed = new Set<number>();
        for (const rank of ranks) {
          if (sentences.has(rank)) continue;
          const chunk = loaded.chunkOf(node, rank);
          if (chunk !== undefined) needed.add(chunk);
        }
        return Promise.all([...needed].map(loadChunk)).then(() => {});
      };
      // With the index in, the requests leave now, before the caller's task goes on (a click also redraws
      // the graph, which would hold them back a whole frame).
      return index ? fetchChunks(index) : loadIndex().then(fetchChunks);
    },
    loadFile: (onProgress) => readSplitGraphFile(head, read, { onProgress }),
    loadTextIndex,
    textIndex: () => textIndex,
    loadChunkSentences,
    onIndex(listener) {
      if (index) return () => {};
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The graph file without its sentences, whichever form it came in. */
export function headOf(file: GraphFile | SplitGraphFile): GraphFileHead {
  return { format: file.format, version: file.version, documents: file.documents, skipped: file.skipped, graph: file.graph };
}

