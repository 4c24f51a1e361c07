// The tagger's model file: feature names and weights in a compact text form that gzip reads well (the
// model ships in the page's extraction worker). `encodeModel` writes it (training), `decodeModel` reads it.
// Pure.
import { frontDecode, frontEncode } from "./front-coding.ts";

/** The model file `npm run train` writes. */
export interface TaggerModelFile {
  format: "entity-graph-tagger";
  version: 1;
  /** "O", then "B-PER", "I-PER", ... */
  labels: string[];
  /** Feature names (`template=value`), sorted, front-coded (`frontEncode`). */
  features: string;
  /**
   * Per label, one character per feature: its index in WEIGHT_DIGITS minus 31 is a step s; a weight is 0 for
   * s = 0, else sign(s) × unit × base^(|s| − 1). Logarithmic steps keep small weights as precise as big ones.
   */
  weights: string[];
  unit: number;
  base: number;
  /** The corpora it learnt from. */
  trainedOn: string[];
  /** Names of organisations and places annotated in those corpora, per class, folded, sorted, front-coded. */
  names: Record<string, string>;
}

/** A model in memory: each feature's name and its weight per label, and the name list it reads. */
export interface ModelWeights {
  labels: readonly string[];
  features: readonly string[];
  /** features.length × labels.length, feature by feature. */
  weights: Float32Array;
  /** Folded names seen in training, to their class ("red cross" → "ORG"). */
  nameList: ReadonlyMap<string, string>;
}

const WEIGHT_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const STEPS = 31;

/** Reads a model file into names and weights. */
export function decodeModel(file: TaggerModelFile): ModelWeights {
  if (file.format !== "entity-graph-tagger" || file.version !== 1) {
    throw new Error("entity-graph: not a tagger model file (format entity-graph-tagger, version 1)");
  }
  const features = frontDecode(file.features);
  const size = file.labels.length;
  const weights = new Float32Array(features.length * size);
  file.weights.forEach((column, label) => {
    if (column.length !== features.length) throw new Error(`entity-graph: tagger model: label ${label} has ${column.length} weights for ${features.length} features`);
    for (let i = 0; i < column.length; i++) {
      const step = WEIGHT_DIGITS.indexOf(column.charAt(i)) - STEPS;
      if (step !== 0) weights[i * size + label] = Math.sign(step) * file.unit * file.base ** (Math.abs(step) - 1);
    }
  });
  const nameList = new Map<string, string>();
  for (const [cls, names] of Object.entries(file.names)) for (const name of frontDecode(names)) nameList.set(name, cls);
  return { labels: file.labels, features, weights, nameList };
}

/**
 * Writes weights as a model file; weights under `unit` in size are dropped, features left with none too.
 * @param unit the smallest weight kept; the largest maps to the last step
 */
export function encodeModel(model: ModelWeights, unit: number, trainedOn: string[]): TaggerModelFile {
  const size = model.labels.length;
  let largest = unit;
  for (const w of model.weights) largest = Math.max(largest, Math.abs(w));
  const base = Math.max(1.0001, (largest / unit) ** (1 / (STEPS - 1)));
  const step = (w: number) => (Math.abs(w) < unit ? 0 : Math.sign(w) * Math.min(STEPS, 1 + Math.round(Math.log(Math.abs(w) / unit) / Math.log(base))));
  const rows = model.features
    .map((name, i) => ({ name, steps: Array.from({ length: size }, (_, l) => step(model.weights[i * size + l] as number)) }))
    .filter((r) => r.steps.some((s) => s !== 0))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const weights = model.labels.map((_, l) => rows.map((r) => WEIGHT_DIGITS.charAt((r.steps[l] as number) + STEPS)).join(""));
  const names: Record<string, string> = {};
  for (const cls of new Set(model.nameList.values())) {
    names[cls] = frontEncode([...model.nameList].filter(([, c]) => c === cls).map(([name]) => name).sort());
  }
  return { format: "entity-graph-tagger", version: 1, labels: [...model.labels], features: frontEncode(rows.map((r) => r.name)), weights, unit, base, trainedOn, names };
}
