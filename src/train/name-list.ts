// Annotated training documents → the list of the organisations and places they name, each with the class
// most of its annotations give it: a feature of the tagger ("seen in training as an organisation"). Pure.
import { COMMON_WORDS } from "../extract/gazetteer.ts";
import type { TagClass } from "../extract/tagger.ts";
import { nameListKey } from "../extract/token-features.ts";
import type { GoldDocument } from "./gold-document.ts";

/** The classes the list keeps: people's names are many, and compromise knows first names and surnames. */
const LISTED: ReadonlySet<string> = new Set(["ORG", "LOC"]);

/**
 * The names of organisations and places annotated in the documents, folded, to their most frequent class;
 * names that are plain English words ("apple", "church") are left out.
 * @example trainingNameList(documents).get("red cross") // "ORG"
 */
export function trainingNameList(documents: Iterable<GoldDocument>): Map<string, TagClass> {
  const votes = new Map<string, Map<TagClass, number>>();
  for (const doc of documents) {
    for (const span of doc.spans) {
      if (!LISTED.has(span.type)) continue;
      const key = nameListKey(doc.text.slice(span.start, span.end));
      if (!/^\p{L}/u.test(key) || COMMON_WORDS.has(key)) continue;
      const v = votes.get(key) ?? new Map<TagClass, number>();
      v.set(span.type, (v.get(span.type) ?? 0) + 1);
      votes.set(key, v);
    }
  }
  const list = new Map<string, TagClass>();
  for (const [key, v] of [...votes].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const [best] = [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    if (best) list.set(key, best[0]);
  }
  return list;
}
