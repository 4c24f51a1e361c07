// re3d (Dstl: Syria and Iraq, government and defence texts) → gold documents. re3d marks nominal mentions
// too ("the Coalition military", "mourners") and keeps titles in names ("Minister Tobias Ellwood"); only
// names are kept, in the other corpora's convention. Pure: the caller reads the files.
import { fold } from "../extract/fold.ts";
import { COMMON_WORDS, GAZETTEER } from "../extract/gazetteer.ts";
import { NAME_CONNECTORS, NAME_PARTICLES, TITLE_WORDS } from "../extract/name-words.ts";
import type { GoldClass, GoldDocument, GoldSpan } from "./gold-document.ts";

interface Re3dDocument {
  _id: string;
  text: string;
}

interface Re3dEntity {
  documentId: string;
  begin: number;
  end: number;
  type: string;
}

/** re3d's types that name our classes; its Temporal, Quantity, Weapon... are none. */
const CLASSES: Readonly<Record<string, GoldClass>> = { Person: "PER", Location: "LOC", Organisation: "ORG", Nationality: "MISC" };

/** Pronouns re3d annotates as entities. */
const PRONOUNS: ReadonlySet<string> = new Set(["we", "they", "he", "she", "it", "i", "you", "us", "them", "our", "their", "his", "her"]);

/** A span as a name: leading "the" and titles off, every word capitalised but connectors, not a description; else null. */
function asName(text: string, span: GoldSpan): GoldSpan | null {
  let start = span.start;
  for (;;) {
    const word = /^(\S+)\s+/.exec(text.slice(start, span.end));
    if (!word || !(fold(word[1] as string) === "the" || TITLE_WORDS.has(fold(word[1] as string)))) break;
    start += word[0].length;
  }
  const words = text.slice(start, span.end).split(/\s+/).filter(Boolean);
  const name = words.length > 0 && words.every((w, i) => /^\p{Lu}/u.test(w) || (i > 0 && (NAME_CONNECTORS.has(w) || NAME_PARTICLES.has(w))));
  // "Members of the Security Council": a plural noun of a name is a description; the name is inside it.
  const description = words.length > 2 && words[1] === "of" && /s$/.test(words[0] as string) && COMMON_WORDS.has(fold(words[0] as string));
  // "We", "They": re3d marks pronouns that stand for an organisation; they are no names.
  const pronoun = words.length === 1 && PRONOUNS.has(fold(words[0] as string));
  // "State Department’s Flickr", "Coalition’s Small Group": two names, as the other corpora mark them.
  const possessive = words.slice(0, -1).some((w) => /['’]s$/.test(w));
  if (!name || description || pronoun || possessive) return null;
  // re3d calls a country acting as a government an organisation; the other corpora call it a location.
  const type = span.type === "ORG" && GAZETTEER.get(fold(words.join(" ")))?.type === "country" ? "LOC" : span.type;
  return { start, end: span.end, type };
}

/**
 * Reads one re3d source folder's documents.json and entities.json (one JSON object per line).
 * @example readRe3d(documentsJson, entitiesJson, "re3d/UK-Government")
 */
export function readRe3d(documentsJson: string, entitiesJson: string, name: string): GoldDocument[] {
  const lines = (json: string) => json.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as unknown);
  const entities = new Map<string, GoldSpan[]>();
  for (const e of lines(entitiesJson) as Re3dEntity[]) {
    const type = CLASSES[e.type];
    if (!type) continue;
    entities.set(e.documentId, [...(entities.get(e.documentId) ?? []), { start: e.begin, end: e.end, type }]);
  }
  return (lines(documentsJson) as Re3dDocument[]).map((doc, i) => {
    const names = (entities.get(doc._id) ?? []).flatMap((span) => asName(doc.text, span) ?? []);
    // Nested or repeated annotations: the longest of those that overlap.
    const spans: GoldSpan[] = [];
    for (const span of names.sort((a, b) => a.start - b.start || b.end - a.end)) {
      const last = spans[spans.length - 1];
      if (last && span.start < last.end) continue;
      spans.push(span);
    }
    return { id: `${name}#${i + 1}`, text: doc.text, spans };
  });
}
