// Predicted and gold entity spans → precision, recall and F1 per class, strict: same start, end and class.
import type { GoldSpan } from "./gold-document.ts";

/** True positives, false positives and false negatives of one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Adds one document's strict matches to `counts`, keyed by class. */
export function countMatches(predicted: readonly GoldSpan[], gold: readonly GoldSpan[], counts: Map<string, Counts>): void {
  const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
  const goldKeys = new Set(gold.map(key));
  const predictedKeys = new Set(predicted.map(key));
  const at = (type: string) => {
    let c = counts.get(type);
    if (!c) {
      c = { tp: 0, fp: 0, fn: 0 };
      counts.set(type, c);
    }
    return c;
  };
  for (const s of predicted) {
    if (goldKeys.has(key(s))) at(s.type).tp++;
    else at(s.type).fp++;
  }
  for (const s of gold) if (!predictedKeys.has(key(s))) at(s.type).fn++;
}

/** Precision, recall and F1 of counts, as fractions. */
export function prf({ tp, fp, fn }: Counts): { p: number; r: number; f: number } {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** The sum of several classes' counts. */
export function sumCounts(counts: Iterable<Counts>): Counts {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const c of counts) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.fn += c.fn;
  }
  return sum;
}
