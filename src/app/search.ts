// Entity search: labels and aliases → ranked suggestions, case- and accent-insensitive. Pure.
// "erdogan" finds "Recep Tayyip Erdoğan", "al-assad" and "al assad" find "Bashar al-Assad".

/** Letters that Unicode does not decompose into a base letter and a mark. */
const FOLDED_LETTERS: Readonly<Record<string, string>> = {
  ı: "i",
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
};

/**
 * Normalises text for matching: strips accents (NFD, then drops combining marks), lowercases, drops
 * apostrophes, turns hyphens and other punctuation into spaces and collapses runs of space.
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[ıłøđðþßæœ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(/['’‘`ʼ]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** One entity as search sees it. */
export interface SearchEntry {
  key: string;
  label: string;
  aliases: readonly string[];
  /** Used to rank equally good matches: the more mentioned first. */
  mentions: number;
}

/** A suggestion: the entity and, when the match was on an alias, which one. */
export interface SearchMatch {
  key: string;
  label: string;
  matchedAlias: string | null;
  /** How it matched, lower is better: 0–1 the whole name, 2–3 its start, 4–5 a word's start, 6–9 inside a word. */
  score: number;
}

/** Matches up to this score name the entity (the query starts one of its words); beyond, it is only letters inside a name. */
export const NAMES_ENTITY_UP_TO = 5;

interface IndexedName {
  entry: SearchEntry;
  name: string;
  isAlias: boolean;
  normalized: string;
  compact: string;
}

/** A prepared search over a list of entities. */
export interface SearchIndex {
  search(query: string, limit?: number): SearchMatch[];
}

/** Prepares the entities for searching; normalises every label and alias once. */
export function createSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const names: IndexedName[] = [];
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const [name, isAlias] of [[entry.label, false] as const, ...entry.aliases.map((alias) => [alias, true] as const)]) {
      const normalized = normalizeForSearch(name);
      if (normalized === "" || seen.has(normalized)) continue;
      seen.add(normalized);
      names.push({ entry, name, isAlias, normalized, compact: normalized.replace(/ /g, "") });
    }
  }

  return {
    search(query, limit = 8) {
      const normalized = normalizeForSearch(query);
      if (normalized === "") return [];
      const compact = normalized.replace(/ /g, "");
      const best = new Map<string, { score: number; name: IndexedName }>();
      for (const name of names) {
        const score = scoreName(name, normalized, compact);
        if (score === null) continue;
        const previous = best.get(name.entry.key);
        if (!previous || score < previous.score) best.set(name.entry.key, { score, name });
      }
      return [...best.values()]
        .sort(
          (a, b) =>
            a.score - b.score ||
            b.name.entry.mentions - a.name.entry.mentions ||
            a.name.entry.label.localeCompare(b.name.entry.label),
        )
        .slice(0, limit)
        .map(({ name, score }) => ({
          key: name.entry.key,
          score,
          label: name.entry.label,
          matchedAlias: name.isAlias ? name.name : null,
        }));
    },
  };
}

/** Lower is better; null is no match. Labels beat aliases at the same kind of match. */
function scoreName(name: IndexedName, query: string, compactQuery: string): number | null {
  const aliasPenalty = name.isAlias ? 1 : 0;
  if (name.normalized === query) return 0 + aliasPenalty;
  if (name.normalized.startsWith(query)) return 2 + aliasPenalty;
  if (startsAtWord(name, query)) return 4 + aliasPenalty;
  if (name.normalized.includes(query)) return 6 + aliasPenalty;
  // "alassad" for "al-Assad": the same letters without the spaces.
  if (compactQuery.length >= 3 && name.compact.includes(compactQuery)) return 8 + aliasPenalty;
  return null;
}

/** True when the query starts at the beginning of one of the name's words ("assad" in "bashar al assad"). */
function startsAtWord(name: IndexedName, query: string): boolean {
  const { normalized } = name;
  for (let at = normalized.indexOf(query); at !== -1; at = normalized.indexOf(query, at + 1)) {
    if (at === 0 || normalized[at - 1] === " ") return true;
  }
  return false;
}
