// The trained entity tagger: a model file (weights learned by `npm run train`) and token features → a BIO
// label for every token, the best sequence by Viterbi decoding, then the entity spans those labels mark.
// Pure: the model file is data; the same code runs in Node, in worker threads and in the browser.
import { fold } from "./fold.ts";
import { COMMON_WORDS } from "./gazetteer.ts";
import { decodeModel, type ModelWeights, type TaggerModelFile } from "./tagger-file.ts";
import { featureHash, hashString, type SentenceFeatures, type Template } from "./token-features.ts";
import type { Token } from "./split-sentences.ts";
import { PARTICLE_PREFIX } from "./name-words.ts";
import { POSSESSIVE } from "./possessive.ts";

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
export function allowed(tagger: LabelShape, previous: number, label: number, afterBreak: boolean): boolean {
  const cls = tagger.classes[label];
  if (cls === null || tagger.begins[label]) return true;
  return !afterBreak && tagger.classes[previous] === cls;
}

/** The hashes the label-history features start from, per previous label, to go on with the word or shape. */
export interface History {
  one: number[];
  /** Per previous label, the hash of "label-1|w=<label>|" and "label-1|shape=<label>|". */
  word: number[];
  shape: number[];
}

const historyCache = new WeakMap<readonly string[], History>();

