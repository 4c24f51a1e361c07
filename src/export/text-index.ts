// The split form's text index: the sentence chunk files → which chunks each folded word of the text is in,
// and a phrase → the chunks that can hold it, so that a full-text search fetches only those. Pure.
// A phrase's words are folded and matched with `\s+` between them (fold-for-match.ts), so in a sentence
// that holds it the first word ends a whitespace-separated token, each middle word is a whole token and
// the last word starts one; a one-word phrase is inside a token. The index lists every token.
import { foldForMatch, phraseWords, WORD_SEPARATOR } from "./fold-for-match.ts";
import { fail, isRecord } from "./check.ts";
import type { SentenceRecord } from "../extract/types.ts";

/** The text index file: every token of the folded text, each with the chunks it is in. */
export interface TextIndexFile {
  format: "entity-graph-text";
  version: 1;
  /** How many chunk files the postings count: the evidence's `chunks`, then its `plain`. */
  chunks: number;
  /** The distinct whitespace-separated tokens of the folded sentences, sorted. */
  tokens: string[];
  /** Per token: the chunks it is in, ascending, encoded (encodePostings). */
  postings: string[];
  /**
   * Per document of the graph file: the chunks its sentences are indexed under, encoded, so that once the
   * index is in, the reader can fetch a whole document.
   */
  documents: string[];
}

// Sixty-four characters that JSON writes as they are: one digit of six bits each.
const DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const VALUE = new Map([...DIGITS].map((digit, i) => [digit, i]));
/** Marks a posting written as a bitset (a digit per six chunks) rather than as gaps. */
const BITSET = "~";

/**
 * Encodes ascending chunk numbers in whichever is shorter: the gaps between them, five bits to a digit
 * (the sixth says another digit follows), or a bitset of all `chunks` after "~".
 * @example encodePostings([0, 3, 40], 100) // "ACkB"
 */
export function encodePostings(list: readonly number[], chunks: number): string {
  let gaps = "";
  let previous = -1;
  for (const chunk of list) {
    let gap = chunk - previous - 1;
    previous = chunk;
    while (gap >= 32) {
      gaps += DIGITS[32 + (gap & 31)];
      gap >>>= 5;
    }
    gaps += DIGITS[gap];
  }
  const bitsetLength = 1 + Math.ceil(chunks / 6);
  if (gaps.length <= bitsetLength) return gaps;
  const bits = new Array<number>(bitsetLength - 1).fill(0);
  for (const chunk of list) bits[Math.floor(chunk / 6)]! |= 1 << chunk % 6;
  return BITSET + bits.map((value) => DIGITS[value]).join("");
}

/** Decodes a posting of `encodePostings`; throws on a digit or a chunk out of range. */
export function decodePostings(text: string, chunks: number): number[] {
  const list: number[] = [];
  const digit = (char: string) => {
    const value = VALUE.get(char);
    if (value === undefined) fail(`text index: "${char}" is not a digit of a posting`);
    return value;
  };
  if (text.startsWith(BITSET)) {
    for (let i = 1; i < text.length; i++) {
      const value = digit(text[i]!);
      for (let bit = 0; bit < 6; bit++) if (value & (1 << bit)) list.push((i - 1) * 6 + bit);
    }
  } else {
    let previous = -1;
    let gap = 0;
    let shift = 0;
    for (const char of text) {
      const value = digit(char);
      gap += (value & 31) * 2 ** shift;
      shift += 5;
      if (value >= 32) continue;
      previous += gap + 1;
      list.push(previous);
      gap = 0;
      shift = 0;
    }
  }
  if (list.length > 0 && list[list.length - 1]! >= chunks) fail(`text index: chunk ${list[list.length - 1]} is beyond the ${chunks} chunks`);
  return list;
}

/** Adds `chunk` to an ascending list, once. */
function post(list: number[] | undefined, chunk: number): number[] {
  if (list === undefined) return [chunk];
  if (list[list.length - 1] !== chunk) list.push(chunk);
  return list;
}

