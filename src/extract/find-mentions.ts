// One sentence's tokens → the entity mentions in it, each with its type, offsets and a name.
// Layers over compromise's tags: gazetteer, demonyms, span clean-up (titles, possessives, "the").
import { ENTITY_SPECS } from "./entity-types.ts";
import { COMMON_WORDS, DEMONYMS, GAZETTEER, NAME_FIRST_WORDS, type GazetteerEntry } from "./gazetteer.ts";
import { ORGANIZATION_ACRONYMS } from "./extra-names.ts";
import { fold } from "./fold.ts";
import {
  EVENT_WORDS,
  NOT_NAMES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  PARTICLE_NAME,
  ORGANIZATION_WORDS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
  UPPER_START,
} from "./name-words.ts";
import type { Token } from "./split-sentences.ts";
import type { EntityType } from "./types.ts";
import { POSSESSIVE, POSSESSIVE_S } from "./possessive.ts";

/** A mention found in a sentence; `type` null means "a name, type unknown" (resolved per document). */
export interface FoundMention {
  start: number;
  end: number;
  type: EntityType | null;
  /** The entity's name: the gazetteer's canonical name, or the mention cleaned of titles and possessive. */
  name: string;
  /** True when a title or role came before the name ("President Putin"). */
  titled: boolean;
  /** True when only the words around the name (or nothing) gave its type: the document may know better. */
  weak: boolean;
  /** The rule that found it ("gazetteer", "title-before-name"...), shown beside errors by `npm run eval`. */
  reason: string;
}

/** A word of a candidate name, after possessive and hyphen handling. */
interface Word {
  text: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
}