/** Hashes of the label-history features for a model's labels. */
export function historyHashes(labels: readonly string[]): History {
  const cached = historyCache.get(labels);
  if (cached) return cached;
  const made: History = {
    one: labels.map((l) => featureHash("label-1", l)),
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
export function memoryHash(mask: number): number {
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
  const parts: string[] = TAG_CLASSES.filter((_, k) => mask & (1 << k));
  if (mask & OUTSIDE_BIT) parts.push("O");
  return parts.join("|");
}

/** Records a sentence's labels in the document's memory (candidate tokens only). */
export function remember(memory: DocumentMemory, shape: LabelShape, sentence: SentenceFeatures, labels: readonly number[]): void {
  labels.forEach((label, i) => {
    if (!sentence.candidate[i]) return;
    const cls = shape.classes[label] ?? null;
    const word = sentence.words[i] ?? "";
    const bit = cls === null ? OUTSIDE_BIT : 1 << TAG_CLASSES.indexOf(cls);
    memory.set(word, (memory.get(word) ?? 0) | bit);
  });
}

/** The classes of a model's labels and which of them begin an entity: all the decoder needs of the labels. */
export type LabelShape = Pick<Tagger, "classes" | "begins">;

/** Adds a feature's weights (one per label) to `scores`; a feature the model has no weights for adds nothing. */
export type AddWeights = (hash: number, scores: Float64Array) => void;

/** The features of token i that do not depend on the label before it: its own, and the document's memory. */
export function tokenFeatures(sentence: SentenceFeatures, i: number, memory: DocumentMemory): number[] {
  return [...(sentence.features[i] ?? []), memoryHash(memory.get(sentence.words[i] ?? "") ?? 0)];
}

/**
 * The features of token i that pair it with the label before it: that label alone, with the word and with
 * the shape.
 * @param words the token words as the model knows them ("" for a word it has no weights for)
 */
export function transitionFeatures(history: History, sentence: SentenceFeatures, words: readonly string[], i: number, previous: number): number[] {
  return [
    history.one[previous] as number,
    hashString(history.word[previous] as number, words[i] ?? ""),
    hashString(history.shape[previous] as number, sentence.shapes[i] ?? ""),
  ];
}

function addRows(add: AddWeights, hashes: readonly number[], scores: Float64Array): void {
  for (const h of hashes) add(h, scores);
}

/**
 * The best label sequence of a sentence (Viterbi over label pairs); tokens that are not candidates are O.
 * The same decoder serves tagging and training.
 */
export function decodeSentence(row: AddWeights, labels: readonly string[], shape: LabelShape, sentence: SentenceFeatures, words: readonly string[], memory: DocumentMemory): number[] {
  const size = labels.length;
  const history = historyHashes(labels);
  const n = sentence.features.length;
  let best = new Float64Array(size).fill(-Infinity);
  best[0] = 0; // before the sentence: outside any entity
  const back: Int8Array[] = [];
  const own = new Float64Array(size);
  const pair = new Float64Array(size);
  for (let i = 0; i < n; i++) {
    const next = new Float64Array(size).fill(-Infinity);
    const from = new Int8Array(size);
    if (!sentence.candidate[i]) {
      // Not a candidate: O, after the best of whatever came before.
      let top = 0;
      for (let p = 1; p < size; p++) if ((best[p] as number) > (best[top] as number)) top = p;
      next[0] = best[top] as number;
      from[0] = top;
    } else {
      own.fill(0);
      addRows(row, tokenFeatures(sentence, i, memory), own);
      const afterBreak = sentence.breaks[i - 1] ?? true;
      for (let p = 0; p < size; p++) {
        if (best[p] === -Infinity) continue;
        pair.fill(0);
        addRows(row, transitionFeatures(history, sentence, words, i, p), pair);
        for (let l = 0; l < size; l++) {
          if (!allowed(shape, p, l, afterBreak)) continue;
          const score = (best[p] as number) + (own[l] as number) + (pair[l] as number);
          if (score > (next[l] as number)) {
            next[l] = score;
            from[l] = p;
          }
        }
      }
    }
    back.push(from);
    best = next;
  }
  const out = new Array<number>(n).fill(0);
  let label = 0;
  for (let l = 1; l < size; l++) if ((best[l] as number) > (best[label] as number)) label = l;
  for (let i = n - 1; i >= 0; i--) {
    out[i] = label;
    label = back[i]?.[label] ?? 0;
  }
  return out;
}

/**
 * Labels every token of a sentence (label indices into `tagger.labels`); tokens that are not candidates are O.
 * Sentences of one document go in order with one memory, which each sentence's labels add to.
 * @example const memory = new Map(); documentFeatures(sentences, rules).map((f) => tagSentence(tagger, f, memory))
 */
export function tagSentence(tagger: Tagger, sentence: SentenceFeatures, memory: DocumentMemory = new Map()): number[] {
  const size = tagger.labels.length;
  // A word the model has no weights for pairs with the label before it as the unknown word "", as in training.
  const words = sentence.words.map((w) => (tagger.rows.has(featureHash("w", w)) ? w : ""));
  const { rows, weights } = tagger;
  const row: AddWeights = (h, scores) => {
    const r = rows.get(h);
    if (r === undefined) return;
    const base = r * size;
    for (let l = 0; l < size; l++) scores[l] = (scores[l] as number) + (weights[base + l] as number);
  };
  const labels = decodeSentence(row, tagger.labels, tagger, sentence, words, memory);
  remember(memory, tagger, sentence, labels);
  return labels;
}

/** An entity the tagger marked: document offsets, class, and the indices of its first and last tokens. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: TagClass;
  first: number;
  last: number;
}

/** Words after a hyphen that make a name an adjective: participles ("based", "led", "owned") and a few more. */
function isAdjectiveTail(word: string): boolean {
  const key = fold(word);
  return COMMON_WORDS.has(key) && (/(?:ed|en|ing)$/.test(key) || ADJECTIVE_TAILS.has(key));
}

const ADJECTIVE_TAILS: ReadonlySet<string> = new Set(["style", "era", "type", "like", "wide", "free", "class", "bound", "run", "made", "born", "held", "led", "backed", "friendly", "centric", "based", "owned", "era", "sized", "only", "first"]);

/**
 * Where a token's name letters are: without a possessive ("Putin’s"), without a lowercase lead ("pro-Assad")
 * or tail ("Kong-based").
 */
export function tokenCore(token: Token): { start: number; end: number } {
  const parts = token.parts;
  let first = 0;
  // "al-Assad" keeps its particle; "pro-Assad" and "anti-Israel" lose the lowercase prefix.
  if (parts.length > 1 && !/^\p{Lu}/u.test(token.text) && !PARTICLE_PREFIX.test(token.text)) {
    const upper = parts.findIndex((p) => /^\p{Lu}/u.test(p.text));
    if (upper > 0) first = upper;
  }
  let last = parts.length - 1;
  // "Hong Kong-based", "Saudi-led", "US-style" end before the English word that makes an adjective of the
  // name; "Moon Jae-in", "Kim Jong-un", "Ban Ki-moon" do not.
  const tail = parts.findIndex((p, k) => k > first && !/^\p{Lu}/u.test(p.text) && isAdjectiveTail(p.text));
  if (tail > first) last = tail - 1;
  const start = parts[first]?.start ?? token.start;
  let end = last === parts.length - 1 ? token.end : (parts[last]?.end ?? token.end);
  const text = last === parts.length - 1 ? token.text : (parts[last]?.text ?? "");
  const possessive = POSSESSIVE.exec(text)?.[0].length ?? 0;
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
