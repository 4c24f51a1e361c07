// Sentences with token features and gold labels → an averaged perceptron over the labels, trained with the
// same greedy left-to-right decoding the tagger uses (so it learns from its own previous labels). Pure and
// deterministic: the same sentences in the same order give the same weights.
import { allowed, historyFeatures, historyHashes, memoryValue, remember, TAG_CLASSES, type DocumentMemory, type TagClass } from "../extract/tagger.ts";
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
  /** Number of decisions seen so far, the averaging clock. */
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

function predict(weights: ReadonlyMap<number, Float64Array>, hashes: readonly number[], prev: number, afterBreak: boolean, scores: Float64Array): number {
  scores.fill(0);
  for (const h of hashes) {
    const w = weights.get(h);
    if (!w) continue;
    for (let l = 0; l < scores.length; l++) scores[l] = (scores[l] as number) + (w[l] as number);
  }
  let best = 0;
  let bestScore = -Infinity;
  for (let l = 0; l < scores.length; l++) {
    if (!allowed(SHAPE, prev, l, afterBreak)) continue;
    if ((scores[l] as number) > bestScore) {
      bestScore = scores[l] as number;
      best = l;
    }
  }
  return best;
}

function nameHistory(p: Perceptron, s: TrainingSentence, i: number, prev: number, prev2: number, memory: DocumentMemory): void {
  const label = LABELS[prev] ?? "O";
  const names = [
    `label-1=${label}`,
    `label-2|label-1=${LABELS[prev2] ?? "O"}|${label}`,
    `label-1|w=${label}|${s.known[i] ?? ""}`,
    `label-1|shape=${label}|${s.features.shapes[i] ?? ""}`,
    `seen=${memoryValue(memory.get(s.features.words[i] ?? "") ?? 0)}`,
  ];
  for (const name of names) {
    const cut = name.indexOf("=");
    p.historyNames.set(featureHash(name.slice(0, cut) as "label-1", name.slice(cut + 1)), name);
  }
}

/**
 * One pass over the documents (each its sentences in order), in the given order; returns the number of
 * wrong decisions.
 * @example for (let e = 1; e <= 5; e++) trainEpoch(perceptron, shuffled(documents, e))
 */
export function trainEpoch(p: Perceptron, documents: readonly (readonly TrainingSentence[])[]): number {
  const scores = new Float64Array(LABELS.length);
  const history = historyHashes(LABELS);
  let wrong = 0;
  for (const sentences of documents) {
    const memory: DocumentMemory = new Map();
    for (const s of sentences) {
      let prev = 0;
      let prev2 = 0;
      s.features.features.forEach((hashes, i) => {
        let guess = 0;
        const afterBreak = s.features.breaks[i - 1] ?? true;
        let gold = s.gold[i] as number;
        // After its own wrong guess the gold I-X may be out of reach; what is right from there is to begin
        // the entity (B-X). Updating towards a label it cannot choose would only inflate that label's weights.
        if (!allowed(SHAPE, prev, gold, afterBreak)) gold = BEGIN_OF[gold] as number;
        if (s.features.candidate[i]) {
          p.clock++;
          const all = [...hashes, ...historyFeatures(history, LABELS.length, s.features, s.known, i, prev, prev2, memory)];
          guess = predict(p.weights, all, prev, afterBreak, scores);
          if (guess !== gold) {
            wrong++;
            nameHistory(p, s, i, prev, prev2, memory);
            for (const h of all) {
              update(p, h, gold, 1);
              update(p, h, guess, -1);
            }
          }
          // The document remembers the decisions, right or wrong, as it will when tagging.
          remember(memory, SHAPE, s.features, i, guess);
        }
        prev2 = prev;
        // Learn from its own decisions, as it will tag: the label history is the guess, not the gold.
        prev = guess;
      });
    }
  }
  return wrong;
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
