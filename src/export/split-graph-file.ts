// Graph file → its split form: { path: content } entries for a small graph JSON that the explorer draws
// from, an evidence index and the sentences in chunk files beside it. Pure; the caller writes the files.
// The sentences that name an entity are laid out entity by entity (the "node stream": each entity's
// sentences one after the other in reading order, a sentence naming three entities three times), so that
// one entity's page of sentences is in one or two chunk files wherever its documents are.
import type { DocumentRecord, SentenceRecord } from "../extract/types.ts";
import type { GraphFile } from "../graph/types.ts";
import { indexText } from "./text-index.ts";

/** Where a split graph file keeps its sentences; paths are relative to the graph JSON's folder. */
export interface EvidenceDescriptor {
  /** How many sentences the graph has (the length of the single file's `sentences`). */
  sentences: number;
  /** The evidence index (EvidenceIndexFile). */
  index: string;
  /** Chunk files (SentenceChunkFile) of the node stream: the sentences of each entity in turn. */
  chunks: string[];
  /** Chunk files of the sentences that name no entity (never listed by the explorer), in file order. */
  plain: string[];
  /**
   * The text index (TextIndexFile), numbering `chunks` then `plain`: which chunks a full-text search
   * fetches. Absent in split graphs written before it: a search there fetches every chunk.
   */
  text?: string;
}

/** A graph file without its sentences: what the explorer needs to draw. */
export type GraphFileHead = Omit<GraphFile, "sentences">;

/** The graph JSON of the split form: the single file with `sentences` replaced by `evidence`. */
export interface SplitGraphFile extends GraphFileHead {
  evidence: EvidenceDescriptor;
}

/**
 * The evidence index: what the explorer needs to list, count and filter sentences without their text.
 * "Sentence n" is the n-th sentence that names an entity, in file order (0-based).
 */
export interface EvidenceIndexFile {
  format: "entity-graph-evidence";
  version: 1;
  /** Ids of the sentences that name an entity, in file order. */
  sentences: string[];
  /** Per sentence n: the position of its document in the graph file's `documents`, a list when several. */
  documents: (number | number[])[];
  /**
   * Per entity, in node stream order: its key and the sentences n naming it, once per mention (so as many
   * as its `mentions`), ascending. In the node stream an entity has each of its sentences once, in
   * `readingOrder`.
   */
  nodes: [string, number[]][];
  /** Per chunk of `evidence.chunks`: the node stream position of its first sentence. */
  chunks: number[];
  /** Per document of the graph file: how many sentences it has, entity or not. */
  documentSentences: number[];
}

/** One chunk file: sentences (node stream or file order), with their positions in the single file's `sentences`. */
export interface SentenceChunkFile {
  format: "entity-graph-sentences";
  version: 1;
  positions: number[];
  sentences: SentenceRecord[];
}

/**
 * An entity's sentences (ranks, ascending) in reading order, as the explorer lists them: by their first
 * document (graph file order), then in file order. This is their order in the node stream.
 */
export function readingOrder(ranks: readonly number[], documents: EvidenceIndexFile["documents"]): number[] {
  const first = (rank: number) => {
    const docs = documents[rank]!;
    return typeof docs === "number" ? docs : Math.min(...docs);
  };
  // Ranks come ascending and the sort is stable: within a document they stay in file order.
  return [...new Set(ranks)].sort((a, b) => first(a) - first(b));
}

/** From this many sentences on, `npm run graph` writes the split form. */
export const SPLIT_FROM_SENTENCES = 20_000;
/** Default size of one chunk file: small enough that a page of 40 sentences spread over a corpus stays light. */
export const CHUNK_BYTES = 64 * 1024;

/** Options: the graph JSON's file name and the target size of one chunk. */
export interface SplitOptions {
  /** File name of the graph JSON; its evidence goes into `<name without .json>.evidence/`. */
  name?: string;
  /**
   * The folder, beside the graph JSON, that the evidence goes into; default `<name without .json>.evidence`.
   * The command line writes each new evidence into a folder of its own inside that one, so that the old
   * graph JSON keeps its sentences until the new one replaces it.
   */
  folder?: string;
  chunkBytes?: number;
}

/**
 * True for a path the split form may point at: relative, inside the graph JSON's folder (no scheme, no
 * leading slash, no "." or ".." segment, nothing a URL would read as a query or fragment), so a graph file
 * only ever reads files beside it (in the page: on the same host).
 */
