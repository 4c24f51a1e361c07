// What each entity type is, in one place: its names for people, its colour, the compromise tags and the
// tagger class it comes from, its head words, and how its names are compared across documents. Pure data;
// the legend, the panels, the exports, the tagger's typing and the graph builder all read it.
import { fold } from "./fold.ts";
import { COMMON_WORDS } from "./gazetteer.ts";
import { COMPANY_SUFFIXES, ORGANIZATION_WORDS, PLACE_WORDS } from "./name-words.ts";
import { nameWords } from "./resolve-document.ts";
import type { EntityType } from "./types.ts";

/** Everything the tool knows about one entity type. */
export interface EntityTypeSpec {
  /** Plural, for legends and summaries ("People"), and singular, for a node's chip ("Person"). */
  label: string;
  singular: string;
  /** As `rgb()`: GEXF readers such as networkx reject hex colours. */
  color: string;
  /** compromise tags that mark a word of this type ("FirstName" for a person). */
  tags: readonly string[];
  /** The tagger class its names come from (countries are LOC names the gazetteer knows as countries). */
  tagClass: "PER" | "LOC" | "ORG" | "MISC";
  /** Last words that make a name this type ("Ministry", "Province"); empty when names carry none. */
  headWords: ReadonlySet<string>;
  /** How two names of this type are compared across documents: equal keys are one entity. */
  matchKey(name: string): string;
}

/** A plain key without the firm's legal form at its end: "google, inc" → "google". */
function withoutLegalForm(key: string): string {
  const match = /^(.+?),?\s+(\S+)$/.exec(key);
  return match && COMPANY_SUFFIXES.has(match[2] as string) ? (match[1] as string) : key;
}

/** Case, accents, a leading "the", dots and spacing do not tell two names apart ("the U.S." = "US"). */
function plainKey(name: string): string {
  return fold(name).replace(/\s+/g, " ").trim().replace(/^the\s+/, "").replace(/\./g, "");
}

/** The spec of every entity type. */
export const ENTITY_SPECS: Readonly<Record<EntityType, EntityTypeSpec>> = {
  person: {
    label: "People",
    singular: "Person",
    color: "rgb(228, 87, 46)",
    tags: ["Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific"],
    tagClass: "PER",
    headWords: new Set(),
    // "Erdogan" = "Erdoğan", "al-Assad" = "Assad": particles and initials do not tell two people apart.
    matchKey: (name) => nameWords(name).join(" "),
  },
  country: {
    label: "Countries",
    singular: "Country",
    color: "rgb(41, 128, 185)",
    tags: ["Country"],
    tagClass: "LOC",
    headWords: new Set(),
    matchKey: plainKey,
  },
  place: {
    label: "Places",
    singular: "Place",
    color: "rgb(39, 174, 96)",
    tags: ["Place", "City", "Region"],
    tagClass: "LOC",
    headWords: PLACE_WORDS,
    matchKey: plainKey,
  },
  organization: {
    label: "Organisations",
    singular: "Organisation",
    color: "rgb(142, 68, 173)",
    tags: ["Organization"],
    tagClass: "ORG",
    headWords: ORGANIZATION_WORDS,
    // "Revolutionary Guard" and "Revolutionary Guards" are one organisation, "Nazis" and "Nazi" one; so are
    // "Google, Inc." and "Google". A one-word name keeps its plural when the singular is a common word: "The
    // Times" is not "Time".
    matchKey: (name) => withoutLegalForm(plainKey(name)).replace(/^(\S+)s$|(\s\S*\w{3,})s$/, (whole, one?: string, last?: string) => (one !== undefined ? (one.length < 3 || COMMON_WORDS.has(one) ? whole : one) : (last as string))),
  },
  group: {
    label: "Groups",
    singular: "Group",
    color: "rgb(196, 140, 20)",
    tags: [],
    tagClass: "MISC",
    headWords: new Set(),
    matchKey: plainKey,
  },
};
