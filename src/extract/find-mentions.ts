// One sentence's tokens → the entity mentions in it, each with its type, offsets and a name.
// Layers over compromise's tags: gazetteer, demonyms, span clean-up (titles, possessives, "the").
import { COMMON_WORDS, DEMONYMS, GAZETTEER, NAME_FIRST_WORDS, type GazetteerEntry } from "./gazetteer.ts";
import { ORGANIZATION_ACRONYMS } from "./extra-names.ts";
import { fold } from "./fold.ts";
import {
  EVENT_WORDS,
  NOT_NAMES,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  ORGANIZATION_WORDS,
  PLACE_NOUNS,
  PLACE_PREPOSITIONS,
  PLACE_WORDS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./name-words.ts";
import type { Token } from "./split-sentences.ts";
import type { EntityType } from "./types.ts";

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

const POSSESSIVE = /['’]s?$/;
const OPENING = /[“"‘([{«]/;
const CLOSING_OR_BREAK = /[,;:!?()[\]{}“”"«»|•…]|\.(?!\w)|\s[-–—]\s?|[-–—]\s/;
const UPPER_START = /^\p{Lu}/u;
const PARTICLE_NAME = /^(?:al|el|ad|an|ar|as|ash|at|az|bin|ibn|abu|bint|de|di|du|da|van|von|le|la)-\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;
/** Capitals inside a word ("WhatsApp", "CentOS"), but not a Scottish or Dutch surname ("McCain", "DeSantis"). */
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|La|Le|Van|Von|O')\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;
const PERSON_TAGS = ["FirstName", "LastName", "MaleName", "FemaleName", "Honorific"];

/** Is this word capitalised like a name ("Putin", "al-Assad", "U.S.")? */
function looksLikeName(text: string): boolean {
  if (/:\/\/|www\.|@/.test(text)) return false;
  return UPPER_START.test(text) || PARTICLE_NAME.test(text);
}

function stripPossessive(word: Word): Word {
  if (!POSSESSIVE.test(word.text) || !/['’]s$/.test(word.text)) return word;
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

/** Classifies a run of name-like words into zero or more mentions. */
function classifyRun(run: Word[], ctx: Context): FoundMention[] {
  const out: FoundMention[] = [];
  // "Hurricane Dorian" at the start of a sentence: the event word was set aside as a capital, not the name.
  if (ctx.before && UPPER_START.test(ctx.before.text) && EVENT_WORDS.has(fold(ctx.before.text))) return out;
  let words = run;
  // "the", a weekday or a month before a name ("On Saturday Sirhan Sirhan...") is not part of it.
  const leadingNoise = (w: Word) =>
    w.text.toLowerCase() === "the" || w.tags.has("WeekDay") || w.tags.has("Month") || /^covid(?:-19)?$/i.test(w.text);
  while (words.length > 1 && leadingNoise(words[0] as Word)) words = words.slice(1);
  if (words[0]?.text.toLowerCase() === "the") words = words.slice(1);
  if (words.length === 0) return out;
  const whole = span(ctx.text, ctx.base, words);

  const entry = lookup(words, whole);
  if (entry) return [mention(words, ctx, "gazetteer", entry.type, entry.name)];
  const acronym = ORGANIZATION_ACRONYMS[whole];
  if (acronym) return [mention(words, ctx, "acronym-list", "organization", acronym)];

  const lastWord = fold(words[words.length - 1]?.text ?? "");
  const heads = words.map((w) => fold(w.text));
  if (heads.some((h) => ORGANIZATION_WORDS.has(h)) && words.length > 1) {
    return [mention(words, ctx, "organization-head-word", "organization", null)];
  }
  if (PLACE_WORDS.has(lastWord) && words.length > 1) return [mention(words, ctx, "place-head-word", "place", null)];
  // Connectors only join organisation and place names; between people they are plain words.
  const parts = splitAtConnectors(words);
  if (parts.length > 1) return parts.flatMap((part) => classifyRun(part, ctx));

  // Peel titles, demonyms and leading country or place names: "Iranian President Hassan Rouhani".
  let titled = false;
  let i = 0;
  while (i < words.length) {
    const word = words[i] as Word;
    const key = fold(word.text);
    if (TITLE_WORDS.has(key)) {
      titled = true;
      i++;
      continue;
    }
    const demonym = DEMONYMS.get(key);
    if (demonym && i < words.length - 1) {
      out.push(mention([word], ctx, "leading-demonym", "country", demonym));
      i++;
      continue;
    }
    const named = longestName(words, i, ctx.text, ctx.base);
    if (named && named[0] < words.length) {
      out.push(mention(words.slice(i, named[0]), ctx, "leading-name", named[1].type, named[1].name));
      i = named[0];
      continue;
    }
    break;
  }
  out.push(...classifyName(words.slice(i), ctx, titled));
  return out;
}

function splitAtConnectors(words: Word[]): Word[][] {
  const parts: Word[][] = [[]];
  for (const word of words) {
    if (NAME_CONNECTORS.has(word.text.toLowerCase())) parts.push([]);
    else parts[parts.length - 1]?.push(word);
  }
  return parts.filter((p) => p.length > 0);
}

/** A name with no gazetteer entry nor head word: a person, or a lone name whose type context tells. */
function classifyName(named: Word[], ctx: Context, titled: boolean): FoundMention[] {
  // Roles after a name are not part of it: "Assad Advisor".
  let words = named;
  while (words.length > 1 && TITLE_WORDS.has(fold(words[words.length - 1]?.text ?? ""))) words = words.slice(0, -1);
  if (words.length === 0) return [];
  // Storms and military operations have names, but they are events, not people.
  if (words.length > 1 && EVENT_WORDS.has(fold(words[0]?.text ?? ""))) return [];
  // A title inside the run: "Archæologist Dr Naomi Martisius" is Naomi Martisius.
  const lastTitle = words.slice(0, -1).map((w) => TITLE_WORDS.has(fold(w.text))).lastIndexOf(true);
  if (lastTitle >= 0) return classifyName(words.slice(lastTitle + 1), ctx, true);
  const whole = span(ctx.text, ctx.base, words);
  if (words.length === 1) {
    const word = words[0] as Word;
    const demonym = DEMONYMS.get(fold(word.text));
    if (demonym) return [mention(words, ctx, "demonym", "country", demonym)];
    const entry = lookup(words, whole);
    if (entry) return [mention(words, ctx, "gazetteer", entry.type, entry.name)];
    if (NOT_NAMES.has(fold(word.text))) return [];
    // "WhatsApp", "InformationLiberation": brands and sites write capitals inside the word.
    if (CAMEL_CASE.test(word.text)) {
      return [mention(words, ctx, "camel-case", "organization", null, false, true)];
    }
    if (ACRONYM.test(word.text)) return [mention(words, ctx, "acronym", "organization", ORGANIZATION_ACRONYMS[whole] ?? null)];
    if (titled) return [mention(words, ctx, "title-before-name", "person", null, true)];
    // "European", "Arab", "Sunni": groups of people, not one country.
    if (word.tags.has("Demonym")) return [];
    const key = fold(word.text);
    if (TITLE_WORDS.has(key) || ORGANIZATION_WORDS.has(key) || PLACE_WORDS.has(key) || NOT_NAMES.has(key)) return [];
    if (word.tags.has("Date") || word.tags.has("Pronoun")) return [];
    if (isCommon(word.text)) {
      // "Trump said": a common word is a surname only when it speaks, and the document may confirm it.
      return speaksAsSurname(word.text, word.tags, ctx.after) ? [mention(words, ctx, "speaks-as-surname", "person", null, false, true)] : [];
    }
    return [mention(words, ctx, "context", typeFromContext(words, ctx), null, false, true)];
  }
  // "CentOS Linux", "YouTube Music": capitals inside a word mark a brand.
  if (words.some((w) => CAMEL_CASE.test(w.text))) return [mention(words, ctx, "camel-case", "organization", null, false, true)];
  const names = words.filter((w) => !NAME_PARTICLES.has(w.text.toLowerCase()));
  // compromise's name lists, or its Person tag on every word ("Theresa May").
  const personTagged = words.some((w) => PERSON_TAGS.some((t) => w.tags.has(t))) || words.every((w) => w.tags.has("Person"));
  const allRare = names.every((w) => !isCommon(w.text.split(/[-‐‑]/).pop() ?? w.text));
  const place = typeFromContext(words, ctx);
  if (titled || personTagged || (allRare && names.length <= 5) || place === "person") {
    return [mention(words, ctx, "person-name", "person", null, titled)];
  }
  if (place === "place" && allRare) return [mention(words, ctx, "place-context", "place", null, false, true)];
  return [];
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
    out.push(...classifyRun(run.words, ctx));
    for (let i = run.first; i <= run.last; i++) covered.add(i);
  }
  // Lowercase hyphenated words can still carry a name: "pro-Assad", "anti-Israel".
  tokens.forEach((token, i) => {
    if (covered.has(i) || token.parts.length < 2) return;
    out.push(...hyphenMentions(token, { text, base, before: tokens[i - 1], after: tokens[i + 1], afterNext: tokens[i + 2] }));
  });
  return out.sort((a, b) => a.start - b.start);
}
