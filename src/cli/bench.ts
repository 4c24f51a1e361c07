// `npm run bench`: prints speed figures. Extraction: words per second of the whole pipeline next to plain
// compromise tagging the same text in the same run. Side effect: reads the benchmark corpora.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import nlp from "compromise";
import { extractDocument } from "../extract/extract-document.ts";
import { readDocument } from "../extract/read-document.ts";

const SHARED = new URL("../../../shared/", import.meta.url).pathname;

/** Every readable document under a folder, as text. */
export function loadTexts(folder: string, limit = Infinity): string[] {
  const texts: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (texts.length >= limit) return;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const read = readDocument(name, readFileSync(path));
        if (read.ok) texts.push(read.document.text);
      }
    }
  };
  walk(folder);
  return texts;
}

function countWords(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.split(/\s+/).filter(Boolean).length;
  return n;
}

/** Seconds to run `work` over every text, best of `rounds`. */
function time(texts: readonly string[], work: (text: string) => unknown, rounds: number): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    for (const t of texts) work(t);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

/** Words per second of plain compromise and of our pipeline on the same texts. */
export function benchExtraction(texts: readonly string[], rounds = 2) {
  const words = countWords(texts);
  // Warm both up: the first call loads compromise's lexicon and our gazetteer.
  nlp(texts[0] ?? "");
  extractDocument(texts[0] ?? "");
  const plain = time(texts, (t) => nlp(t), rounds);
  const ours = time(texts, (t) => extractDocument(t), rounds);
  return { documents: texts.length, words, plainWps: words / plain, oursWps: words / ours, ratio: plain / ours };
}

function main(): void {
  const corpora: [string, string, number][] = [
    ["sample corpus", new URL("../../corpus", import.meta.url).pathname, Infinity],
    ["wikinews 2019-2020", join(SHARED, "data/news/wikinews-2019-2020"), Infinity],
  ];
  console.log("Extraction speed (one core, best of 2 rounds)\n");
  console.log("| corpus | documents | words | compromise words/s | entity-graph words/s | share of compromise speed |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, folder, limit] of corpora) {
    const r = benchExtraction(loadTexts(folder, limit));
    console.log(
      `| ${name} | ${r.documents} | ${r.words} | ${Math.round(r.plainWps)} | ${Math.round(r.oursWps)} | ${(100 * r.ratio).toFixed(0)}% |`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