const OPENING = /[“"‘([{«]/;
const CLOSING_OR_BREAK = /[,;:!?()[\]{}“”"«»|•…]|\.(?!\w)|\s[-–—]\s?|[-–—]\s/;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
/** Capitals inside a word ("WhatsApp", "CentOS"), but not a Scottish or Dutch surname ("McCain", "DeSantis"). */
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|La|Le|Van|Von|O')\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;
/** compromise's name-list tags of a person (its generic Person tag aside, which it gives more freely). */
const PERSON_TAGS = ENTITY_SPECS.person.tags.filter((t) => t !== "Person");

/** Is this word capitalised like a name ("Putin", "al-Assad", "U.S.")? */
function looksLikeName(text: string): boolean {
  if (/:\/\/|www\.|@/.test(text)) return false;
  return UPPER_START.test(text) || PARTICLE_NAME.test(text);
}

function stripPossessive(word: Word): Word {
  if (!POSSESSIVE.test(word.text) || !POSSESSIVE_S.test(word.text)) return word;
  return { ...word, text: word.text.slice(0, -2), end: word.end - 2 };
}

function lookup(words: readonly Word[], text: string): GazetteerEntry | undefined {
  if (words.length === 0) return undefined;
  return GAZETTEER.get(fold(text));
}

/** The text of words i..j as written in the sentence. */
function span(text: string, base: number, words: readonly Word[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? text.slice(first.start - base, last.end - base) : "";
}

function isCommon(text: string): boolean {
  return isCommonKey(fold(text));
}

/** `isCommon` for a word already folded. */
function isCommonKey(key: string): boolean {
  return COMMON_WORDS.has(key) && !GAZETTEER.has(key) && !DEMONYMS.has(key);
}

/** "Lam said", "Rice told": one word followed by a speech verb is a surname; "Officials said" is a plural. */
function speaksAsSurname(text: string, tags: ReadonlySet<string>, next: { text: string } | undefined): boolean {
  return SPEECH_VERBS.has(next?.text.toLowerCase() ?? "") && !tags.has("Plural") && !/s$/.test(text);
}

/** A capitalised word that only shows the start of a sentence or a headline's style, not a name. */
function isStyleCapital(token: Token, key: string, index: number, titleCase: boolean, quoteStart: boolean, next: Token | undefined): boolean {
  if (index > 0 && !titleCase && !quoteStart) return false;
  const bare = token.text.replace(POSSESSIVE, "");
  if (GAZETTEER.has(key) || DEMONYMS.has(key)) return false;
  if (token.tags.has("FirstName") || token.tags.has("LastName")) return false;
  if (!titleCase && speaksAsSurname(bare, token.tags, next)) return false;
  return isCommonKey(key) || token.tags.has("Determiner") || token.tags.has("Pronoun") || token.tags.has("Preposition");
}

/** Headlines Capitalise Most Words: there capital letters say little. `folded`: each token folded, possessive off. */
function isTitleCase(tokens: readonly Token[], folded: readonly string[]): boolean {
  // Words inside known names ("North Carolina", "New Hampshire") and titles are capitalised anywhere.
  const inNames = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!NAME_FIRST_WORDS.has(folded[i] ?? "")) continue;
    for (let j = Math.min(tokens.length, i + 4); j > i + 1; j--) {
      if (GAZETTEER.has(folded.slice(i, j).join(" "))) {
        for (let k = i; k < j; k++) inNames.add(k);
        break;
      }
    }
  }
  let words = 0;
  let capitalised = 0;
  tokens.forEach((t, i) => {
    const key = folded[i] ?? "";
    if (inNames.has(i) || !/^\p{L}{4,}/u.test(t.text) || !isCommonKey(key) || TITLE_WORDS.has(key)) return;
    words++;
    if (UPPER_START.test(t.text)) capitalised++;
  });
  return words >= 2 && capitalised / words > 0.85;
}

/** Candidate runs: maximal sequences of name-like words, joined by connectors, broken by punctuation. */
function findRuns(tokens: readonly Token[]): { words: Word[]; first: number; last: number }[] {
  // Each word folded once: the tests below run on every sentence, and folding is their costly part.
  const folded = tokens.map((t) => fold(t.text.replace(POSSESSIVE, "")));
  const titleCase = isTitleCase(tokens, folded);
  const runs: { words: Word[]; first: number; last: number }[] = [];
  let words: Word[] = [];
  let first = -1;
  const close = (last: number) => {
    // A run never ends on a connector ("Ministry of").
    while (words.length > 0 && NAME_CONNECTORS.has(words[words.length - 1]?.text.toLowerCase() ?? "")) {
      words.pop();
      last--;
    }
    if (words.length > 0) runs.push({ words, first, last });
    words = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const quoteStart = OPENING.test(token.pre) || /[:“"]\s*$/.test(tokens[i - 1]?.post ?? "");
    // "I" is a pronoun, but "I." in "Hassan I. Hassan" is an initial.
    const pronoun = token.tags.has("Pronoun") && !(/^\p{Lu}$/u.test(token.text) && token.post.startsWith("."));
    const nameLike = looksLikeName(token.text) && !pronoun && !isStyleCapital(token, folded[i] ?? "", i, titleCase, quoteStart, tokens[i + 1]);
    const lower = token.text.toLowerCase();
    const connector =
      words.length > 0 &&
      (NAME_CONNECTORS.has(lower) || NAME_PARTICLES.has(lower)) &&
      looksLikeName(tokens[i + 1]?.text ?? "") &&
      !OPENING.test(tokens[i + 1]?.pre ?? "");
    if (words.length > 0 && (OPENING.test(token.pre) || (!nameLike && !connector))) close(i - 1);
    if (!nameLike && (!connector || words.length === 0)) continue;
    if (words.length === 0) first = i;
    // "Hong Kong-based", "Saudi-led": the name ends where the lowercase part of the word begins.
    const tail = token.parts.findIndex((p, k) => k > 0 && !looksLikeName(p.text));
    const namePart = tail > 0 ? token.parts[tail - 1] : undefined;
    const whole = { text: token.text, start: token.start, end: token.end, tags: token.tags };
    const word = stripPossessive(namePart ? { ...whole, text: token.text.slice(0, namePart.end - token.start), end: namePart.end } : whole);
    words.push(word);
    const possessive = word.text !== token.text && tail <= 0;
    // "Mr.", "Gen." and initials ("Hassan I. Hassan") end in a full stop that ends nothing.
    const abbreviation = token.tags.has("Abbreviation") || /^\p{Lu}$/u.test(token.text);
    const post = abbreviation ? token.post.replace(/^\./, "") : token.post;
    // compromise tags every word of a possessive name ("Hong Kong’s"); only the written apostrophe ends it.
    const pluralPossessive = /^['’]/.test(token.post);
    if (possessive || pluralPossessive || tail > 0 || CLOSING_OR_BREAK.test(post)) close(i);
  }
  close(tokens.length - 1);
  return runs;
}

/** The longest gazetteer name starting at `from`, as [end index (exclusive), entry]. */
function longestName(words: readonly Word[], from: number, text: string, base: number): [number, GazetteerEntry] | null {
  for (let to = Math.min(words.length, from + 6); to > from; to--) {
    const entry = lookup(words.slice(from, to), span(text, base, words.slice(from, to)));
    if (entry) return [to, entry];
  }
  return null;
}

interface Context {
  text: string;
  base: number;
  before: Token | undefined;
  after: Token | undefined;
  afterNext: Token | undefined;
}

function mention(words: readonly Word[], ctx: Context, reason: string, type: EntityType | null, name: string | null, titled = false, weak = false): FoundMention {
  const first = words[0] as Word;
  const last = words[words.length - 1] as Word;
  return { start: first.start, end: last.end, type, name: name ?? span(ctx.text, ctx.base, words), titled, weak: weak || type === null, reason };
}

/** The type the words around a lone name suggest, if any. */
function typeFromContext(words: readonly Word[], ctx: Context): EntityType | null {
  const after = ctx.after?.text.toLowerCase() ?? "";
  const afterNext = ctx.afterNext?.text.toLowerCase() ?? "";
  const before = ctx.before?.text.toLowerCase() ?? "";
  if (PLACE_NOUNS.has(after) || (after === "air" && afterNext === "base")) return "place";
  if (SPEECH_VERBS.has(after) || (SPEECH_VERBS.has(before) && ctx.before?.text === before)) return "person";
  if (PLACE_PREPOSITIONS.has(before)) return "place";
  const tags = words[words.length - 1]?.tags;
  if (tags?.has("Place")) return "place";
  if (tags?.has("Organization")) return "organization";
  if (tags && PERSON_TAGS.some((t) => tags.has(t))) return "person";
  return null;
}

/** A run being classified: its words, the words around it, and whether a title came before it. */
interface Run {
  words: Word[];
  titled: boolean;
}

/**
 * A rule's verdict on a run: one mention; none; the run split into parts, each classified in turn; or a
 * mention taken off its front (a title, a demonym, a place name) and the rest classified in turn.
 */
type RunVerdict =
  | { type: EntityType | null; name?: string | null; weak?: boolean }
  | { none: true }
  | { parts: Word[][] }
  | { rest: Run; first?: { words: Word[]; type: EntityType; name: string } };

/** One rule of the table: what it is for, and its test (null when it has nothing to say). */
export interface RunRule {
  reason: string;
  test(run: Run, ctx: Context): RunVerdict | null;
}

const onlyWord = (run: Run): Word | null => (run.words.length === 1 ? (run.words[0] as Word) : null);
const key = (w: Word | undefined): string => fold(w?.text ?? "");
const textOf = (run: Run, ctx: Context): string => span(ctx.text, ctx.base, run.words);

/**
 * The rules that classify a run of name-like words, in order: the first with a verdict decides. Each
 * mention keeps the reason of the rule that made it.
 */
export const RUN_RULES: readonly RunRule[] = [
  {
    // "Hurricane Dorian" at the start of a sentence: the event word was set aside as a capital, not the name.
    reason: "event-before",
    test: (_, ctx) => (ctx.before && UPPER_START.test(ctx.before.text) && EVENT_WORDS.has(fold(ctx.before.text)) ? { none: true } : null),
  },
  {
    // "the", a weekday or a month before a name ("On Saturday Sirhan Sirhan...") is not part of it.
    reason: "leading-noise",
    test: (run) => {
      const noise = (w: Word) => w.text.toLowerCase() === "the" || w.tags.has("WeekDay") || w.tags.has("Month") || /^covid(?:-19)?$/i.test(w.text);
      let n = 0;
      while (n < run.words.length - 1 && noise(run.words[n] as Word)) n++;
      if (n === 0 && run.words.length === 1 && run.words[0]?.text.toLowerCase() === "the") return { none: true };
      return n === 0 ? null : { rest: { ...run, words: run.words.slice(n) } };
    },
  },
  {
    reason: "gazetteer",
    test: (run, ctx) => {
      const entry = lookup(run.words, textOf(run, ctx));
      return entry ? { type: entry.type, name: entry.name } : null;
    },
  },
  {
    // "UN", "IRGC": acronyms of organisations whose letters are also a word or a name elsewhere.
    reason: "acronym-list",
    test: (run, ctx) => {
      const name = ORGANIZATION_ACRONYMS[textOf(run, ctx)];
      return name ? { type: "organization", name } : null;
    },
  },
  {
    reason: "organization-head-word",
    test: (run) => (run.words.length > 1 && run.words.some((w) => ORGANIZATION_WORDS.has(key(w))) ? { type: "organization" } : null),
  },
  {
    reason: "place-head-word",
    test: (run) => (run.words.length > 1 && PLACE_WORDS.has(key(run.words[run.words.length - 1])) ? { type: "place" } : null),
  },
  {
    // Connectors only join organisation and place names; between people they are plain words.
    reason: "split-at-connector",
    test: (run) => {
      const parts = splitAtConnectors(run.words);
      return parts.length > 1 ? { parts } : null;
    },
  },
  {
    // "Iranian President Hassan Rouhani": titles, demonyms and place names before a name come off it.
    reason: "leading-title",
    test: (run) => (run.words.length > 1 && TITLE_WORDS.has(key(run.words[0])) ? { rest: { words: run.words.slice(1), titled: true } } : null),
  },
  {
    reason: "leading-demonym",
    test: (run) => {
      const demonym = run.words.length > 1 ? DEMONYMS.get(key(run.words[0])) : undefined;
      return demonym ? { first: { words: run.words.slice(0, 1), type: "country", name: demonym }, rest: { ...run, words: run.words.slice(1) } } : null;
    },
  },
  {
    reason: "leading-name",
    test: (run, ctx) => {
      const named = longestName(run.words, 0, ctx.text, ctx.base);
      if (!named || named[0] >= run.words.length) return null;
      return { first: { words: run.words.slice(0, named[0]), type: named[1].type, name: named[1].name }, rest: { ...run, words: run.words.slice(named[0]) } };
    },
  },
  {
    // Roles after a name are not part of it: "Assad Advisor".
    reason: "trailing-title",
    test: (run) => {
      let n = run.words.length;
      while (n > 1 && TITLE_WORDS.has(key(run.words[n - 1]))) n--;
      return n < run.words.length ? { rest: { ...run, words: run.words.slice(0, n) } } : null;
    },
  },
  {
    // Storms and military operations have names, but they are events, not people: "Hurricane Dorian".
    reason: "event-name",
    test: (run) => (run.words.length > 1 && EVENT_WORDS.has(key(run.words[0])) ? { none: true } : null),
  },
  {
    // A title inside the run: "Archæologist Dr Naomi Martisius" is Naomi Martisius.
    reason: "inner-title",
    test: (run) => {
      const lastTitle = run.words.slice(0, -1).map((w) => TITLE_WORDS.has(key(w))).lastIndexOf(true);
      return lastTitle >= 0 ? { rest: { words: run.words.slice(lastTitle + 1), titled: true } } : null;
    },
  },
  {
    reason: "demonym",
    test: (run) => {
      const demonym = onlyWord(run) ? DEMONYMS.get(key(run.words[0])) : undefined;
      return demonym ? { type: "country", name: demonym } : null;
    },
  },
  {
    reason: "not-a-name",
    test: (run) => {
      const word = onlyWord(run);
      if (!word) return null;
      const k = key(word);
      // "European", "Arab", "Sunni": groups of people, not one country; roles and head words alone.
      const notName = NOT_NAMES.has(k) || TITLE_WORDS.has(k) || ORGANIZATION_WORDS.has(k) || PLACE_WORDS.has(k);
      return notName || word.tags.has("Date") || word.tags.has("Pronoun") ? { none: true } : null;
    },
  },
  {
    // "WhatsApp", "CentOS Linux", "YouTube Music": capitals inside a word mark a brand or a site.
    reason: "camel-case",
    test: (run) => (run.words.some((w) => CAMEL_CASE.test(w.text)) ? { type: "organization", weak: true } : null),
  },
  {
    reason: "acronym",
    test: (run, ctx) => {
      const word = onlyWord(run);
      return word && ACRONYM.test(word.text) ? { type: "organization", name: ORGANIZATION_ACRONYMS[textOf(run, ctx)] ?? null } : null;
    },
  },
  {
    reason: "title-before-name",
    test: (run) => (onlyWord(run) && run.titled ? { type: "person" } : null),
  },
  {
    reason: "demonym-tag",
    test: (run) => (onlyWord(run)?.tags.has("Demonym") ? { none: true } : null),
  },
  {
    // "Trump said": a common word is a surname only when it speaks, and the document may confirm it.
    reason: "speaks-as-surname",
    test: (run, ctx) => {
      const word = onlyWord(run);
      if (!word || !isCommon(word.text)) return null;
      return speaksAsSurname(word.text, word.tags, ctx.after) ? { type: "person", weak: true } : { none: true };
    },
  },
  {
    // A lone rare name: the words around it may tell its type ("in Mrayjeh", "Zarif said"); else unknown.
    reason: "context",
    test: (run, ctx) => (onlyWord(run) ? { type: typeFromContext(run.words, ctx), weak: true } : null),
  },
  {
    // compromise's name lists, its Person tag on every word ("Theresa May"), or rare words only.
    reason: "person-name",
    test: (run, ctx) => {
      const names = run.words.filter((w) => !NAME_PARTICLES.has(w.text.toLowerCase()));
      const personTagged = run.words.some((w) => PERSON_TAGS.some((t) => w.tags.has(t))) || run.words.every((w) => w.tags.has("Person"));
      const allRare = names.every((w) => !isCommon(w.text.split(/[-‐‑]/).pop() ?? w.text));
      return run.titled || personTagged || (allRare && names.length <= 5) || typeFromContext(run.words, ctx) === "person" ? { type: "person" } : null;
    },
  },
  {
    reason: "place-context",
    test: (run, ctx) => {
      const allRare = run.words.filter((w) => !NAME_PARTICLES.has(w.text.toLowerCase())).every((w) => !isCommon(w.text.split(/[-‐‑]/).pop() ?? w.text));
      return typeFromContext(run.words, ctx) === "place" && allRare ? { type: "place", weak: true } : { none: true };
    },
  },
];

/** Classifies a run of name-like words into zero or more mentions, by the first rule with a verdict. */
function classifyRun(run: Run, ctx: Context, depth = 0): FoundMention[] {
  if (run.words.length === 0 || depth > 12) return [];
  for (const rule of RUN_RULES) {
    const verdict = rule.test(run, ctx);
    if (verdict === null) continue;
    if ("none" in verdict) return [];
    if ("parts" in verdict) return verdict.parts.flatMap((words) => classifyRun({ words, titled: false }, ctx, depth + 1));
    if ("rest" in verdict) {
      const first = verdict.first ? [mention(verdict.first.words, ctx, rule.reason, verdict.first.type, verdict.first.name)] : [];
      return [...first, ...classifyRun(verdict.rest, ctx, depth + 1)];
    }
    return [mention(run.words, ctx, rule.reason, verdict.type, verdict.name ?? null, run.titled && verdict.type === "person", verdict.weak ?? false)];
  }
  return [];
}

function splitAtConnectors(words: Word[]): Word[][] {
  const parts: Word[][] = [[]];
  for (const word of words) {
    if (NAME_CONNECTORS.has(word.text.toLowerCase())) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  }
  return parts.filter((p) => p.length > 0);
}

/** Hyphenated words name an entity by one part: "Gaza-based", "pro-Assad", "Russian-Turkish". */
function hyphenMentions(token: Token, ctx: Context): FoundMention[] {
  const out: FoundMention[] = [];
  for (const part of token.parts) {
    const bare = part.text.replace(POSSESSIVE, "");
    const key = fold(bare);
    const demonym = DEMONYMS.get(key);
    const entry = GAZETTEER.get(key);
    const end = part.start + bare.length;
    if (NOT_NAMES.has(key) || TITLE_WORDS.has(key)) continue;
    if (demonym) out.push({ start: part.start, end, type: "country", name: demonym, titled: false, weak: false, reason: "hyphen-demonym" });
    else if (entry) out.push({ start: part.start, end, type: entry.type, name: entry.name, titled: false, weak: false, reason: "hyphen-gazetteer" });
    else if (UPPER_START.test(bare) && !isCommon(bare) && part !== token.parts[0]) {
      const name = ctx.text.slice(part.start - ctx.base, end - ctx.base);
      out.push({ start: part.start, end, type: null, name, titled: false, weak: true, reason: "hyphen-part" });
    }
  }
  return out;
}

/**
 * Finds the entity mentions in one sentence.
 * @param text the text the token offsets point into; `base` is added to nothing, it is the offset of
 *   `text` itself (0 when `text` is the whole document).
 * @example findMentions(splitSentences(t)[0].tokens, t) // [{ type: "person", name: "Vladimir Putin", ... }]
 */
export function findMentions(tokens: readonly Token[], text: string, base = 0): FoundMention[] {
  const out: FoundMention[] = [];
  // A line of one word ("LATEST", "TT", "(AP)") is a scraping leftover, not a sentence.
  if (tokens.length < 2) return out;
  const covered = new Set<number>();
  for (const run of findRuns(tokens)) {
    const ctx: Context = {
      text,
      base,
      before: tokens[run.first - 1],
      after: tokens[run.last + 1],
      afterNext: tokens[run.last + 2],
    };
    // A run that is one hyphenated word ("Russian-Turkish", "Gaza-based") is read part by part.
    const only = run.words.length === 1 ? tokens[run.first] : undefined;
    if (only && only.parts.length > 1 && !lookup(run.words, only.text.replace(POSSESSIVE, "")) && !PARTICLE_NAME.test(only.text)) {
      const found = hyphenMentions(only, ctx);
      if (found.length > 0) {
        out.push(...found);
        covered.add(run.first);
        continue;
      }
    }
    out.push(...classifyRun({ words: run.words, titled: false }, ctx));
    for (let i = run.first; i <= run.last; i++) covered.add(i);
  }
  // Lowercase hyphenated words can still carry a name: "pro-Assad", "anti-Israel".
  tokens.forEach((token, i) => {
    if (covered.has(i) || token.parts.length < 2) return;
    out.push(...hyphenMentions(token, { text, base, before: tokens[i - 1], after: tokens[i + 1], afterNext: tokens[i + 2] }));
  });
  return out.sort((a, b) => a.start - b.start);
}
