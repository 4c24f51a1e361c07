// Reads the annotated training corpora of CORPUS_SOURCES from a ner-train folder (../shared/data/ner-train).
// Side effect: reads files; a missing folder or file is an error that names it.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_SOURCES } from "../train/corpora.ts";
import type { GoldCorpus } from "../train/gold-document.ts";
import { normalizeSpan } from "../train/normalize-span.ts";
import { readConll } from "../train/read-conll.ts";

/** The ner-train folder of ../shared, beside the project. */
export const DEFAULT_NER_TRAIN = new URL("../../../shared/data/ner-train", import.meta.url).pathname;

/**
 * Reads every training corpus under `folder`, in CORPUS_SOURCES order.
 * @example readTrainingCorpora("../shared/data/ner-train").map((c) => c.name) // ["uner-en-ewt", "wikigold", ...]
 */
export function readTrainingCorpora(folder = DEFAULT_NER_TRAIN): GoldCorpus[] {
  if (!existsSync(folder)) throw new Error(`training data not found: ${folder} (the ner-train folder of ../shared/data)`);
  return CORPUS_SOURCES.map((source) => ({
    name: source.name,
    documents: source.files.flatMap((file, i) => {
      const path = join(folder, file);
      if (!existsSync(path)) throw new Error(`training data not found: ${path}`);
      return readConll(readFileSync(path, "utf8"), source.format, `${source.name}/${i + 1}`).map((doc) => ({
        ...doc,
        spans: doc.spans.flatMap((span) => normalizeSpan(doc.text, span) ?? []),
      }));
    }),
  }));
}
