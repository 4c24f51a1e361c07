// The gazetteer: countries with their other names and demonyms, world cities, extra places and
// organisations, and the common English words that are never a name on their own. Pure data, built once.
import cities from "./data/cities.json";
import commonWordList from "./data/common-words.json";
import countries from "./data/countries.json";
import { EXTRA_COUNTRY_ALIASES, EXTRA_DEMONYMS, EXTRA_ORGANIZATIONS, EXTRA_PLACES } from "./extra-names.ts";
import { fold } from "./fold.ts";
import { frontDecode } from "./front-coding.ts";
import { suffixDecode } from "./suffix-coding.ts";

/** What a gazetteer entry names: the type and the canonical name of its entity. */
export interface GazetteerEntry {
  type: "country" | "place" | "organization";
  name: string;
}

/** Plural of a demonym as news writes it: "Iranian" → "Iranians", "Israeli" → "Israelis"; "Chinese" has none. */
function demonymPlural(demonym: string): string | null {
  if (/(ese|ish|ch|ss)$/.test(demonym)) return null;
  return `${demonym}s`;
}

function buildNames(): Map<string, GazetteerEntry> {
  const names = new Map<string, GazetteerEntry>();
  const add = (text: string, entry: GazetteerEntry) => {
    const key = fold(text);
    // Countries win over cities of the same name (Singapore, Kuwait, Djibouti).
    if (!names.has(key) || (entry.type === "country" && names.get(key)?.type !== "country")) names.set(key, entry);
  };
  for (const name of frontDecode(cities.names)) add(name, { type: "place", name });
  for (const name of EXTRA_PLACES) add(name, { type: "place", name });
  for (const name of EXTRA_ORGANIZATIONS) add(name, { type: "organization", name });
  for (const country of countries) {
    const entry = { type: "country", name: country.name } as const;
    for (const alias of [country.name, ...country.aliases, ...(EXTRA_COUNTRY_ALIASES[country.name] ?? [])]) {
      add(alias, entry);
      // "Trinidad & Tobago", "Bosnia & Herzegovina": the ampersand as news writes it.
      if (alias.includes(" and ")) add(alias.replaceAll(" and ", " & "), entry);
    }
  }
  return names;
}

function buildDemonyms(): { demonyms: Map<string, string>; ambiguous: Set<string> } {
  const demonyms = new Map<string, string>();
  // Independent countries first: "American" is the United States before American Samoa.
  const byStatus = [...countries].sort((a, b) => Number(b.independent) - Number(a.independent));
  const independent = new Set(countries.filter((c) => c.independent).map((c) => c.name));
  for (const country of byStatus) {
    for (const demonym of [...country.demonyms, ...(EXTRA_DEMONYMS[country.name] ?? [])]) {
      // "Congolese" and "Vatican" name two countries or a place; such a demonym says nothing certain.
      const key = fold(demonym);
      const previous = demonyms.get(key);
      if (previous !== undefined && previous !== country.name && !independent.has(country.name)) continue;
      demonyms.set(key, previous !== undefined && previous !== country.name ? "" : country.name);
      const plural = demonymPlural(demonym);
      if (plural) demonyms.set(fold(plural), demonyms.get(key) ?? "");
    }
  }
  const ambiguous = new Set<string>();
  for (const [key, name] of demonyms) {
    if (name !== "") continue;
    demonyms.delete(key);
    ambiguous.add(key);
  }
  // "Korean" ends "North Korean" and "South Korean": alone it names neither country.
  const lastWords = new Map<string, Set<string>>();
  for (const [key, name] of demonyms) {
    const words = key.split(" ");
    if (words.length > 1) lastWords.set(words[words.length - 1] as string, (lastWords.get(words[words.length - 1] as string) ?? new Set()).add(name));
  }
  for (const [word, names] of lastWords) {
    if (names.size < 2 || demonyms.has(word)) continue;
    ambiguous.add(word);
    const plural = word.endsWith("s") ? null : demonymPlural(word);
    if (plural) ambiguous.add(plural);
  }
  return { demonyms, ambiguous };
}

/** Every known name, folded, to its entry. */
export const GAZETTEER: ReadonlyMap<string, GazetteerEntry> = buildNames();

const BUILT_DEMONYMS = buildDemonyms();

/** Folded demonyms ("iranian", "russians", "costa ricans") to the common name of their country. */
export const DEMONYMS: ReadonlyMap<string, string> = BUILT_DEMONYMS.demonyms;

/** Folded demonyms that name two countries or more ("congolese", "korean", "koreans"): a group, never a country. */
export const AMBIGUOUS_DEMONYMS: ReadonlySet<string> = BUILT_DEMONYMS.ambiguous;

/** Lowercase words of ordinary English (SCOWL size 50): capitalised, they start a sentence, not a name. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(suffixDecode(frontDecode(commonWordList.words), commonWordList.endings));

/** The first words of gazetteer names of two words or more ("new" for "new york"): where a lookup can start. */
export const NAME_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...GAZETTEER.keys()].filter((key) => /\s/.test(key)).map((key) => key.split(/\s+/)[0] ?? ""),
);
