// `npm run train [-- --epochs N] [--runs N] [--features N] [--out FILE] [--data FOLDER] [--dry-run]`: trains the entity
// tagger on the corpora of ../shared/data/ner-train (a fifth of each held out as its development set) and
// writes the model file (default src/extract/data/tagger-model.json). Deterministic: the same data gives
// the same file. Side effects: reads the corpora, writes the model file, prints development scores.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createTagger, labelSpans, tagSentence, type DocumentMemory, type Tagger } from "../extract/tagger.ts";
import { encodeModel, type ModelWeights } from "../extract/tagger-file.ts";
import { featureHash } from "../extract/token-features.ts";
import type { GoldSpan } from "../train/gold-document.ts";
import { prepareDocument, type PreparedDocument } from "../train/prepare-document.ts";
import { countMatches, prf, sumCounts, type Counts } from "../train/score-spans.ts";
import { trainingNameList } from "../train/name-list.ts";
import { shuffled } from "../train/shuffled.ts";
import { splitCorpus } from "../train/split-corpus.ts";
import { averagedWeights, createPerceptron, trainEpoch, type TrainingSentence } from "../train/train-tagger.ts";
import { DEFAULT_NER_TRAIN, readTrainingCorpora } from "./read-training-corpora.ts";

const MODEL_FILE = new URL("../extract/data/tagger-model.json", import.meta.url).pathname;
/** The development sets closest to news, whose sum `npm run train` reports as one figure. */
const NEWS_LIKE = ["uner-en-ewt", "wikigold", "crossner", "re3d"];
/** A feature seen less often than this in training is a remembered word, not something that carries to new text. */
const MIN_COUNT = 3;
/** The training documents are cut in this many parts for the name list feature (jackknifing). */
const NAME_LIST_FOLDS = 5;
/** The smallest weight the model file keeps, as a fraction of the largest. */
const UNIT = 1 / 2000;

/** The spans the tagger finds in a prepared document. */
export function predictSpans(tagger: Tagger, doc: PreparedDocument): GoldSpan[] {
  const memory: DocumentMemory = new Map();
  return doc.sentences.flatMap((sentence, i) => {
    const features = doc.features[i];
    return features ? labelSpans(tagger, sentence.tokens, tagSentence(tagger, features, memory)) : [];
  });
}

function scoreLine(name: string, tagger: Tagger, docs: readonly PreparedDocument[]): string {
  const counts = new Map<string, Counts>();
  for (const doc of docs) countMatches(predictSpans(tagger, doc), doc.gold.spans, counts);
  const of = (type: string) => counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
  const cell = (type: string) => `${type} ${(100 * prf(of(type)).f).toFixed(1)}`;
  const all = prf(sumCounts(["PER", "LOC", "ORG"].map(of))).f;
  return `  ${name.padEnd(16)} ${["PER", "LOC", "ORG", "MISC"].map(cell).join("  ")}  PER+LOC+ORG ${(100 * all).toFixed(1)}`;
}

function report(title: string, tagger: Tagger, dev: ReadonlyMap<string, PreparedDocument[]>): void {
  console.log(title);
  for (const [name, docs] of dev) console.log(scoreLine(name, tagger, docs));
  console.log(scoreLine("news-like", tagger, NEWS_LIKE.flatMap((n) => dev.get(n) ?? [])));
}

/** Keeps, in every sentence, only the features `keep` accepts; a word without its own feature pairs as "". */
function restrict(documents: readonly TrainingSentence[][], keep: (h: number) => boolean): void {
  for (const s of documents.flat()) {
    s.features.features = s.features.features.map((hashes) => hashes.filter(keep));
    s.known = s.features.words.map((w) => (keep(featureHash("w", w)) ? w : ""));
  }
}

/** Trains one perceptron, visiting the documents in an order of its own (`run`). */
function trainRun(documents: readonly TrainingSentence[][], epochs: number, names: ReadonlyMap<number, string>, nameList: ReadonlyMap<string, string>, run: number, onEpoch?: (epoch: number, wrong: number) => void): ModelWeights {
  const perceptron = createPerceptron();
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const wrong = trainEpoch(perceptron, shuffled(documents, run * 1000 + epoch));
    onEpoch?.(epoch, wrong);
  }
  return averagedWeights(perceptron, names, nameList);
}

/**
 * Trains `runs` perceptrons, each on its own order of the documents, and averages their weights: one model
 * whose decisions depend less on the order a single run happened to see the data in.
 */
