// The split graph file's parts → checked values, and the whole split form → the single graph file. Pure:
// the caller says how a path next to the graph JSON is read (the file system in Node, fetch in the page).
import type { SentenceRecord } from "../extract/types.ts";
import type { GraphFile } from "../graph/types.ts";
import { isEvidencePath, type EvidenceDescriptor, type EvidenceIndexFile, type SentenceChunkFile, type SplitGraphFile } from "./split-graph-file.ts";
import { fail, isRecord } from "./check.ts";

/** Reads the text of a file given by its path relative to the graph JSON. */
export type ReadRelative = (path: string) => Promise<string>;

/** Options: how many files are read at once, and progress (files read of all). */
export interface ReadSplitOptions {
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}

/** True when parsed graph JSON is the split form (it has `evidence` where the single file has `sentences`). */
export function isSplitGraphFile(data: unknown): data is SplitGraphFile {
  return isRecord(data) && data.evidence !== undefined && data.sentences === undefined;
}

/** Checks a split graph file's `evidence`; throws naming the first problem. */
export function checkEvidenceDescriptor(value: unknown): EvidenceDescriptor {
  if (!isRecord(value)) fail('"evidence" is not an object');
  if (!isCount(value.sentences)) fail(`"evidence.sentences" is ${JSON.stringify(value.sentences)}, not a count`);
  const path = (what: string, item: unknown): string => {
    if (!isEvidencePath(item)) fail(`${what} is ${JSON.stringify(item)}, not a relative path inside the graph file's folder`);
    return item;
  };
  const list = (name: "chunks" | "plain"): string[] => {
    const items = value[name];
    if (!Array.isArray(items)) fail(`"evidence.${name}" is not a list`);
    return items.map((item, i) => path(`"evidence.${name}[${i}]"`, item));
  };
  const descriptor: EvidenceDescriptor = { sentences: value.sentences, index: path('"evidence.index"', value.index), chunks: list("chunks"), plain: list("plain") };
  // Optional: split graphs written before the text index have none.
  if (value.text !== undefined) descriptor.text = path('"evidence.text"', value.text);
  return descriptor;
}

/** A split form file's JSON object, once its text parses and says `"format": format` and version 1. */
function parseVersion1(text: string, path: string, format: string, what: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(data) || data.format !== format) fail(`${path} is not ${what} (no "format": "${format}")`);
  if (data.version !== 1) fail(`${path}: version ${JSON.stringify(data.version)} is not supported (expected 1)`);
  return data;
}

/** Parses and checks one chunk file's text. */
export function parseSentenceChunk(text: string, path: string): SentenceChunkFile {
  const data = parseVersion1(text, path, "entity-graph-sentences", "a sentence chunk");
  const { positions, sentences } = data;
  if (!Array.isArray(positions) || !Array.isArray(sentences) || positions.length !== sentences.length) {
    fail(`${path}: "positions" and "sentences" must be lists of the same length`);
  }
  for (const [i, sentence] of (sentences as unknown[]).entries()) {
    if (!isCount(positions[i])) fail(`${path}: position ${JSON.stringify(positions[i])} is not a count`);
    if (!isRecord(sentence) || typeof sentence.id !== "string" || typeof sentence.text !== "string" || !Array.isArray(sentence.documents) || !Array.isArray(sentence.mentions)) {
      fail(`${path}: sentence ${i} has no id, text, documents and mentions`);
    }
  }
  return data as unknown as SentenceChunkFile;
}

