// Sentences with token features and gold labels → an averaged structured perceptron over the labels, trained
// with the same Viterbi decoding the tagger uses. Pure and deterministic: the same sentences in the same
// order give the same weights.
import {
  allowed,
  decodeSentence,
  historyHashes,
  memoryValue,
  remember,
  TAG_CLASSES,
  tokenFeatures,
  transitionFeatures,
  type DocumentMemory,
  type TagClass,
  type AddWeights,
} from "../extract/tagger.ts";
import type { ModelWeights } from "../extract/tagger-file.ts";
import { featureHash, type SentenceFeatures } from "../extract/token-features.ts";

/** One training sentence: the tagger's features and the gold label index of every token. */
export interface TrainingSentence {
  features: SentenceFeatures;
  gold: number[];
  /** The token words as the model will know them: "" for a word whose own feature is not kept. */
  known: string[];
}

/** The model's labels: O, then B- and I- of each class. */
export const LABELS: readonly string[] = ["O", ...TAG_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])];

const SHAPE = {
  classes: LABELS.map((l) => (l === "O" ? null : (l.slice(2) as TagClass))),
  begins: LABELS.map((l) => l.startsWith("B-")),
};
/** The B- label of each label's class (O for O). */
const BEGIN_OF = LABELS.map((l) => (l === "O" ? 0 : LABELS.indexOf(`B-${l.slice(2)}`)));

/** The weights being learnt, with the running sums that make their average. */
export interface Perceptron {
  weights: Map<number, Float64Array>;
  totals: Map<number, Float64Array>;
  stamps: Map<number, Float64Array>;
  /** Number of sentences seen so far, the averaging clock. */
  clock: number;
  /** Readable names of the label-history features that got a weight (they are made while decoding). */
  historyNames: Map<number, string>;
}

/** A perceptron with no weights yet. */
export function createPerceptron(): Perceptron {
  return { weights: new Map(), totals: new Map(), stamps: new Map(), clock: 0, historyNames: new Map() };
}

function row(map: Map<number, Float64Array>, h: number): Float64Array {
  let r = map.get(h);
  if (!r) {
    r = new Float64Array(LABELS.length);
    map.set(h, r);
  }
  return r;
}

/** Changes one weight, first adding its value so far to its running sum (lazy averaging). */
function update(p: Perceptron, h: number, label: number, delta: number): void {
  const w = row(p.weights, h);
  const total = row(p.totals, h);
  const stamp = row(p.stamps, h);
  total[label] = (total[label] as number) + (p.clock - (stamp[label] as number)) * (w[label] as number);
  stamp[label] = p.clock;
  w[label] = (w[label] as number) + delta;
}

function nameHistory(p: Perceptron, s: TrainingSentence, i: number, previous: number): void {
  const label = LABELS[previous] ?? "O";
  const names = [`label-1=${label}`, `label-1|w=${label}|${s.known[i] ?? ""}`, `label-1|shape=${label}|${s.features.shapes[i] ?? ""}`];
  for (const name of names) {
    const cut = name.indexOf("=");
    p.historyNames.set(featureHash(name.slice(0, cut) as "label-1", name.slice(cut + 1)), name);
  }
}

/** The gold labels as the decoder can produce them: an I-X after a comma or a possessive begins the entity. */
function reachableGold(s: TrainingSentence): number[] {
  const gold = [...s.gold];
  gold.forEach((label, i) => {
    if (!allowed(SHAPE, gold[i - 1] ?? 0, label, s.features.breaks[i - 1] ?? true)) gold[i] = BEGIN_OF[label] as number;
  });
  return gold;
}

/**
 * One pass over the documents (each its sentences in order), in the given order: the structured perceptron,
 * decoding each sentence as the tagger does and moving the weights from the labels it chose to the gold
 * ones where they differ. Returns the number of sentences it got wrong.
 * @example for (let e = 1; e <= 5; e++) trainEpoch(perceptron, shuffled(documents, e))
 */
export function trainEpoch(p: Perceptron, documents: readonly (readonly TrainingSentence[])[]): number {
  const history = historyHashes(LABELS);
  const row: AddWeights = (h, scores) => {
    const w = p.weights.get(h);
    if (!w) return;
    for (let l = 0; l < scores.length; l++) scores[l] = (scores[l] as number) + (w[l] as number);
  };
  let wrong = 0;
  for (const sentences of documents) {
    const memory: DocumentMemory = new Map();
    for (const s of sentences) {
      p.clock++;
      const gold = reachableGold(s);
      const guess = decodeSentence(row, LABELS, SHAPE, s.features, s.known, memory);
      if (guess.some((l, i) => l !== gold[i])) {
        wrong++;
        const own: number[][] = [];
        for (let i = 0; i < guess.length; i++) {
          if (!s.features.candidate[i]) continue;
          const [g, y, gPrev, yPrev] = [gold[i] as number, guess[i] as number, gold[i - 1] ?? 0, guess[i - 1] ?? 0];
          if (g === y && gPrev === yPrev) continue;
          own[i] ??= tokenFeatures(s.features, i, memory);
          if (g !== y) for (const h of own[i] ?? []) {
            update(p, h, g, 1);
            update(p, h, y, -1);
          }
          nameHistory(p, s, i, gPrev);
          nameHistory(p, s, i, yPrev);
          for (const h of transitionFeatures(history, s.features, s.known, i, gPrev)) update(p, h, g, 1);
          for (const h of transitionFeatures(history, s.features, s.known, i, yPrev)) update(p, h, y, -1);
        }
        for (let i = 0; i < guess.length; i++) if (s.features.candidate[i]) nameMemory(p, s, i, memory);
      }
      // The document remembers the decisions, right or wrong, as it will when tagging.
      remember(memory, SHAPE, s.features, guess);
    }
  }
  return wrong;
}

function nameMemory(p: Perceptron, s: TrainingSentence, i: number, memory: DocumentMemory): void {
  const value = memoryValue(memory.get(s.features.words[i] ?? "") ?? 0);
  p.historyNames.set(featureHash("seen", value), `seen=${value}`);
}

/**
 * The averaged weights with each feature's readable name, as the model file keeps them; features without a
 * name (none in practice) are left out.
 */
export function averagedWeights(p: Perceptron, featureNames: ReadonlyMap<number, string>, nameList: ReadonlyMap<string, string>): ModelWeights {
  const features: string[] = [];
  const flat = new Float32Array(p.weights.size * LABELS.length);
  let r = 0;
  for (const [h, w] of p.weights) {
    const name = featureNames.get(h) ?? p.historyNames.get(h);
    if (name === undefined) continue;
    const total = p.totals.get(h) as Float64Array;
    const stamp = p.stamps.get(h) as Float64Array;
    for (let l = 0; l < LABELS.length; l++) {
      flat[r * LABELS.length + l] = ((total[l] as number) + (p.clock - (stamp[l] as number)) * (w[l] as number)) / Math.max(1, p.clock);
    }
    features.push(name);
    r++;
  }
  return { labels: LABELS, features, weights: flat.slice(0, r * LABELS.length), nameList };
}
