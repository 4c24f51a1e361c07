// Reads the annotated training corpora: re3d (../shared/data/re3d) and CORPUS_SOURCES from a ner-train
// folder (../shared/data/ner-train).
// Side effect: reads files; a missing folder or file is an error that names it.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_SOURCES } from "../train/corpora.ts";
import type { GoldCorpus } from "../train/gold-document.ts";
import { normalizeSpan } from "../train/normalize-span.ts";
import { readConll } from "../train/read-conll.ts";
import { readRe3d } from "../train/read-re3d.ts";

/** The ner-train folder of ../shared, beside the project. */
export const DEFAULT_NER_TRAIN = new URL("../../../shared/data/ner-train", import.meta.url).pathname;

/** re3d's folder of ../shared. */
export const DEFAULT_RE3D = new URL("../../../shared/data/re3d", import.meta.url).pathname;

/**
 * Reads every training corpus: re3d, then those of CORPUS_SOURCES under `folder`, in their order.
 * @example readTrainingCorpora("../shared/data/ner-train").map((c) => c.name) // ["uner-en-ewt", "wikigold", ...]
 */
export function readTrainingCorpora(folder = DEFAULT_NER_TRAIN, re3d = DEFAULT_RE3D): GoldCorpus[] {
  if (!existsSync(folder)) throw new Error(`training data not found: ${folder} (the ner-train folder of ../shared/data)`);
  if (!existsSync(re3d)) throw new Error(`training data not found: ${re3d} (the re3d folder of ../shared/data)`);
  // re3d's sources, each a folder with documents.json and entities.json.
  const sources = readdirSync(re3d).filter((d) => existsSync(join(re3d, d, "documents.json"))).sort();
  const re3dCorpus: GoldCorpus = {
    name: "re3d",
    documents: sources.flatMap((d) => readRe3d(readFileSync(join(re3d, d, "documents.json"), "utf8"), readFileSync(join(re3d, d, "entities.json"), "utf8"), `re3d/${d}`)),
  };
  return [re3dCorpus, ...CORPUS_SOURCES.map((source) => ({
    name: source.name,
    documents: source.files.flatMap((file, i) => {
      const path = join(folder, file);
      if (!existsSync(path)) throw new Error(`training data not found: ${path}`);
      return readConll(readFileSync(path, "utf8"), source.format, `${source.name}/${i + 1}`).map((doc) => ({
        ...doc,
        spans: doc.spans.flatMap((span) => normalizeSpan(doc.text, span) ?? []),
      }));
    }),
  }))];
}
