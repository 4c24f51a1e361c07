// `npm run eval [-- --data FILE] [--errors N]`: strict entity-level precision, recall and F1 per type on
// Universal NER English PUD, for plain compromise and for our pipeline, printed as a Markdown table.
// Side effect: reads the data file.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import nlp from "compromise";
import type { DocumentExtraction } from "../extract/extract-document.ts";
import { fold } from "../extract/fold.ts";
import { DEMONYMS } from "../extract/gazetteer.ts";
import type { EntityType } from "../extract/types.ts";

type GoldType = "PER" | "LOC" | "ORG";
const GOLD_TYPES: readonly GoldType[] = ["PER", "LOC", "ORG"];
const TYPE_NAMES: Record<GoldType, string> = { PER: "person", LOC: "location", ORG: "organization" };
const GOLD_OF: Record<EntityType, GoldType> = { person: "PER", country: "LOC", place: "LOC", organization: "ORG" };

interface GoldSentence {
  id: string;
  doc: string;
  text: string;
  ents: { type: string; start: number; end: number; text: string }[];
}

/** An entity span in a document: "start:end:TYPE". */
type Span = string;

interface EvalDocument {
  text: string;
  gold: Set<Span>;
}

function loadDocuments(path: string): EvalDocument[] {
  const byDoc = new Map<string, GoldSentence[]>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const sentence = JSON.parse(line) as GoldSentence;
    byDoc.set(sentence.doc, [...(byDoc.get(sentence.doc) ?? []), sentence]);
  }
  // Sentences of one source document are joined, one per line, so per-document name resolution works
  // as it does on a user's articles.
  return [...byDoc.values()].map((sentences) => {
    let text = "";
    const gold = new Set<Span>();
    for (const s of sentences) {
      const base = text.length;
      text += `${s.text}\n`;
      for (const e of s.ents) {
        if ((GOLD_TYPES as readonly string[]).includes(e.type)) gold.add(`${base + e.start}:${base + e.end}:${e.type}`);
      }
    }
    return { text, gold };
  });
}

function predictOurs(extract: (text: string) => DocumentExtraction, text: string): Set<Span> {
  const spans = new Set<Span>();
  for (const s of extract(text).sentences) {
    for (const m of s.mentions) {
      // Demonyms count for their country in the graph, but they are not location spans in UNER.
      if (m.type === "country" && DEMONYMS.has(fold(m.alias))) continue;
      spans.add(`${s.start + m.start}:${s.start + m.end}:${GOLD_OF[m.type]}`);
    }
  }
  return spans;
}

interface CompromiseMatch {
  offset: { start: number; length: number };
}

function predictCompromise(text: string): Set<Span> {
  const doc = nlp(text);
  const spans = new Set<Span>();
  const add = (matches: CompromiseMatch[], type: GoldType) => {
    for (const m of matches) spans.add(`${m.offset.start}:${m.offset.start + m.offset.length}:${type}`);
  };
  add(doc.people().json({ offset: true }) as CompromiseMatch[], "PER");
  add(doc.places().json({ offset: true }) as CompromiseMatch[], "LOC");
  add(doc.organizations().json({ offset: true }) as CompromiseMatch[], "ORG");
  return spans;
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function score(documents: EvalDocument[], predict: (text: string) => Set<Span>, errors?: string[]): Record<GoldType, Counts> {
  const counts = Object.fromEntries(GOLD_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<GoldType, Counts>;
  for (const doc of documents) {
    const predicted = predict(doc.text);
    const show = (span: Span, what: string) => {
      const [start, end, type] = span.split(":");
      errors?.push(`${what} ${type} "${doc.text.slice(Number(start), Number(end))}"`);
    };
    for (const span of predicted) {
      const type = span.split(":")[2] as GoldType;
      if (doc.gold.has(span)) counts[type].tp++;
      else {
        counts[type].fp++;
        show(span, "FP");
      }
    }
    for (const span of doc.gold) {
      if (!predicted.has(span)) {
        counts[span.split(":")[2] as GoldType].fn++;
        show(span, "FN");
      }
    }
  }
  return counts;
}

function prf({ tp, fp, fn }: Counts): [number, number, number] {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  return [p, r, p + r === 0 ? 0 : (2 * p * r) / (p + r)];
}

const pct = (x: number) => (100 * x).toFixed(1);

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: "string", default: new URL("../../../shared/data/ner/uner-en-pud/sentences.jsonl", import.meta.url).pathname },
      errors: { type: "string", default: "0" },
    },
  });
  const documents = loadDocuments(values.data);
  const sentences = documents.reduce((n, d) => n + d.text.split("\n").length - 1, 0);
  const errors: string[] = [];
  // Plain compromise first: loading our pipeline adds the gazetteer to compromise's global lexicon.
  const base = score(documents, predictCompromise);
  const { extractDocument } = await import("../extract/extract-document.ts");
  const ours = score(documents, (text) => predictOurs(extractDocument, text), errors);

  console.log(`UNER English PUD: ${sentences} sentences in ${documents.length} documents, strict entity-level match\n`);
  console.log("| type | compromise P | R | F1 | entity-graph P | R | F1 | F1 gain |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  const total = (c: Record<GoldType, Counts>): Counts =>
    GOLD_TYPES.reduce((sum, t) => ({ tp: sum.tp + c[t].tp, fp: sum.fp + c[t].fp, fn: sum.fn + c[t].fn }), { tp: 0, fp: 0, fn: 0 });
  const rows: [string, Counts, Counts][] = [
    ...GOLD_TYPES.map((t): [string, Counts, Counts] => [TYPE_NAMES[t], base[t], ours[t]]),
    ["all", total(base), total(ours)],
  ];
  for (const [name, b, o] of rows) {
    const [bp, br, bf] = prf(b);
    const [op, or, of] = prf(o);
    console.log(`| ${name} | ${pct(bp)} | ${pct(br)} | ${pct(bf)} | ${pct(op)} | ${pct(or)} | ${pct(of)} | ${of >= bf ? "+" : ""}${pct(of - bf)} |`);
  }
  const n = Number(values.errors);
  if (n > 0) {
    console.log(`\nFirst ${n} errors of entity-graph:`);
    for (const line of errors.slice(0, n)) console.log(`  ${line}`);
  }
}

await main();