/**
 * Builds the text index of chunk files given as the positions of their sentences (the evidence's `chunks`
 * then its `plain`), for a graph file of these documents (ids, in order). A sentence in several chunks (the
 * node stream has it once per entity) is indexed under the first: a search fetches that one.
 * @example const index = indexText(chunkPositions, file.sentences, file.documents.map((doc) => doc.id));
 */
export function indexText(chunks: readonly (readonly number[])[], sentences: readonly Pick<SentenceRecord, "text" | "documents">[], documentIds: readonly string[]): TextIndexFile {
  const seen = new Set<number>();
  const postings = new Map<string, number[]>();
  const documentPosition = new Map(documentIds.map((id, i) => [id, i]));
  const documents: number[][] = documentIds.map(() => []);
  chunks.forEach((positions, chunk) => {
    for (const position of positions) {
      if (seen.has(position)) continue;
      seen.add(position);
      for (const id of sentences[position]!.documents) {
        const at = documentPosition.get(id);
        if (at !== undefined) post(documents[at], chunk);
      }
      for (const token of foldForMatch(sentences[position]!.text).split(WORD_SEPARATOR)) {
        if (token !== "") postings.set(token, post(postings.get(token), chunk));
      }
    }
  });
  const tokens = [...postings.keys()].sort();
  return {
    format: "entity-graph-text",
    version: 1,
    chunks: chunks.length,
    tokens,
    postings: tokens.map((token) => encodePostings(postings.get(token)!, chunks.length)),
    documents: documents.map((list) => encodePostings(list, chunks.length)),
  };
}

/**
 * The chunks (ascending) that can hold `phrase`: those with, for each of its words, a token that word can
 * be in a match; empty when the phrase is too short to search. A superset of the chunks whose sentences
 * match: the search itself runs on their sentences.
 * @example candidateChunks(index, "nuclear deal") // [3, 17, 240]
 */
export function candidateChunks(index: TextIndexFile, phrase: string): number[] {
  const words = phraseWords(phrase);
  if (words === null) return [];
  const last = words.length - 1;
  const fits = (word: string, i: number) => (token: string) =>
    last === 0 ? token.includes(word) : i === 0 ? token.endsWith(word) : i === last ? token.startsWith(word) : token === word;
  let candidates: Set<number> | null = null;
  // Middle words first: a whole token is the narrowest test.
  const order = words.map((word, i) => ({ word, i })).sort((a, b) => Number(a.i === 0 || a.i === last) - Number(b.i === 0 || b.i === last));
  for (const { word, i } of order) {
    const test = fits(word, i);
    const union = new Set<number>();
    index.tokens.forEach((token, t) => {
      if (!test(token)) return;
      for (const chunk of decodePostings(index.postings[t]!, index.chunks)) if (candidates === null || candidates.has(chunk)) union.add(chunk);
    });
    candidates = union;
    if (candidates.size === 0) break;
  }
  return [...(candidates ?? [])].sort((a, b) => a - b);
}

/** Parses and checks a text index file's text against the numbers of chunk files and documents it should count. */
export function parseTextIndex(text: string, path: string, chunks: number, documents: number): TextIndexFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!isRecord(data) || data.format !== "entity-graph-text") fail(`${path} is not a text index (no "format": "entity-graph-text")`);
  if (data.version !== 1) fail(`${path}: version ${JSON.stringify(data.version)} is not supported (expected 1)`);
  if (data.chunks !== chunks) fail(`${path} counts ${JSON.stringify(data.chunks)} chunk files, not the graph file's ${chunks}`);
  const { tokens, postings } = data;
  const strings = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => typeof item === "string");
  if (!strings(tokens) || !strings(postings) || tokens.length !== postings.length) fail(`${path}: "tokens" and "postings" must be lists of strings of the same length`);
  if (!strings(data.documents) || data.documents.length !== documents) fail(`${path}: "documents" does not have one entry per document of the graph file`);
  return data as unknown as TextIndexFile;
}
