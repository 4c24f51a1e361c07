// One document's found mentions → resolved mentions: short forms of a name point at the full name
// written elsewhere in the document ("Putin" → "Vladimir Putin"), and names the sentence could not type
// take the type the document gives them. Names still unknown are dropped.
import { fold } from "./fold.ts";
import type { FoundMention } from "./find-mentions.ts";
import { GAZETTEER } from "./gazetteer.ts";
import { ACRONYM, ARABIC_ARTICLE_PREFIX, NAME_PARTICLES, STRONG_ORGANIZATION_HEADS } from "./name-words.ts";
import type { EntityType } from "./types.ts";

/** A mention whose entity is settled: its type and the name its node is keyed by. */
export interface ResolvedMention {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  /** The rule that found it, and how the document settled it ("context+document-type"). */
  reason: string;
}

/** Folded words of a person's name without particles: "Bashar al-Assad" → ["bashar", "assad"]. */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(/[\s]+/)
    .map((w) => w.replace(ARABIC_ARTICLE_PREFIX, ""))
    .filter((w) => w.length > 0 && !NAME_PARTICLES.has(w) && !/^\p{L}\.?$/u.test(w));
}

/** Is `short` a shorter form of `full`: its words, in order, end the full name or are all in it? */
function isShortFormOf(short: string[], full: string[]): boolean {
  if (short.length >= full.length || short.length === 0) return false;
  const last = short[short.length - 1];
  if (last !== full[full.length - 1]) {
    // "Hassan Rouhani" for "Hassan Fereydoun Rouhani", or a first name alone is not enough.
    return false;
  }
  let j = 0;
  for (const word of full) if (word === short[j]) j++;
  return j === short.length;
}

interface FullName {
  name: string;
  words: string[];
  /** Document offsets of its mentions, in order. */
  positions: number[];
}

/**
 * Resolves the mentions of one document, given in document order. With `surnamesOnlyOfPeople` (the
 * tagger's mentions, typed already), only a person's short form becomes a full name.
 * @example resolveDocument([{ name: "Vladimir Putin", type: "person", ... }, { name: "Putin", type: null, ... }])
 *   // both become { type: "person", name: "Vladimir Putin" }
 */
export function resolveDocument(mentions: readonly FoundMention[], options: { surnamesOnlyOfPeople?: boolean } = {}): ResolvedMention[] {
  const fullNames = new Map<string, FullName>();
  for (const m of mentions) {
    if (m.type !== "person" || m.weak) continue;
    const words = nameWords(m.name);
    if (words.length < 2) continue;
    const key = words.join(" ");
    const entry = fullNames.get(key) ?? { name: m.name, words, positions: [] };
    entry.positions.push(m.start);
    fullNames.set(key, entry);
  }

  // Organisations the document names in several words, by their folded words ("ford motor company").
  const organizations = mentions
    .filter((m) => m.type === "organization" && !m.weak)
    .map((m) => ({ name: m.name, words: fold(m.name).split(/\s+/) }))
    .filter((o) => o.words.length > 1 && !PERSONAL_HEADS.has(o.words[o.words.length - 1] as string));
  const organizationNames = new Set(mentions.filter((m) => m.type === "organization").map((m) => fold(m.name)));
  const headedNames = headedOrganizations(mentions);
  // Every word of the people the document names in full ("Doris" and "Day" of "Doris Day").
  const personWords = new Set([...fullNames.values()].flatMap((full) => full.words));

  // The type each single name was given somewhere in the document with certainty ("Mr. Zarif").
  const knownTypes = new Map<string, EntityType>();
  for (const m of mentions) if (m.type !== null && !m.weak) knownTypes.set(fold(m.name), m.type);
  // Failing that, the type the words around it gave the same name elsewhere ("in Mrayjeh").
  const guessedTypes = new Map<string, EntityType>();
  for (const m of mentions) if (m.type !== null && m.weak) guessedTypes.set(fold(m.name), m.type);

  const resolved: ResolvedMention[] = [];
  for (const m of mentions) {
    // A lone city name that is the surname of someone the document names is that person ("Bolton said");
    // so is a place the gazetteer does not know, even from the tagger ("La Riva said" after "Gloria La Riva").
    const unlistedPlace = m.type === "place" && !GAZETTEER.has(fold(m.name));
    const surnameLike =
      m.type === "person" || (options.surnamesOnlyOfPeople ? unlistedPlace : m.weak || (m.type === "place" && !m.name.includes(" ")));
    const person = surnameLike ? longerName(m, fullNames) : null;
    if (person) {
      resolved.push({ start: m.start, end: m.end, type: "person", name: person, reason: `${m.reason}+full-name` });
      continue;
    }
    // Read as a person but the first words of an organisation the document names, and of no person it names:
    // the organisation's short form ("Ford" after "Ford Motor Company", "Goldman" after "Goldman Sachs").
    const firm = m.type === "person" && !m.name.includes(" ") && !personWords.has(fold(m.name)) ? organizationOf(fold(m.name), organizations) : null;
    if (firm) {
      // "GitHub", an organisation of its own elsewhere in the document, stays itself ("GitHub Trust" too).
      const name = headedNames.get(fold(m.name)) ?? (organizationNames.has(fold(m.name)) ? m.name : firm);
      resolved.push({ start: m.start, end: m.end, type: "organization", name, reason: `${m.reason}+organization-name` });
      continue;
    }
    // An organisation written without the head word the document names it with elsewhere ("Ashodaya" and
    // "Ashodaya Samithi", "Labour" and "the Labour Party") is that organisation.
    const headed = m.type === "organization" ? headedNames.get(fold(m.name)) : undefined;
    if (headed) {
      resolved.push({ start: m.start, end: m.end, type: "organization", name: headed, reason: `${m.reason}+headed-name` });
      continue;
    }
    const known = m.weak ? knownTypes.get(fold(m.name)) : undefined;
    const guessed = m.weak && known === undefined && m.type === null ? guessedTypes.get(fold(m.name)) : undefined;
    const type = m.weak ? (known ?? m.type ?? guessed ?? null) : m.type;
    const reason = known !== undefined ? `${m.reason}+document-type` : guessed !== undefined ? `${m.reason}+document-context` : type === null ? `${m.reason}+default-person` : m.reason;
    // A rare capitalised word mid-sentence that nothing else explains is, in news, most often a surname;
    // but not a plural ("Neanderthals", "Melbournians"), which names a group.
    if (type === null && /(?:ans|ites|ists|als)$/.test(m.name)) continue;
    resolved.push({ start: m.start, end: m.end, type: type ?? "person", name: m.name, reason });
  }
  return removeOverlaps(resolved);
}

