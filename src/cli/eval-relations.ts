// `npm run eval`'s relation figures: re3d's gold relations (../shared/data/re3d/*/relations.json) against the
// relations our pipeline finds in the same documents. Side effect: reads the files, prints a table.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DocumentExtraction } from "../extract/extract-document.ts";
import { emptyRelationCounts, RE3D_RELATION_CLASSES, scoreRelations, type GoldRelation } from "../train/score-relations.ts";
import { DEFAULT_RE3D } from "./read-training-corpora.ts";

interface Re3dLine {
  _id?: string;
  documentId: string;
  text?: string;
  begin: number;
  end: number;
}

function lines<T>(path: string): T[] {
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as T);
}

/**
 * Prints the share of re3d's gold relations (whose two entities we link in one sentence) that our label
 * holds the trigger word of, and that our class gets right; `errors` lists the first misses of the class.
 * @example printRelationScores(extractDocument, 20)
 */
export function printRelationScores(extract: (text: string) => DocumentExtraction, errors = 0, folder = DEFAULT_RE3D): void {
  if (!existsSync(folder)) {
    console.log(`\nRelations: re3d not found at ${folder}, not scored.`);
    return;
  }
  const counts = emptyRelationCounts();
  const misses: string[] = [];
  for (const source of readdirSync(folder).filter((d) => existsSync(join(folder, d, "relations.json"))).sort()) {
    const documents = lines<Re3dLine & { _id: string; text: string }>(join(folder, source, "documents.json"));
    const relations = lines<GoldRelation & { documentId: string }>(join(folder, source, "relations.json"));
    const entities = lines<Re3dLine>(join(folder, source, "entities.json"));
    for (const doc of documents) {
      const gold = relations.filter((r) => r.documentId === doc._id);
      if (gold.length === 0) continue;
      const spans = entities.filter((e) => e.documentId === doc._id).map((e) => ({ start: e.begin, end: e.end }));
      scoreRelations(doc.text, extract(doc.text), gold, spans, counts, misses);
    }
  }
  const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);
  const types = Object.entries(RE3D_RELATION_CLASSES).map(([t, c]) => `${t} → ${c}`).join(", ");
  console.log(`\nRelations on re3d (${types}; its other types are not scored):\n`);
  console.log("| measure | count | share |");
  console.log("| --- | ---: | ---: |");
  console.log(`| gold relations of a scored type | ${counts.gold} | |`);
  console.log(`| whose two entities we link in one sentence | ${counts.linked} | ${pct(counts.linked, counts.gold)} of gold |`);
  console.log(`| of those, given a label by us | ${counts.labelled} | ${pct(counts.labelled, counts.linked)} |`);
  console.log(`| label holds the gold trigger word (of the ${counts.withTrigger} with one) | ${counts.triggerHits} | ${pct(counts.triggerHits, counts.withTrigger)} |`);
  console.log(`| class equals the gold type | ${counts.classHits} | ${pct(counts.classHits, counts.linked)} |`);
  if (errors > 0) {
    console.log(`\nFirst ${errors} relations whose class we miss:`);
    for (const line of misses.slice(0, errors)) console.log(`  ${line}`);
  }
}
