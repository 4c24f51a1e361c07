// The trained entity tagger: a model file (weights learned by `npm run train`) and token features → a BIO
// label for every token, decoded greedily from left to right, then the entity spans those labels mark.
// Pure: the model file is data; the same code runs in Node, in worker threads and in the browser.
import { fold } from "./fold.ts";
import { COMMON_WORDS } from "./gazetteer.ts";
import { decodeModel, type ModelWeights, type TaggerModelFile } from "./tagger-file.ts";
import { featureHash, hashString, type SentenceFeatures, type Template } from "./token-features.ts";
import type { Token } from "./split-sentences.ts";

/** The classes the tagger tells apart; MISC is a name of none of our types (an event, a work, a law). */
export type TagClass = "PER" | "LOC" | "ORG" | "MISC";

/** All tag classes, in the order the model's labels are built from. */
export const TAG_CLASSES: readonly TagClass[] = ["PER", "LOC", "ORG", "MISC"];

/** A loaded model: a row of weights per feature hash. */
export interface Tagger {
  labels: readonly string[];
  /** The class of each label (null for O) and whether it begins an entity. */
  classes: readonly (TagClass | null)[];
  begins: readonly boolean[];
  rows: ReadonlyMap<number, number>;
  weights: Float32Array;
  /** Names seen in training and their class, a feature of the tokens that spell one. */
  nameList: ReadonlyMap<string, string>;
}

/** Builds the tagger of a model file (or of weights in memory, when training). */
export function createTagger(source: TaggerModelFile | ModelWeights): Tagger {
  const model = "format" in source ? decodeModel(source) : source;
  const rows = new Map<number, number>();
  model.features.forEach((name, row) => {
    const cut = name.indexOf("=");
    rows.set(featureHash(name.slice(0, cut) as Template, name.slice(cut + 1)), row);
  });
  return {
    labels: model.labels,
    classes: model.labels.map((l) => (l === "O" ? null : (l.slice(2) as TagClass))),
    begins: model.labels.map((l) => l.startsWith("B-")),
    rows,
    weights: model.weights,
    nameList: model.nameList,
  };
}

/** Label sequences the tagger may not produce: I-X only continues B-X or I-X, and never across a comma. */
export function allowed(tagger: Pick<Tagger, "classes" | "begins">, previous: number, label: number, afterBreak: boolean): boolean {
  const cls = tagger.classes[label];
  if (cls === null || tagger.begins[label]) return true;
  return !afterBreak && tagger.classes[previous] === cls;
}

/** The hashes of the label-history features, and the seeds of those that pair a label with the word. */
export interface History {
  one: number[];
  two: number[];
  /** Per previous label, the hash of "label-1|w=<label>|" and "label-1|shape=<label>|", to go on with the word. */
  word: number[];
  shape: number[];
}

const historyCache = new WeakMap<readonly string[], History>();

/** Hashes of the label-history features, per previous label and per pair of previous labels. */
export function historyHashes(labels: readonly string[]): History {
  const cached = historyCache.get(labels);
  if (cached) return cached;
  const made: History = {
    one: labels.map((l) => featureHash("label-1", l)),
    two: labels.flatMap((l2) => labels.map((l1) => featureHash("label-2|label-1", `${l2}|${l1}`))),
    // FNV goes character by character: hashing "B-LOC|" then "city" is hashing "B-LOC|city".
    word: labels.map((l) => featureHash("label-1|w", `${l}|`)),
    shape: labels.map((l) => featureHash("label-1|shape", `${l}|`)),
  };
  historyCache.set(labels, made);
  return made;
}

/**
 * What the tagger has decided so far in a document about each word, as a bit mask (one bit per class, and
 * the top bit for outside any entity): "Obama" tagged PER in the first sentence is evidence in the tenth.
 */
export type DocumentMemory = Map<string, number>;

const OUTSIDE_BIT = 1 << 4;
const memoryHashes: number[] = [];

/** The hash of the feature that says what the document decided before about this word. */
function memoryHash(mask: number): number {
  let h = memoryHashes[mask];
  if (h === undefined) {
    h = featureHash("seen", memoryValue(mask));
    memoryHashes[mask] = h;
  }
  return h;
}

/** "PER", "PER|ORG", "O", "none"...: the value of the memory feature for a mask. */
export function memoryValue(mask: number): string {
  if (mask === 0) return "none";
  const parts = TAG_CLASSES.filter((_, k) => mask & (1 << k));
  if (mask & OUTSIDE_BIT) parts.push("O" as TagClass);
  return parts.join("|");
}

/** Records the label given to token i in the document's memory. */
export function remember(memory: DocumentMemory, tagger: Pick<Tagger, "classes">, sentence: SentenceFeatures, i: number, label: number): void {
  const cls = tagger.classes[label] ?? null;
  const word = sentence.words[i] ?? "";
  const bit = cls === null ? OUTSIDE_BIT : 1 << TAG_CLASSES.indexOf(cls);
  memory.set(word, (memory.get(word) ?? 0) | bit);
}

