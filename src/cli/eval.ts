// `npm run eval [-- --data FILE] [--train-data FOLDER] [--errors N [--errors-on CORPUS]] [--no-dev]
// [--relation-errors N] [--relations-only]`: strict entity-level precision,
// recall and F1 per type, on Universal NER English PUD (the test set) and on the held-out development part
// of each training corpus, for plain compromise, for our rules alone, and for the whole pipeline (rules and
// the trained tagger). Printed as Markdown tables. Side effect: reads the data files.
import { existsSync, readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import nlp from "compromise";
import type { DocumentExtraction, ExtractedMention } from "../extract/extract-document.ts";
import type { GoldClass, GoldDocument, GoldSpan } from "../train/gold-document.ts";
import { countMatches, prf, sumCounts, type Counts } from "../train/score-spans.ts";
import { splitCorpus } from "../train/split-corpus.ts";
import { DEFAULT_NER_TRAIN, readTrainingCorpora } from "./read-training-corpora.ts";

const SCORED: readonly GoldClass[] = ["PER", "LOC", "ORG"];
const TYPE_NAMES: Record<string, string> = { PER: "person", LOC: "location", ORG: "organization" };
const DEFAULT_TEST = new URL("../../../shared/data/ner/uner-en-pud/sentences.jsonl", import.meta.url).pathname;

interface PudSentence {
  doc: string;
  text: string;
  ents: { type: string; start: number; end: number }[];
}

/** UNER PUD's sentences, those of one source document joined one per line, as a user's article would be. */
function readPud(path: string): GoldDocument[] {
  const byDoc = new Map<string, PudSentence[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const sentence = JSON.parse(line) as PudSentence;
    byDoc.set(sentence.doc, [...(byDoc.get(sentence.doc) ?? []), sentence]);
  }
  return [...byDoc].map(([id, sentences]) => {
    let text = "";
    const spans: GoldSpan[] = [];
    for (const s of sentences) {
      const base = text.length;
      text += `${s.text}\n`;
      for (const e of s.ents) if ((SCORED as readonly string[]).includes(e.type)) spans.push({ start: base + e.start, end: base + e.end, type: e.type as GoldClass });
    }
    return { id, text, spans };
  });
}

/**
 * Our mention as the gold standard's class: countries and places are locations; nationalities are not
 * entities there; a country the tagger read as an organisation ("China said...", "Australia won") is one
 * there, as UNER annotates governments and teams, while the graph keeps it on the country's node.
 */
function goldClassOf(m: ExtractedMention): GoldClass | null {
  if (m.reason.includes("demonym")) return null;
  if (m.type === "person") return "PER";
  if (m.type === "organization") return "ORG";
  if (m.type === "country") return m.tagged === "ORG" ? "ORG" : "LOC";
  if (m.type === "place") return "LOC";
  return null;
}

interface Predicted extends GoldSpan {
  reason: string;
}

function predictOurs(extract: (text: string) => DocumentExtraction, text: string): Predicted[] {
  const out: Predicted[] = [];
  for (const s of extract(text).sentences) {
    for (const m of s.mentions) {
      const type = goldClassOf(m);
      if (type) out.push({ start: s.start + m.start, end: s.start + m.end, type, reason: m.reason });
    }
  }
  return out;
}

interface CompromiseMatch {
  offset: { start: number; length: number };
}

function predictCompromise(text: string): Predicted[] {
  const doc = nlp(text);
  const out: Predicted[] = [];
  const add = (matches: CompromiseMatch[], type: GoldClass) => {
    for (const m of matches) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type, reason: "compromise" });
  };
  add(doc.people().json({ offset: true }) as CompromiseMatch[], "PER");
  add(doc.places().json({ offset: true }) as CompromiseMatch[], "LOC");
  add(doc.organizations().json({ offset: true }) as CompromiseMatch[], "ORG");
  return out;
}

type Predict = (text: string) => Predicted[];

/** Scores one system on documents; errors (when asked) say what was wrong and the reason of a false one. */
function score(documents: readonly GoldDocument[], predict: Predict, errors?: string[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const doc of documents) {
    const predicted = predict(doc.text);
    countMatches(predicted, doc.spans, counts);
    if (!errors) continue;
    const key = (s: GoldSpan) => `${s.start}:${s.end}:${s.type}`;
    const gold = new Set(doc.spans.map(key));
    const ours = new Set(predicted.map(key));
    const show = (s: GoldSpan) => JSON.stringify(doc.text.slice(s.start, s.end));
    for (const p of predicted) {
      if (gold.has(key(p))) continue;
      const near = doc.spans.find((g) => g.start < p.end && g.end > p.start);
      errors.push(`FP ${p.type} ${show(p)} (${p.reason})${near ? ` — gold ${near.type} ${show(near)}` : ""}`);
    }
    for (const g of doc.spans) if (!ours.has(key(g)) && !predicted.some((p) => p.start < g.end && p.end > g.start)) errors.push(`FN ${g.type} ${show(g)}`);
  }
  return counts;
}