/** Parses and checks the evidence index's text against the graph file's descriptor and documents. */
export function parseEvidenceIndex(text: string, path: string, evidence: EvidenceDescriptor, documents: number): EvidenceIndexFile {
  const data = parseVersion1(text, path, "entity-graph-evidence", "an evidence index");
  const { sentences, chunks, nodes } = data;
  if (!Array.isArray(sentences) || !sentences.every((id) => typeof id === "string")) fail(`${path}: "sentences" is not a list of ids`);
  if (!Array.isArray(data.documents) || data.documents.length !== sentences.length) fail(`${path}: "documents" does not have one entry per sentence`);
  const isDocument = (value: unknown) => isCount(value) && value < documents;
  for (const entry of data.documents as unknown[]) {
    if (!(isDocument(entry) || (Array.isArray(entry) && entry.length > 0 && entry.every(isDocument)))) {
      fail(`${path}: document ${JSON.stringify(entry)} is not a position in the graph file's ${documents} documents`);
    }
  }
  if (!Array.isArray(nodes)) fail(`${path}: "nodes" is not a list`);
  // The node stream's length: each entity's sentences, each once.
  let stream = 0;
  for (const entry of nodes as unknown[]) {
    if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== "string" || !Array.isArray(entry[1])) fail(`${path}: an entry of "nodes" is not [key, sentences]`);
    const [key, list] = entry as [string, unknown[]];
    if (!list.every((n, i) => isCount(n) && n < sentences.length && (i === 0 || n >= (list[i - 1] as number)))) {
      fail(`${path}: the sentences of "${key}" are not ascending sentence numbers`);
    }
    list.forEach((n, i) => {
      if (n !== list[i - 1]) stream++;
    });
  }
  if (!Array.isArray(chunks) || chunks.length !== evidence.chunks.length) fail(`${path}: "chunks" does not have one start per chunk of the graph file`);
  for (const [i, start] of (chunks as unknown[]).entries()) {
    if (!isCount(start) || start >= stream || (i === 0 ? start !== 0 : start <= (chunks[i - 1] as number))) {
      fail(`${path}: chunk start ${JSON.stringify(start)} is out of order or out of range`);
    }
  }
  if (!Array.isArray(data.documentSentences) || data.documentSentences.length !== documents || !data.documentSentences.every(isCount)) {
    fail(`${path}: "documentSentences" does not have one count per document`);
  }
  return data as unknown as EvidenceIndexFile;
}

/** Every file the split form points at, relative to the graph JSON: the index, the chunks, the text index. */
export function evidencePaths(evidence: EvidenceDescriptor): string[] {
  return [evidence.index, ...evidence.chunks, ...evidence.plain, ...(evidence.text === undefined ? [] : [evidence.text])];
}

/**
 * Reads the split form back into the single graph file it was made from: every chunk is read and each
 * sentence put back at its position (a sentence naming several entities comes once per entity).
 * @example
 *   const file = await readSplitGraphFile(head, (path) => readFile(join(dirname(graphJson), path), "utf8"));
 */
export async function readSplitGraphFile(head: SplitGraphFile, read: ReadRelative, options: ReadSplitOptions = {}): Promise<GraphFile> {
  const evidence = checkEvidenceDescriptor(head.evidence);
  const sentences = new Array<SentenceRecord | undefined>(evidence.sentences);
  const paths = [...evidence.chunks, ...evidence.plain];
  let next = 0;
  let done = 0;
  options.onProgress?.(0, paths.length);
  const worker = async () => {
    while (next < paths.length) {
      const path = paths[next++]!;
      const chunk = parseSentenceChunk(await read(path), path);
      chunk.positions.forEach((position, i) => {
        if (position >= sentences.length) fail(`${path}: position ${position} is beyond the graph's ${sentences.length} sentences`);
        const sentence = chunk.sentences[i]!;
        const known = sentences[position];
        if (known === undefined) sentences[position] = sentence;
        else if (known.id !== sentence.id) fail(`${path}: position ${position} holds sentence "${sentence.id}" here and "${known.id}" elsewhere`);
      });
      options.onProgress?.(++done, paths.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 8, paths.length)) }, worker));
  for (let position = 0; position < sentences.length; position++) {
    if (sentences[position] === undefined) fail(`no chunk holds sentence position ${position} of ${sentences.length}`);
  }
  return {
    format: "entity-graph",
    version: 1,
    documents: head.documents,
    sentences: sentences as SentenceRecord[],
    skipped: head.skipped,
    graph: head.graph,
    ...(head.corrections ? { corrections: head.corrections } : {}),
  };
}