/**
 * The label-history features of token i after labels prev2, prev: the labels before it, each paired with the
 * token's word and shape, and what the document decided before about the same word.
 * @param words the token words as the model knows them ("" for a word it has no weights for)
 */
export function historyFeatures(history: History, size: number, sentence: SentenceFeatures, words: readonly string[], i: number, prev: number, prev2: number, memory: DocumentMemory): number[] {
  return [
    history.one[prev] as number,
    history.two[prev2 * size + prev] as number,
    hashString(history.word[prev] as number, words[i] ?? ""),
    hashString(history.shape[prev] as number, sentence.shapes[i] ?? ""),
    memoryHash(memory.get(sentence.words[i] ?? "") ?? 0),
  ];
}

/** Adds the weights of the given features to `scores`. */
function score(tagger: Tagger, hashes: readonly number[], extra: readonly number[], scores: Float32Array): void {
  const size = tagger.labels.length;
  scores.fill(0);
  const addRow = (h: number) => {
    const row = tagger.rows.get(h);
    if (row === undefined) return;
    const base = row * size;
    for (let l = 0; l < size; l++) scores[l] = (scores[l] as number) + (tagger.weights[base + l] as number);
  };
  for (const h of hashes) addRow(h);
  for (const h of extra) addRow(h);
}

/**
 * Labels every token of a sentence (label indices into `tagger.labels`); tokens that are not candidates are O.
 * Sentences of one document go in order with one memory, which each decision adds to.
 * @example const memory = new Map(); documentFeatures(sentences, rules).map((f) => tagSentence(tagger, f, memory))
 */
export function tagSentence(tagger: Tagger, sentence: SentenceFeatures, memory: DocumentMemory = new Map()): number[] {
  const size = tagger.labels.length;
  // A word the model has no weights for pairs with the label before it as the unknown word "", as in training.
  const words = sentence.words.map((w) => (tagger.rows.has(featureHash("w", w)) ? w : ""));
  const history = historyHashes(tagger.labels);
  const scores = new Float32Array(size);
  const out: number[] = [];
  let prev = 0;
  let prev2 = 0;
  sentence.features.forEach((hashes, i) => {
    let best = 0;
    if (sentence.candidate[i]) {
      score(tagger, hashes, historyFeatures(history, size, sentence, words, i, prev, prev2, memory), scores);
      let bestScore = -Infinity;
      const afterBreak = sentence.breaks[i - 1] ?? true;
      for (let l = 0; l < size; l++) {
        if (!allowed(tagger, prev, l, afterBreak)) continue;
        if ((scores[l] as number) > bestScore) {
          bestScore = scores[l] as number;
          best = l;
        }
      }
      remember(memory, tagger, sentence, i, best);
    }
    out.push(best);
    prev2 = prev;
    prev = best;
  });
  return out;
}

/** An entity the tagger marked: document offsets, class, and the indices of its first and last tokens. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: TagClass;
  first: number;
  last: number;
}

/**
 * Where a token's name letters are: without a possessive ("Putin’s"), without a lowercase lead ("pro-Assad")
 * or tail ("Kong-based").
 */
export function tokenCore(token: Token): { start: number; end: number } {
  const parts = token.parts;
  let first = 0;
  // "al-Assad" keeps its particle; "pro-Assad" and "anti-Israel" lose the lowercase prefix.
  if (parts.length > 1 && !/^\p{Lu}/u.test(token.text) && !/^(?:al|el|ad|as|ash|at|az|bin|ibn|abu)-/u.test(token.text)) {
    const upper = parts.findIndex((p) => /^\p{Lu}/u.test(p.text));
    if (upper > 0) first = upper;
  }
  let last = parts.length - 1;
  // "Hong Kong-based", "Saudi-led" end before the English word; "Moon Jae-in", "Kim Jong-un" do not.
  const tail = parts.findIndex((p, k) => k > first && !/^\p{Lu}/u.test(p.text) && COMMON_WORDS.has(fold(p.text)) && !p.tags.has("Preposition"));
  if (tail > first) last = tail - 1;
  const start = parts[first]?.start ?? token.start;
  let end = last === parts.length - 1 ? token.end : (parts[last]?.end ?? token.end);
  const text = last === parts.length - 1 ? token.text : (parts[last]?.text ?? "");
  const possessive = /['’]s$/.test(text) ? 2 : /['’]$/.test(text) ? 1 : 0;
  if (last === parts.length - 1) end -= possessive;
  return { start, end: Math.max(start + 1, end) };
}

/** The entity spans a sentence's labels mark, in document offsets. */
export function labelSpans(tagger: Pick<Tagger, "classes" | "begins">, tokens: readonly Token[], labels: readonly number[]): TaggedSpan[] {
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  labels.forEach((label, i) => {
    const cls = tagger.classes[label] ?? null;
    const core = tokenCore(tokens[i] as Token);
    if (cls === null || tagger.begins[label] || open?.type !== cls) {
      if (open) spans.push(open);
      open = cls === null ? null : { start: core.start, end: core.end, type: cls, first: i, last: i };
      return;
    }
    if (open) {
      open.end = core.end;
      open.last = i;
    }
  });
  if (open) spans.push(open);
  return spans;
}