const pct = (x: number) => (100 * x).toFixed(1);
const of = (counts: Map<string, Counts>, type: string): Counts => counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };

function main(): Promise<void> | void {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: DEFAULT_TEST },
      "train-data": { type: "string", default: DEFAULT_NER_TRAIN },
      errors: { type: "string", default: "0" },
      // Where the errors are listed: "pud" (the test set), or a training corpus's held-out part, the one to study.
      "errors-on": { type: "string", default: "pud" },
      "no-dev": { type: "boolean", default: false },
      "relation-errors": { type: "string", default: "0" },
      "relations-only": { type: "boolean", default: false },
    },
  });
  if (!existsSync(values.data)) {
    console.error(`eval: test data not found: ${values.data} (UNER English PUD, ../shared/data/ner/uner-en-pud)`);
    process.exit(2);
  }
  if (values["relations-only"]) {
    return Promise.all([import("../extract/extract-document.ts"), import("./eval-relations.ts")]).then(([{ extractDocument }, { printRelationScores }]) => printRelationScores((t) => extractDocument(t), Number(values["relation-errors"])));
  }
  const test = readPud(values.data);
  const dev = values["no-dev"] ? [] : readTrainingCorpora(values["train-data"]).map((c) => ({ name: c.name, documents: splitCorpus(c.documents).dev }));
  // Plain compromise first: loading our pipeline adds the gazetteer to compromise's global lexicon.
  const baseTest = score(test, predictCompromise);
  const baseDev = dev.map((d) => score(d.documents, predictCompromise));
  // The pipeline (and the relation scores, which read its tokens) only after plain compromise has run.
  return Promise.all([import("../extract/extract-document.ts"), import("./eval-relations.ts")]).then(([{ extractDocument }, { printRelationScores }]) => {
    const rules: Predict = (text) => predictOurs((t) => extractDocument(t, { layer: "rules" }), text);
    const ours: Predict = (text) => predictOurs(extractDocument, text);
    const errorsOn = values["errors-on"];
    if (errorsOn !== "pud" && !dev.some((d) => d.name === errorsOn)) throw new Error(`--errors-on: no corpus "${errorsOn}" (pud, ${dev.map((d) => d.name).join(", ")})`);
    const errors: string[] = [];
    const rulesTest = score(test, rules);
    const oursTest = score(test, ours, errorsOn === "pud" ? errors : undefined);

    const sentences = test.reduce((n, d) => n + d.text.split("\n").length - 1, 0);
    console.log(`UNER English PUD (the test set): ${sentences} sentences in ${test.length} documents, strict entity-level match\n`);
    console.log("| type | compromise P | R | F1 | rules alone P | R | F1 | entity-graph P | R | F1 |");
    console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    const row = (name: string, systems: Counts[]) => {
      const cells = systems.flatMap((c) => {
        const { p, r, f } = prf(c);
        return [pct(p), pct(r), pct(f)];
      });
      console.log(`| ${name} | ${cells.join(" | ")} |`);
    };
    for (const t of SCORED) row(TYPE_NAMES[t] as string, [of(baseTest, t), of(rulesTest, t), of(oursTest, t)]);
    row("all", [baseTest, rulesTest, oursTest].map((c) => sumCounts(SCORED.map((t) => of(c, t)))));

    if (dev.length > 0) {
      console.log("\nHeld-out development parts of the training corpora (a fifth of each, never trained on), F1:\n");
      console.log("| corpus | type | compromise | rules alone | entity-graph |");
      console.log("| --- | --- | ---: | ---: | ---: |");
      dev.forEach((d, i) => {
        const systems = [baseDev[i] as Map<string, Counts>, score(d.documents, rules), score(d.documents, ours, d.name === errorsOn ? errors : undefined)];
        for (const t of [...SCORED, "all"]) {
          const cells = systems.map((c) => pct(prf(t === "all" ? sumCounts(SCORED.map((s) => of(c, s))) : of(c, t)).f));
          console.log(`| ${d.name} | ${TYPE_NAMES[t] ?? t} | ${cells.join(" | ")} |`);
        }
      });
    }
    const n = Number(values.errors);
    if (n > 0) {
      const where = errorsOn === "pud" ? "UNER PUD" : `the held-out part of ${errorsOn}`;
      console.log(`\nFirst ${n} errors of entity-graph on ${where} (FP: found but wrong, with the reason that decided it; FN: missed):`);
      for (const line of errors.slice(0, n)) console.log(`  ${line}`);
    }
    printRelationScores((t) => extractDocument(t), Number(values["relation-errors"]));
  });
}

await main();