export function isEvidencePath(path: unknown): path is string {
  if (typeof path !== "string" || /[\\:?#%]/.test(path) || [...path].some((char) => char.charCodeAt(0) < 32)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/** The evidence folder beside a split graph JSON file: "graph.json" → "graph.evidence". */
export function evidenceFolderName(name: string): string {
  return `${name.replace(/\.json$/i, "")}.evidence`;
}

/** The names of the files `splitGraphFile` writes into the evidence folder: the indexes and the chunks. */
export const EVIDENCE_FILE_NAME = /^(index|text|sentences-\d+|plain-\d+)\.json$/;

/**
 * Builds the evidence index of a graph file's sentences.
 * @example const index = indexEvidence(file.documents, file.sentences);
 */
export function indexEvidence(documents: readonly DocumentRecord[], sentences: readonly SentenceRecord[]): EvidenceIndexFile {
  const steps = indexEvidenceInSteps(documents, sentences);
  for (let next = steps.next(); ; next = steps.next()) if (next.done) return next.value;
}

/**
 * `indexEvidence` a slice at a time, so that a page can give the turn between slices: yields the sentences
 * done so far each time it has gone through `slice` of their documents (a sentence repeated in many
 * documents costs one lookup for each), returns the index.
 * @example const steps = indexEvidenceInSteps(documents, sentences); let next; while (!(next = steps.next()).done) await yieldToPage();
 */
export function* indexEvidenceInSteps(documents: readonly DocumentRecord[], sentences: readonly SentenceRecord[], slice = 2_000): Generator<number, EvidenceIndexFile> {
  // Entities in order of their first sentence. `chunks` belongs to the split form: splitGraphFile sets it.
  const documentPosition = new Map(documents.map((doc, i) => [doc.id, i]));
  const documentSentences = documents.map(() => 0);
  const ids: string[] = [];
  const sentenceDocuments: (number | number[])[] = [];
  const nodes = new Map<string, number[]>();
  let work = 0;
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!;
    work += sentence.documents.length;
    if (work > slice && i > 0) {
      work = sentence.documents.length;
      yield i;
    }
    const positions = sentence.documents.map((doc) => {
      const position = documentPosition.get(doc);
      if (position === undefined) throw new Error(`entity-graph/export: sentence "${sentence.id}" names document "${doc}", which the graph file does not list`);
      return position;
    });
    for (const position of positions) documentSentences[position]!++;
    if (sentence.mentions.length === 0) continue;
    const n = ids.length;
    ids.push(sentence.id);
    sentenceDocuments.push(positions.length === 1 ? positions[0]! : positions);
    for (const { entity } of sentence.mentions) {
      const list = nodes.get(entity);
      if (list) list.push(n);
      else nodes.set(entity, [n]);
    }
  }
  return { format: "entity-graph-evidence", version: 1, sentences: ids, documents: sentenceDocuments, nodes: [...nodes], chunks: [], documentSentences };
}

/**
 * Splits a graph file into its split form. Reading the entries back with `readSplitGraphFile` gives the
 * same graph file.
 * @example
 *   for (const [path, content] of Object.entries(splitGraphFile(file, { name: "graph.json" }))) write(path, content);
 */
export function splitGraphFile(file: GraphFile, options: SplitOptions = {}): Record<string, string> {
  const name = options.name ?? "graph.json";
  const folder = options.folder ?? evidenceFolderName(name);
  if (name.includes("/") || !isEvidencePath(folder)) {
    throw new Error(`entity-graph/export: "${name}" cannot name a split graph file: use a file name without / \\ : ? # % or control characters`);
  }
  const chunkBytes = Math.max(1, options.chunkBytes ?? CHUNK_BYTES);
  const entries: Record<string, string> = {};

  // Each chunk's sentence positions, the node stream's then the plain ones, for the text index.
  const chunkPositions: number[][] = [];
  const writeChunks = (positions: number[], prefix: string): { paths: string[]; starts: number[] } => {
    const paths: string[] = [];
    const starts: number[] = [];
    let chunk: number[] = [];
    let bytes = 0;
    const flush = () => {
      if (chunk.length === 0) return;
      const path = `${folder}/${prefix}-${String(paths.length).padStart(4, "0")}.json`;
      const content: SentenceChunkFile = {
        format: "entity-graph-sentences",
        version: 1,
        positions: chunk,
        sentences: chunk.map((position) => file.sentences[position]!),
      };
      entries[path] = JSON.stringify(content);
      chunkPositions.push(chunk);
      paths.push(path);
      chunk = [];
      bytes = 0;
    };
    positions.forEach((position, n) => {
      if (chunk.length === 0) starts.push(n);
      chunk.push(position);
      // An estimate of the record's JSON size: its text and about 40 bytes per mention and document.
      const sentence = file.sentences[position]!;
      bytes += sentence.text.length + 40 * (sentence.mentions.length + sentence.documents.length) + 40;
      if (bytes >= chunkBytes) flush();
    });
    flush();
    return { paths, starts };
  };

  // The node stream: each entity's sentences (file positions), each once, entity after entity.
  const index = indexEvidence(file.documents, file.sentences);
  // Sentences with mentions by rank (the index's order); those without go to the plain chunks.
  const positionOfRank: number[] = [];
  const plain: number[] = [];
  file.sentences.forEach((sentence, position) => (sentence.mentions.length > 0 ? positionOfRank : plain).push(position));
  const stream: number[] = [];
  for (const [, ranks] of index.nodes) {
    for (const rank of readingOrder(ranks, index.documents)) stream.push(positionOfRank[rank]!);
  }

  const chunks = writeChunks(stream, "sentences");
  const rest = writeChunks(plain, "plain");
  index.chunks = chunks.starts;
  const indexPath = `${folder}/index.json`;
  entries[indexPath] = JSON.stringify(index);
  const textPath = `${folder}/text.json`;
  entries[textPath] = JSON.stringify(indexText(chunkPositions, file.sentences, file.documents.map((doc) => doc.id)));

  const head: SplitGraphFile = {
    format: file.format,
    version: file.version,
    documents: file.documents,
    evidence: { sentences: file.sentences.length, index: indexPath, chunks: chunks.paths, plain: rest.paths, text: textPath },
    skipped: file.skipped,
    graph: file.graph,
    ...(file.corrections ? { corrections: file.corrections } : {}),
  };
  return { [name]: JSON.stringify(head), ...entries };
}