/**
 * Last words of organisations named after a person who leads or founds them: the lone name is still that
 * person ("Trump" beside "the Trump Administration", "Gates" beside "the Gates Foundation").
 */
const PERSONAL_HEADS: ReadonlySet<string> = new Set(["administration", "government", "regime", "cabinet", "presidency", "campaign", "family", "foundation", "dynasty", "camp"]);

/**
 * The organisations the document names with a head word that makes a name an organisation's, by their
 * folded name without it ("ashodaya" → "Ashodaya Samithi"); a name two of them share ("Qorvin Party" and
 * "Qorvin Union") stands for neither and is left out.
 */
function headedOrganizations(mentions: readonly FoundMention[]): Map<string, string> {
  const byBase = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== "organization" || m.weak) continue;
    // One name and its head ("Ashodaya Samithi"); not a known name and more ("United Nations University"
    // leaves "United Nations" alone).
    const cut = /^(?:the\s+)?(\S+)\s+(\S+)$/i.exec(m.name);
    if (!cut || !STRONG_ORGANIZATION_HEADS.has(fold(cut[2] as string))) continue;
    const base = fold(cut[1] as string);
    if (GAZETTEER.has(base)) continue;
    const seen = byBase.get(base);
    if (seen === undefined) byBase.set(base, m.name);
    else if (seen !== null && fold(seen) !== fold(m.name)) byBase.set(base, null);
  }
  const out = new Map<string, string>();
  for (const [base, name] of byBase) if (name !== null) out.set(base, name);
  return out;
}

/** The one organisation of several words whose name begins with the folded `word`, if only one does. */
function organizationOf(word: string, organizations: readonly { name: string; words: string[] }[]): string | null {
  const names = new Set(organizations.filter((o) => o.words[0] === word).map((o) => o.name));
  return names.size === 1 ? ([...names][0] as string) : null;
}

/** The full name a short form stands for: the nearest one written before it, else the first after. */
function longerName(m: FoundMention, fullNames: ReadonlyMap<string, FullName>): string | null {
  const words = nameWords(m.name);
  // An acronym is no name written in lowercase: "UN" is not Kim Jong Un.
  const acronym = ACRONYM.test(m.name);
  const candidates = [...fullNames.values()].filter((full) => isShortFormOf(words, full.words) && (!acronym || full.name.split(/\s+/).includes(m.name)));
  if (candidates.length === 0) return null;
  if (candidates.length === 1) return candidates[0]?.name ?? null;
  let best: FullName | null = null;
  let bestDistance = Infinity;
  for (const full of candidates) {
    for (const position of full.positions) {
      // A full name written before the short form is the likely antecedent; one written after counts less.
      const distance = position <= m.start ? m.start - position : (position - m.start) * 4;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = full;
      }
    }
  }
  return best?.name ?? null;
}

/** Keeps the longer of two overlapping mentions. */
function removeOverlaps(mentions: ResolvedMention[]): ResolvedMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ResolvedMention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