function train(documents: readonly TrainingSentence[][], epochs: number, runs: number, names: ReadonlyMap<number, string>, nameList: ReadonlyMap<string, string>, onEpoch?: (run: number, epoch: number, wrong: number) => void): ModelWeights {
  const models = Array.from({ length: runs }, (_, run) => trainRun(documents, epochs, names, nameList, run, (epoch, wrong) => onEpoch?.(run, epoch, wrong)));
  const size = models[0]?.labels.length ?? 0;
  const sum = new Map<string, Float64Array>();
  for (const model of models) {
    model.features.forEach((name, i) => {
      const row = sum.get(name) ?? new Float64Array(size);
      for (let l = 0; l < size; l++) row[l] = (row[l] as number) + (model.weights[i * size + l] as number) / runs;
      sum.set(name, row);
    });
  }
  const features = [...sum.keys()].sort();
  const weights = new Float32Array(features.length * size);
  features.forEach((name, i) => weights.set(sum.get(name) as Float64Array, i * size));
  return { labels: models[0]?.labels ?? [], features, weights, nameList };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      epochs: { type: "string", default: "8" },
      // Five averaged runs: every development part but btc scored higher than with three (2 December 2026).
      runs: { type: "string", default: "5" },
      unit: { type: "string", default: String(UNIT) },
      features: { type: "string", default: "6000" },
      out: { type: "string", default: MODEL_FILE },
      data: { type: "string", default: DEFAULT_NER_TRAIN },
      "dry-run": { type: "boolean", default: false },
    },
  });
  const started = performance.now();
  const seconds = () => `${((performance.now() - started) / 1000).toFixed(0)} s`;
  const corpora = readTrainingCorpora(values.data);
  const names = new Map<number, string>();
  const trainDocs: PreparedDocument[] = [];
  const dev = new Map<string, PreparedDocument[]>();
  // The name list is a feature: in training, each document sees the list of the other four fifths of the
  // training documents, so the model learns how far a listed name can be trusted on text it has not seen.
  const trainParts = corpora.map((c) => splitCorpus(c.documents).train);
  const foldOf = (i: number) => i % NAME_LIST_FOLDS;
  const allTrain = trainParts.flat();
  const foldLists = Array.from({ length: NAME_LIST_FOLDS }, (_, f) => trainingNameList(allTrain.filter((_, i) => foldOf(i) !== f)));
  const nameList = trainingNameList(allTrain);
  let index = 0;
  corpora.forEach((corpus, c) => {
    const { dev: d } = splitCorpus(corpus.documents);
    for (const doc of trainParts[c] ?? []) trainDocs.push(prepareDocument(doc, names, foldLists[foldOf(index++)] ?? null));
    dev.set(corpus.name, d.map((doc) => prepareDocument(doc, null, nameList)));
    console.log(`${corpus.name}: ${trainParts[c]?.length ?? 0} training and ${d.length} development documents`);
  });
  console.log(`name list: ${nameList.size} organisations and places from the training documents`);
  const unreachable = trainDocs.reduce((n, d) => n + d.unreachable, 0);
  const entities = trainDocs.reduce((n, d) => n + d.gold.spans.length, 0);
  console.log(`${entities} training entities, ${unreachable} of them without a capital letter (never tagged); prepared in ${seconds()}`);

  const sentences = trainDocs.map((d) => d.training);
  const counts = new Map<number, number>();
  for (const s of sentences.flat()) for (const hashes of s.features.features) for (const h of hashes) counts.set(h, (counts.get(h) ?? 0) + 1);
  restrict(sentences, (h) => (counts.get(h) ?? 0) >= MIN_COUNT);
  const epochs = Number(values.epochs);
  const runs = Number(values.runs);
  const full = train(sentences, epochs, runs, names, nameList, (run, epoch, wrong) => console.log(`run ${run + 1}, epoch ${epoch}: ${wrong} sentences wrong, ${seconds()}`));
  report(`all ${full.features.length} features seen ${MIN_COUNT} times or more:`, createTagger(full), dev);

  // The model ships in the page's worker: keep the features that weigh most, and learn again with those
  // alone, so the weight of the dropped ones moves onto them.
  const size = full.labels.length;
  const history = (name: string) => name.startsWith("label-");
  const ranked = full.features
    .map((name, i) => ({ name, weight: Math.max(...Array.from(full.weights.subarray(i * size, (i + 1) * size), Math.abs)) }))
    .filter((f) => !history(f.name))
    .sort((a, b) => b.weight - a.weight || (a.name < b.name ? -1 : 1));
  const kept = new Set(ranked.slice(0, Number(values.features)).map((f) => featureHash(f.name.slice(0, f.name.indexOf("=")) as "w", f.name.slice(f.name.indexOf("=") + 1))));
  restrict(sentences, (h) => kept.has(h));
  const small = train(sentences, epochs, runs, names, nameList);
  report(`the ${kept.size} features that weigh most, learnt again (before the model file's rounding):`, createTagger(small), dev);
  let largest = 0;
  for (const w of small.weights) largest = Math.max(largest, Math.abs(w));
  const file = encodeModel(small, largest * Number(values.unit), corpora.map((c) => c.name));
  report(`the model file (${kept.size} features and ${small.features.length - kept.size} of label history), after ${seconds()}:`, createTagger(file), dev);
  console.log(`model file: ${JSON.stringify(file).length} characters`);
  if (!values["dry-run"]) {
    writeFileSync(values.out, `${JSON.stringify(file)}\n`);
    console.log(`wrote ${values.out}`);
  }
}

main();
