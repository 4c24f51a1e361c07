// A name the tagger marked → what it is for the graph: a person, country, place, organisation or group, or
// nothing (a title, a speaker tag, a work, a law). An ordered table of rules, `{ reason, test }`: the first
// that has a verdict decides, and every mention keeps the reason. Pure.
import { fold } from "./fold.ts";
import { AMBIGUOUS_DEMONYMS, COMMON_WORDS, DEMONYMS, GAZETTEER } from "./gazetteer.ts";
import { GROUP_NAMES } from "./group-names.ts";
import { ORGANIZATION_ACRONYMS } from "./extra-names.ts";
import { EVENT_WORDS, FIRM_WORK_WORDS, HOLIDAYS, NAME_CONNECTORS, PLACES_AFTER_THE, NAME_PARTICLES, NOT_NAMES, ORGANIZATION_WORDS, PARTICLE_NAME, PLACE_HEADS, PLACE_OF_WORDS, PLACE_WORDS, PLURAL_PLACE_WORDS, ROYAL_TITLES, SPEECH_VERBS, STRONG_ORGANIZATION_HEADS, TITLE_ABBREVIATIONS, TITLE_WORDS, VESSEL_PREFIXES, WORK_WORDS, ACRONYM, UPPER_START } from "./name-words.ts";
import type { TagClass } from "./tagger.ts";
import type { EntityType } from "./types.ts";
import { POSSESSIVE_S } from "./possessive.ts";
import { isGivenName, isLexiconName } from "./nlp.ts";

/** A word of a span or of its sentence: as written, with document offsets and compromise's tags. */
export interface SpanWord {
  text: string;
  start: number;
  end: number;
  tags?: ReadonlySet<string>;
  /** Punctuation after the word ends any name it is in (a comma, a bracket, a possessive). */
  breaks?: boolean;
}

/** A span to decide: what the tagger marked, its words, and the words of the sentence around it. */
export interface Span {
  start: number;
  end: number;
  cls: TagClass;
  words: readonly SpanWord[];
  /** The sentence's words before the span (nearest last) and after it. */
  before: readonly SpanWord[];
  after: readonly SpanWord[];
  /** A rule cut this span off another: its start is settled, no rule takes the word before into it. */
  settled?: boolean;
}

/** What the rules know of the document: its text, whether it is an interview, the names it settles. */
export interface SpanContext {
  text: string;
  /** The document has speaker tags ("((WN))"): initials at the start of a line are speakers too. */
  interview: boolean;
  /** Folded single names the tagger marks elsewhere in the document, with their class ("trump" → PER). */
  knownNames: ReadonlyMap<string, TagClass>;
  /** The tagger's list of names seen in training (folded): organisations and places. */
  nameList: ReadonlyMap<string, string>;
  /** What the document says names are ("Minetest is an open-source game"): folded name → type, or null for none of ours. */
  kinds: ReadonlyMap<string, EntityType | null>;
}

/** A rule's verdict: a mention, nothing at all, or other spans to decide in its place. */
export type SpanVerdict = { type: EntityType; name: string; start?: number; end?: number } | { drop: true } | { spans: Span[] };

/** One rule of the table. */
export interface SpanRule {
  reason: string;
  test(span: Span, ctx: SpanContext): SpanVerdict | null;
}

/** A decided mention, with the reason that decided it and the class the tagger gave it. */
export interface TypedMention {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  reason: string;
  cls: TagClass;
}

const REGNAL_NUMBER = /^(?:[IVX]{1,5}|\d{1,2}(?:st|nd|rd|th)?)$/;
const GROUPS = new Map<string, string>(GROUP_NAMES.flatMap((g) => [g.name, ...g.forms].map((form) => [fold(form), g.name] as const)));

/** The words' text as written in the document. */
function written(span: Pick<Span, "start" | "end">, ctx: SpanContext): string {
  return ctx.text.slice(span.start, span.end);
}

/** The span's text as the lists are keyed: folded, without a leading "the" ("The French" → "french"). */
function listKey(span: Pick<Span, "start" | "end">, ctx: SpanContext): string {
  return fold(written(span, ctx)).replace(/^the\s+/, "");
}

/** A word that is a title or role ("President", "H.E.", "Secretary-General", "IM"), not a name. */
export function isTitle(word: string): boolean {
  if (TITLE_ABBREVIATIONS.has(word)) return true;
  const key = fold(word).replace(POSSESSIVE_S, "");
  // "Heads of State", "Ministers": a plural title too.
  if (TITLE_WORDS.has(key) || TITLE_WORDS.has(key.replace(/\.$/, "")) || (/s$/.test(key) && TITLE_WORDS.has(key.slice(0, -1)))) return true;
  const parts = key.split(/[-‐‑]/);
  return parts.length > 1 && parts.every((p) => TITLE_WORDS.has(p));
}

/**
 * The span without its first n words; when what is left is a name the gazetteer knows, its class is the
 * gazetteer's ("COVID Melbourne" tagged ORG → "Melbourne", a place).
 */
function withoutFirst(span: Span, n: number): Span {
  const words = span.words.slice(n);
  const first = words[0] as SpanWord;
  const entry = GAZETTEER.get(fold(words.map((w) => w.text).join(" ")));
  const cls: TagClass = entry && span.cls !== "PER" ? (entry.type === "organization" ? "ORG" : "LOC") : span.cls;
  return { ...span, start: first.start, words, cls, before: [...span.before, ...span.words.slice(0, n)] };
}

/** The words from..to (exclusive) of a span, as a span of its own with the class given. */
function wordsOf(span: Span, from: number, to: number, cls: TagClass): Span {
  const words = span.words.slice(from, to);
  return {
    start: (words[0] as SpanWord).start,
    end: (words[words.length - 1] as SpanWord).end,
    cls,
    words,
    before: [...span.before, ...span.words.slice(0, from)],
    after: [...span.words.slice(to), ...span.after],
    settled: from > 0 || span.settled,
  };
}

/** Is a word a capitalised organisation head word of the set ("Society", not "society")? */
function isHead(word: SpanWord | undefined, heads: ReadonlySet<string>): boolean {
  return !!word && UPPER_START.test(word.text) && heads.has(fold(word.text));
}

/**
 * A name the gazetteer knows whole as a place ("West Bank"), or the training corpora annotate as one ("Soviet
 * Union"): what is known of the name beats what its head word suggests.
 */
function knownAsPlace(span: Span, ctx: SpanContext): boolean {
  const key = listKey(span, ctx);
  const place = GAZETTEER.get(key);
  return (place !== undefined && place.type !== "organization") || ctx.nameList.get(key) === "LOC";
}

/** An initial ("J", "K."): a word of a person's name, never a common word or a role. */
function isInitial(word: SpanWord): boolean {
  return /^\p{Lu}\.?$/u.test(word.text);
}

/** The span starts with a given name or an initial ("Michael Bay", "L. Sprague de Camp"): a person's name. */
function startsAsPerson(span: Span): boolean {
  const first = span.words[0];
  return !!first && (!!first.tags?.has("FirstName") || isGivenName(first.text) || isInitial(first));
}

/** Where the name after the "of" at `of` starts: past a "the" ("Institute of the University of ..."). */
function afterOf(words: readonly SpanWord[], of: number): number {
  return words[of + 1]?.text === "the" ? of + 2 : of + 1;
}

/** Adjectives of a title between an acronym and the title ("UN High Commissioner", "IOC Grand Master"). */
const TITLE_ADJECTIVES: ReadonlySet<string> = new Set(["High", "Grand"]);

/** Words between teams in a line of results ("Essex v Kent", "Leeds vs. Chelsea"). */
const VERSUS: ReadonlySet<string> = new Set(["v", "v.", "vs", "vs.", "versus"]);
const SCORE = /^\d{1,3}(?:[-–:/]\d{1,3})?$/;

/**
 * The span's sentence is a line of results and nothing else: a name, its score, a name, its score
 * ("Barnsley 2 Manchester United 1"), or two names with "v" between them ("Essex 320 v Kent"). A headline
 * with numbers in it ("Apollo 11 Crew Returns 50 Years On") has more than two names or no "v".
 */
function isResultsLine(span: Span): boolean {
  const words = [...span.before, ...span.words, ...span.after];
  // The line as a pattern: N for a run of name words, S for a score, V for "v".
  let pattern = "";
  for (const w of words) {
    const kind = SCORE.test(w.text) ? "S" : VERSUS.has(w.text.toLowerCase()) ? "V" : UPPER_START.test(w.text) || NAME_CONNECTORS.has(w.text) ? "N" : "x";
    if (kind === "x") return false;
    if (!(kind === "N" && pattern.endsWith("N"))) pattern += kind;
  }
  return /^NSNS$|^NS?VNS?$/.test(pattern);
}

/** A span over some of the words of another, for a part of it. */
function part(span: Span, word: SpanWord, cls: TagClass): Span {
  return { start: word.start, end: word.end, cls, words: [word], before: span.before, after: span.after };
}

/** "Biden-Trump", "Trump/GOP", "Afghanistan.Trump": capitalised pieces glued by a hyphen, a slash or a stop. */
export function gluedPieces(word: SpanWord): SpanWord[] {
  const pieces: SpanWord[] = [];
  const re = /[^-‐‑/.]+/gu;
  for (const m of word.text.matchAll(re)) pieces.push({ text: m[0], start: word.start + (m.index ?? 0), end: word.start + (m.index ?? 0) + m[0].length });
  return pieces;
}

/** The class a piece of a glued word has on its own: from the gazetteer, a demonym, or the document. */
export function pieceClass(text: string, ctx: SpanContext): TagClass | null {
  const key = fold(text);
  const entry = GAZETTEER.get(key);
  if (entry) return entry.type === "organization" ? "ORG" : "LOC";
  if (DEMONYMS.has(key)) return "LOC";
  return ctx.knownNames.get(key) ?? null;
}

/** The capitalised word right after the span, if any. */
function nextWord(span: Span): string | null {
  const next = span.after[0];
  return next && UPPER_START.test(next.text) ? next.text : null;
}

/** The span starts right after "<Capitalised head word> of" ("University of Paris"): the head word, if so. */
function headBefore(span: Span, heads: ReadonlySet<string>): SpanWord | null {
  const [of, head] = [span.before[span.before.length - 1], span.before[span.before.length - 2]];
  if (!of || !head || of.text !== "of" || !UPPER_START.test(head.text)) return null;
  return heads.has(fold(head.text)) ? head : null;
}

/** Organisations named "<Head> of <Place>": the place is part of the organisation's name. */
const ORGANIZATION_OF_HEADS: ReadonlySet<string> = new Set([
  "university", "college", "school", "institute", "academy", "museum", "bank", "library", "hospital", "league",
  "society", "order", "club", "foundation", "fund", "church", "conservatory", "chamber", "port",
]);

/** Honorifics and roles that stand before a person's name only (not "General" or "Supreme", which start organisations' names too). */
const PERSON_TITLES: ReadonlySet<string> = new Set([
  "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "h.e.", "excellency", "secretary-general", "president",
  "prime", "minister", "ambassador", "senator", "sen.", "rep.", "governor", "mayor", "chancellor", "king", "queen",
  "prince", "princess", "sheikh", "emir", "sultan", "pope", "ayatollah", "professor", "prof.", "sir", "lord", "lady",
]);

/** Head words that, alone or after "the", stand for an organisation or a country named before. */
const GENERIC_HEADS: ReadonlySet<string> = new Set([
  "council", "organization", "organisation", "assembly", "committee", "commission", "court", "tribunal",
  "conference", "summit", "forum", "secretariat", "agency", "kingdom", "republic", "government", "ministry",
  "department", "office", "administration", "federation", "fund", "programme", "authority", "board", "union",
  "state", "states", "member states", "charter", "agenda", "nation", "nations", "party", "parties",
]);

/** Prepositions after which a name is where something happens ("in", "near"; lowercase: not a title's "In"). */
const IN_WORDS: ReadonlySet<string> = new Set(["in", "near"]);

/** Lowercase nouns after a name that make it a natural place's ("Amazon rainforest", "Congo basin"). */
const NATURE_WORDS: ReadonlySet<string> = new Set(["rainforest", "forest", "forests", "jungle", "basin", "ecosystem", "biome", "delta", "watershed"]);

/** Heads of a country's administrative divisions named after their seat ("Mysore Division"). */
const DIVISION_WORDS: ReadonlySet<string> = new Set(["division"]);

/** Words that point back at a thing named before ("this Hall"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(["this", "that", "these", "those"]);

/** "McCain", "DeSantis", "O'Brien" are surnames; "GitHub", "YouTube" are brands. */
const CAMEL_CASE = /^(?!(?:Mc|Mac|De|Di|La|Le|Van|Von|O['’])\p{Lu})\p{Lu}\p{Ll}+\p{Lu}/u;

/**
 * Head words that begin an organisation's formal name before "of", "for" or "on" ("Association for Computing
 * Machinery", "Council on Foreign Relations", "Academy of Country Music"); not "Order" or "Battle", which
 * begin awards and events.
 */
const FORMAL_ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...STRONG_ORGANIZATION_HEADS, "league", "department", "office", "court", "school", "church", "bureau", "board",
  "organization", "organisation", "museum", "library",
]);

/** Words that end a publication's title before "of the" ("Philosophical Transactions of the Royal Society"). */
const PUBLICATION_WORDS: ReadonlySet<string> = new Set(["journal", "proceedings", "transactions", "annals", "bulletin", "review", "letters", "history", "gazette", "yearbook"]);

/** Head words of papers, stations and channels, whose titles keep their article ("The Washington Post"). */
const MEDIA_HEADS: ReadonlySet<string> = new Set([
  ...PUBLICATION_WORDS, "news", "times", "post", "press", "television", "tv", "radio", "magazine", "newspaper", "channel", "media", "studios", "network",
]);

/** "Journal of the ...", "Proceedings of the ...": the span is a publication's title. */
function publicationTitle(span: Span): boolean {
  return span.words.some((w, i) => UPPER_START.test(w.text) && PUBLICATION_WORDS.has(fold(w.text)) && span.words[i + 1]?.text === "of");
}

/** The connectors after a formal organisation's head word. */
const FORMAL_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "on"]);

/** Work words that are no one's surname: alone, even as a person, they are the work. */
const LONE_WORKS: ReadonlySet<string> = new Set(["linux", "olympics", "games", "os", "app", "expo", "pandemic", "genocide", "referendum", "agreement", "treaty", "convention", "protocol", "declaration", "charter", "covenant"]);

/** Work words that are also common surnames: after a given name, read as a person, they name one ("Doris Day", "Jude Law", "Nathan Deal"). */
const WORK_SURNAMES: ReadonlySet<string> = new Set(["day", "law", "deal", "spring"]);

/** A word compromise knows as a person's name (first name, surname, honorific). */
function isNameWord(word: SpanWord): boolean {
  return !!word.tags && (word.tags.has("FirstName") || word.tags.has("LastName") || word.tags.has("MaleName") || word.tags.has("FemaleName") || word.tags.has("Person"));
}

/** Words before a nationality that make it the people ("the Congolese"), not an adjective ("a Congolese firm"). */
const PEOPLE_DETERMINERS: ReadonlySet<string> = new Set(["the", "many", "some", "all", "most", "few", "other", "fellow", "these", "those", "thousands", "millions", "hundreds"]);

/** The line around a span, and where the span starts and ends in it. */
function lineOf(span: Pick<Span, "start" | "end">, text: string): { line: string; start: number; end: number } {
  const lineStart = text.lastIndexOf("\n", span.start - 1) + 1;
  const next = text.indexOf("\n", span.end);
  const line = text.slice(lineStart, next < 0 ? text.length : next);
  return { line, start: span.start - lineStart, end: span.end - lineStart };
}

const CREDIT_WORDS = "(?:File|Photo|Photos|Photograph|Picture|Pic|Image|Images|Credit|Courtesy|Illustration|Video|Source)";

/** Where page furniture names someone: each test says whether a span is in one. */
const BOILERPLATE: readonly { reason: string; test(span: Span, ctx: SpanContext): boolean }[] = [
  {
    // "... November 23, 2015 (File - Getty)", "(AFP)", "(AP Photo/Jane Doe)": a credit closing a caption.
    reason: "credit-in-brackets",
    test: (span, ctx) => {
      const { line, start, end } = lineOf(span, ctx.text);
      const open = line.lastIndexOf("(", start);
      const close = line.indexOf(")", end);
      if (open < 0 || close < 0) return false;
      const inside = line.slice(open + 1, close).trim();
      // "(File - Getty)" anywhere; an agency alone, "(AFP)", only where it closes the line.
      if (new RegExp(`^${CREDIT_WORDS}\\s*[-–:/]`, "u").test(inside)) return true;
      const closesLine = line.slice(close + 1).trim().replace(/[.]/g, "") === "";
      // After a caption's last sentence ("on Tuesday. (AP)") or alone; "the Radical Party of the Left (PRG)."
      // writes an acronym.
      const afterSentence = /(?:^|[.!?"”’)])$/u.test(line.slice(0, open).trim());
      return closesLine && afterSentence && /^(?:\p{Lu}{2,6}|\p{Lu}{2,6}\s*(?:Photo|\/).*)$/u.test(inside);
    },
  },
  {
    // "Image: Nicholas Moreau.", "Photo: Getty Images".
    reason: "credit-line",
    test: (span, ctx) => {
      const { line, start } = lineOf(span, ctx.text);
      return new RegExp(`(?:^|[.)]\\s+)${CREDIT_WORDS}s?\\s*[:©]\\s*[^.]*$`, "u").test(line.slice(0, start)) || /©\s*$/.test(line.slice(0, start));
    },
  },
  {
    // "By Jane Doe", "By Jane Doe, Reuters": a byline alone on its line.
    reason: "byline",
    test: (span, ctx) => /^\s*By\s+(?:\p{Lu}[\p{L}.'’-]*\s*){1,4}(?:,\s*(?:\p{Lu}[\p{L}.'’-]*\s*){1,3})?$/u.test(lineOf(span, ctx.text).line),
  },
  {
    reason: "licence-line",
    test: (span, ctx) => /\b(?:licen[cs]ed under|Creative Commons|CC BY(?:-SA)?\b|All rights reserved|Copyright ©)/i.test(lineOf(span, ctx.text).line),
  },
];

/** The rules, in order. */
export const SPAN_RULES: readonly SpanRule[] = [
  {
    // "((WN))  Given that..." and, in such an interview, "MS Although...": speakers, not entities.
    reason: "speaker-tag",
    test: (span, ctx) => {
      const lineStart = ctx.text.lastIndexOf("\n", span.start - 1) + 1;
      const lead = ctx.text.slice(lineStart, span.start);
      if (/\(\(\s*$/.test(lead) && /^\s*\)\)/.test(ctx.text.slice(span.end, span.end + 4))) return { drop: true };
      if (ctx.interview && lead.trim() === "" && /^\p{Lu}{1,5}$/u.test(written(span, ctx))) return { drop: true };
      return null;
    },
  },
  {
    // "Ministry of Foreign Affairs of" before "the Russian Federation": a name never ends on a connector.
    reason: "trailing-connector",
    test: (span) => {
      let n = span.words.length;
      while (n > 1 && NAME_CONNECTORS.has(span.words[n - 1]?.text.toLowerCase() ?? "")) n--;
      if (n === span.words.length) return null;
      const words = span.words.slice(0, n);
      return { spans: [{ ...span, end: (words[n - 1] as SpanWord).end, words, after: [...span.words.slice(n), ...span.after] }] };
    },
  },
  {
    // Photo credits, bylines and licence lines are about the page, not the story.
    reason: "boilerplate",
    test: (span, ctx) => (BOILERPLATE.some((b) => b.test(span, ctx)) ? { drop: true } : null),
  },
  {
    // "President", "Secretary-General", "His Excellency": a role alone is no entity; nor is "Jr" cut off a name by a comma.
    reason: "title-only",
    test: (span) => {
      const title = (w: SpanWord) => isTitle(w.text) || /^(?:his|her|the|jr|sr)\.?$/i.test(w.text);
      if (span.words.every(title)) return { drop: true };
      // "Russian Foreign Minister" cut off its name: the nationality is found apart, the role is nothing.
      if (span.words.length > 1 && DEMONYMS.has(fold(span.words[0]?.text ?? "")) && span.words.slice(1).every(title)) return { drop: true };
      // "Secretary-General and Member States": the title before "and" is not part of what follows.
      const and = span.words.findIndex((w) => /^(?:and|&)$/i.test(w.text));
      return and > 0 && span.words.slice(0, and).every(title) ? { spans: [{ ...withoutFirst(span, and + 1), settled: true }] } : null;
    },
  },
  {
    // "President Barack Obama", "H.E. António Guterres", "IM Dorsa Derakhshani": the name is after the titles.
    // A royal title before one given name is part of the name ("King Abdullah II", "Sheikh Hasina").
    reason: "leading-title",
    test: (span) => {
      if (span.cls !== "PER") return null;
      let n = 0;
      while (n < span.words.length - 1 && (isTitle(span.words[n]?.text ?? "") || /^(?:his|her)$/i.test(span.words[n]?.text ?? ""))) n++;
      if (n === 0) return null;
      const rest = span.words.slice(n);
      const royal = ROYAL_TITLES.has(fold(span.words[n - 1]?.text ?? ""));
      if (royal && (rest.length === 1 || (rest.length === 2 && REGNAL_NUMBER.test(rest[1]?.text ?? "")))) n--;
      return n === 0 ? null : { spans: [withoutFirst(span, n)] };
    },
  },
  {
    // "The Labour Party won", "The Court of Appeals ruled", "The WHO warned": the article that begins a
    // sentence is not part of a body's name (the training corpora leave it out 94 times, keep it 7), but of a
    // paper's or a band's title ("The Washington Post", "The Beatles"). Within a sentence a capital "The" is
    // as often part of a formal name ("The Scout Association") as not: it stays.
    reason: "leading-article",
    test: (span) => {
      if (span.cls !== "ORG" || span.before.length > 0 || span.words.length < 2 || !/^the$/i.test(span.words[0]?.text ?? "")) return null;
      const rest = span.words.slice(1);
      const body = rest.some((w) => isHead(w, FORMAL_ORGANIZATION_HEADS) || (isHead(w, ORGANIZATION_WORDS) && !MEDIA_HEADS.has(fold(w.text))));
      return body || (rest.length === 1 && ACRONYM.test(rest[0]?.text ?? "")) ? { spans: [withoutFirst(span, 1)] } : null;
    },
  },
  {
    // "Virginian Edmund Randolph", "Texan Qarvel Oduya": a word of a region's people before a given name is
    // not part of the name ("Brian", "Christian" are given names themselves).
    reason: "leading-regional-demonym",
    test: (span) => {
      const [first, second] = span.words;
      if (span.cls !== "PER" || span.words.length < 3 || !first || !second) return null;
      const people = /^\p{Lu}\p{Ll}+(?:an|ian|ese)$/u.test(first.text) && !isNameWord(first) && !isGivenName(first.text);
      return people && isGivenName(second.text) ? { spans: [{ ...withoutFirst(span, 1), settled: true }] } : null;
    },
  },
  {
    // "Minetest is an open-source game", "Ashodaya, a collective of sex workers": the document says what
    // the name is, wherever it is written.
    reason: "defined-kind",
    test: (span, ctx) => {
      const kind = ctx.kinds.get(listKey(span, ctx));
      // "Iraq, a founding State": what the gazetteer knows, it knows better.
      if (kind === undefined || GAZETTEER.has(listKey(span, ctx))) return null;
      return kind === null ? { drop: true } : { type: kind, name: written(span, ctx) };
    },
  },
  {
    // "Secretary-General Guterres", "Mr. Guterres" taken for an organisation: an honorific or a person's
    // role before a name makes the name a person's, unless an organisation's head word ends it ("Supreme
    // Court", "General Assembly").
    reason: "title-before-name",
    test: (span) => {
      if (span.cls === "PER" || span.words.length < 2) return null;
      let n = 0;
      while (n < span.words.length - 1 && (PERSON_TITLES.has(fold(span.words[n]?.text ?? "")) || /^(?:his|her)$/i.test(span.words[n]?.text ?? ""))) n++;
      const head = fold(span.words[span.words.length - 1]?.text ?? "");
      if (n === 0 || ORGANIZATION_WORDS.has(head) || NAME_CONNECTORS.has(span.words[n]?.text.toLowerCase() ?? "")) return null;
      const rest = withoutFirst(span, n);
      return { spans: [{ ...rest, cls: GAZETTEER.has(fold(rest.words.map((w) => w.text).join(" "))) ? span.cls : "PER", settled: true }] };
    },
  },
  {
    // "Minister of Health", "Head of State", "Chair of the Association of Southeast Asian Nations": a role is
    // no entity; a name after its "of" may be one.
    reason: "role-phrase",
    test: (span) => {
      const of = span.words.findIndex((w) => /^(?:of|for)$/i.test(w.text));
      if (of < 1 || !span.words.slice(0, of).every((w) => isTitle(w.text))) return null;
      let from = of + 1;
      if (span.words[from]?.text.toLowerCase() === "the") from++;
      if (from >= span.words.length) return { drop: true };
      const rest = withoutFirst(span, from);
      const single = rest.words.length === 1 ? fold(rest.words[0]?.text ?? "") : "";
      // "of State", "of Health": a plain word after the role is part of the role.
      return single && COMMON_WORDS.has(single) && !GAZETTEER.has(single) ? { drop: true } : { spans: [{ ...rest, settled: true }] };
    },
  },
  {
    // "Hafez al-Assad ruled": the tagger began the name one word late; a first name right before it
    // (compromise knows it as one, or it is no English word) is part of it.
    reason: "first-name",
    test: (span) => {
      const previous = span.before[span.before.length - 1];
      if (span.cls !== "PER" || span.settled || !previous || previous.breaks || !UPPER_START.test(previous.text)) return null;
      const key = fold(previous.text);
      if (isTitle(previous.text) || GAZETTEER.has(key) || DEMONYMS.has(key) || NOT_NAMES.has(key)) return null;
      const firstName = previous.tags?.has("FirstName") || previous.tags?.has("MaleName") || previous.tags?.has("FemaleName");
      if (!firstName && (COMMON_WORDS.has(key) || !/^\p{Lu}\p{Ll}+$/u.test(previous.text))) return null;
      return { spans: [{ ...span, start: previous.start, words: [previous, ...span.words], before: span.before.slice(0, -1) }] };
    },
  },
  {
    reason: "glued-names",
    test: (span, ctx) => {
      if (span.words.length !== 1 || GAZETTEER.has(fold(written(span, ctx)))) return null;
      const pieces = gluedPieces(span.words[0] as SpanWord);
      // "Al-Assad", "Abu-Bakr": a particle and a name are one name.
      if (pieces.length < 2 || !pieces.every((p) => UPPER_START.test(p.text) && p.text.length > 2 && !NAME_PARTICLES.has(fold(p.text)))) return null;
      // The pieces the gazetteer or the document knows are the names; "GOP" in "Trump/GOP" is left out.
      const known = pieces.flatMap((p) => {
        const cls = pieceClass(p.text, ctx);
        return cls === null ? [] : [part(span, p, cls)];
      });
      return known.length === 0 ? null : { spans: known };
    },
  },
  {
    // "COVID Melbourne", "Monday Putin": a date or a disease does not start a name.
    reason: "leading-date",
    test: (span) => {
      const dateLike = (w: SpanWord | undefined) => !!w && (w.tags?.has("Date") || w.tags?.has("WeekDay") || w.tags?.has("Month") || /^covid(?:-19)?$|^coronavirus$/i.test(w.text));
      let n = 0;
      while (n < span.words.length - 1 && dateLike(span.words[n])) n++;
      return n === 0 ? null : { spans: [withoutFirst(span, n)] };
    },
  },
  {
    // "Barnsley 2 Manchester United 1", "Essex v Kent": in a line of results, names and scores only, a
    // name is a team's (a country's name stays the country's: its national team is decided as ever).
    reason: "results-line",
    test: (span, ctx) => {
      if (span.cls === "ORG" || (span.cls === "PER" && startsAsPerson(span)) || !isResultsLine(span)) return null;
      const entry = GAZETTEER.get(listKey(span, ctx));
      return entry?.type === "country" ? null : { type: "organization", name: written(span, ctx) };
    },
  },
  {
    // "Officials said no", "Scientists found": a plural English noun written with a capital is not a name,
    // unless the name list or the gazetteer knows it ("Democrats", "Greens").
    reason: "plural-noun",
    test: (span, ctx) => {
      const key = listKey(span, ctx);
      const plural = span.words.length === 1 && span.words[0]?.tags?.has("Plural") && /s$/.test(key);
      return plural && COMMON_WORDS.has(key) && !GAZETTEER.has(key) && !ctx.nameList.has(key) && !GROUPS.has(key) ? { drop: true } : null;
    },
  },
  {
    // "COVID", "Monday", "Arabic", "West": capitalised words that are never an entity alone; but "Corona,
    // California" is a place's name, written with the place it lies in.
    reason: "not-a-name",
    test: (span, ctx) => {
      const key = listKey(span, ctx);
      if (GROUPS.has(key)) return null;
      const next = span.after[0];
      const inPlace = span.words[span.words.length - 1]?.breaks && /^,/.test(ctx.text.slice(span.end, span.end + 1)) && next && UPPER_START.test(next.text) && GAZETTEER.has(fold(next.text));
      if (inPlace && span.cls === "LOC") return null;
      // "South–South", "North-West": words that are never names, joined, are none either.
      return key.split(/[\s\-–—/]+/).every((p) => NOT_NAMES.has(p)) ? { drop: true } : null;
    },
  },
  {
    // "Diwali", "Ramadan", "Yom Kippur": a holiday is an event (src/extract/name-words.ts says why a list).
    reason: "holiday",
    test: (span, ctx) => (HOLIDAYS.has(listKey(span, ctx).replace(POSSESSIVE_S, "")) ? { drop: true } : null),
  },
  {
    // "SDGs", "LDCs", "NGOs": an acronym in the plural names a kind of thing, not one entity.
    reason: "plural-acronym",
    test: (span, ctx) => {
      const text = written(span, ctx);
      return span.words.length === 1 && /^\p{Lu}{2,}s$/u.test(text) && !ctx.nameList.has(fold(text)) ? { drop: true } : null;
    },
  },
  {
    // "the Council", "the Organization", "the Kingdom": a head word alone stands for a name said before.
    reason: "generic-head",
    test: (span, ctx) => (span.words.length <= 2 && GENERIC_HEADS.has(listKey(span, ctx)) ? { drop: true } : null),
  },
  {
    // "in this Hall", "that Chamber": one common word after a demonstrative points at a thing named before;
    // nobody writes "this Putin".
    reason: "after-demonstrative",
    test: (span) => {
      const word = span.words.length === 1 ? fold(span.words[0]?.text ?? "") : "";
      const before = fold(span.before[span.before.length - 1]?.text ?? "");
      // "this Trump administration": a name before a noun is a modifier, and still a name.
      const next = span.after[0];
      const modifier = next !== undefined && /^\p{Ll}/u.test(next.text) && next.tags?.has("Noun") === true;
      return DEMONSTRATIVES.has(before) && COMMON_WORDS.has(word) && !GAZETTEER.has(word) && !modifier ? { drop: true } : null;
    },
  },
  {
    // "Sustainable Development", "Climate Change": plain words the document also writes in lowercase are a
    // topic, not a name ("Human Rights Watch" is never written "human rights watch").
    reason: "topic-words",
    test: (span, ctx) => {
      const words = span.words.filter((w, i) => i > 0 || !/^the$/i.test(w.text));
      if (words.length < 2 || !words.every((w) => COMMON_WORDS.has(fold(w.text)) && !isNameWord(w))) return null;
      const phrase = words.map((w) => w.text.toLowerCase()).join(" ");
      return ctx.text.includes(phrase) && !ctx.nameList.has(fold(phrase)) ? { drop: true } : null;
    },
  },
  {
    // "Cabo Verde", "Sri Lanka", "Costa Rica": a country's name of two words or more is the country,
    // whatever class the tagger gave it ("Jordan", "Chad" alone can be people).
    reason: "country-full-name",
    test: (span, ctx) => {
      const entry = span.words.length > 1 ? GAZETTEER.get(listKey(span, ctx)) : undefined;
      if (entry?.type !== "country") return null;
      // "the Netherlands": the article is not part of the name as written.
      const article = /^the$/i.test(span.words[0]?.text ?? "") ? span.words[1] : undefined;
      return { type: "country", name: entry.name, ...(article ? { start: article.start } : {}) };
    },
  },
  {
    // "Chittoor District of Andhra Pradesh", "Qarnabad Province of Iraq": a place named whole with its head
    // word, then the place it lies in ("Isle of Man", "Gulf of Mexico" have one word before "of").
    reason: "place-of-place",
    test: (span, ctx) => {
      if (span.cls !== "LOC" || GAZETTEER.has(listKey(span, ctx))) return null;
      const of = span.words.findIndex((w, i) => i >= 2 && w.text === "of");
      if (of < 0 || !isHead(span.words[of - 1], PLACE_WORDS)) return null;
      const from = afterOf(span.words, of);
      const rest = span.words.slice(from);
      if (rest.length === 0 || !rest.every((w) => UPPER_START.test(w.text) || NAME_CONNECTORS.has(w.text))) return null;
      return { spans: [wordsOf(span, 0, of, "LOC"), wordsOf(span, from, span.words.length, "LOC")] };
    },
  },
  {
    // "a Palestinian State", "the Qarnabadi State": a nationality and "State" are that country.
    reason: "demonym-state",
    test: (span) => {
      if (span.words.length !== 2 || fold(span.words[1]?.text ?? "") !== "state") return null;
      const country = DEMONYMS.get(fold(span.words[0]?.text ?? ""));
      return country && !AMBIGUOUS_DEMONYMS.has(fold(span.words[0]?.text ?? "")) ? { type: "country", name: country } : null;
    },
  },
  {
    // "West Coast Eagles", "Chicago Bulls", "Qarnabad Rangers": a place, or what the tagger read as one, that
    // ends in a plural common noun names a team ("Cayman Islands", "Niagara Falls" end in a place word;
    // "Iraqi Kurds" is a group; "Bernie Sanders" is no place).
    reason: "team-name",
    test: (span, ctx) => {
      if (span.words.length < 2 || span.cls === "ORG") return null;
      const last = span.words[span.words.length - 1] as SpanWord;
      const key = fold(last.text);
      const plural = /^\p{Lu}\p{Ll}+[^su]s$/u.test(last.text) && COMMON_WORDS.has(key) && COMMON_WORDS.has(key.slice(0, -1));
      if (!plural || PLACE_WORDS.has(key) || PLURAL_PLACE_WORDS.has(key) || GROUPS.has(key) || DEMONYMS.has(key) || GAZETTEER.has(listKey(span, ctx))) return null;
      const place = span.cls === "LOC" || GAZETTEER.has(fold(ctx.text.slice(span.start, last.start).trim()));
      // A name read as a person's is left as one: "Whittaker Chambers", "Coleman Barks" end in plural nouns too.
      return place ? { type: "organization", name: written(span, ctx) } : null;
    },
  },
  {
    // "Iranian", "Russians", "Costa Ricans": a nationality counts for its country.
    reason: "demonym",
    test: (span, ctx) => {
      const country = DEMONYMS.get(listKey(span, ctx));
      return country ? { type: "country", name: country } : null;
    },
  },
  {
    // "Koreans", "Congolese": a nationality of two countries is a group; "Korean" alone says nothing.
    reason: "shared-demonym",
    test: (span, ctx) => {
      const text = written(span, ctx);
      if (!AMBIGUOUS_DEMONYMS.has(listKey(span, ctx))) return null;
      // "Congolese" is a people after "the" or "many", an adjective after "a".
      const before = span.before[span.before.length - 1]?.text.toLowerCase() ?? "";
      const people = /s$/.test(text) || (/ese$/.test(text) && PEOPLE_DETERMINERS.has(before));
      return people ? { type: "group", name: text } : { drop: true };
    },
  },
  {
    reason: "group-name",
    test: (span, ctx) => {
      const group = GROUPS.get(listKey(span, ctx));
      return group ? { type: "group", name: group } : null;
    },
  },
  {
    // "Eddington Medal of the Royal Astronomical Society", "Theoretical Physics Institute of the University of
    // Copenhagen": an organisation named whole after "of" or "of the", with its own head word, is a name of
    // its own, whatever the words before it are (an award, a part of that organisation).
    reason: "organization-after-of",
    test: (span, ctx) => {
      if (span.cls !== "ORG" && span.cls !== "MISC") return null;
      if (GAZETTEER.has(listKey(span, ctx))) return null;
      // The organisation named after "of" ends in its head word, or begins with one ("University of ...").
      const named = (rest: readonly SpanWord[]) =>
        rest.length >= 2 && rest.every((w) => UPPER_START.test(w.text) || NAME_CONNECTORS.has(w.text)) &&
        (isHead(rest[rest.length - 1], ORGANIZATION_WORDS) || (isHead(rest[0], FORMAL_ORGANIZATION_HEADS) && FORMAL_CONNECTORS.has(rest[1]?.text ?? "")));
      for (let of = span.words.length - 3; of > 0; of--) {
        if (span.words[of]?.text !== "of") continue;
        const from = afterOf(span.words, of);
        if (!named(span.words.slice(from))) continue;
        const first = span.words.slice(0, of);
        // Both parts are organisations: the first has a head word of its own ("Leadership Institute of ...").
        if (span.cls === "ORG" && !first.some((w) => isHead(w, ORGANIZATION_WORDS))) return null;
        // "Journal of the American Chemical Society", "Philosophical Transactions of the Royal Society": a
        // publication's title holds the organisation it is of; an award is a name of its own before it.
        if (span.cls === "MISC" && (first.length < 2 || PUBLICATION_WORDS.has(fold(first[first.length - 1]?.text ?? "")))) return null;
        return { spans: [wordsOf(span, 0, of, span.cls), wordsOf(span, from, span.words.length, "ORG")] };
      }
      return null;
    },
  },
  {
    // "Lancashire County Cricket Club and Lancashire County Football Association": two organisations, each
    // named whole with its head word ("Department of Housing and Urban Development" is one).
    reason: "organizations-and",
    test: (span) => {
      if (span.cls !== "ORG") return null;
      const and = span.words.findIndex((w) => w.text === "and" || w.text === "&");
      if (and < 2 || and > span.words.length - 3) return null;
      const ends = (k: number) => isHead(span.words[k], ORGANIZATION_WORDS);
      if (!ends(and - 1) || !ends(span.words.length - 1) || !UPPER_START.test(span.words[and + 1]?.text ?? "")) return null;
      return { spans: [wordsOf(span, 0, and, "ORG"), wordsOf(span, and + 1, span.words.length, "ORG")] };
    },
  },
  {
    // "Cisco Systems", "BAE Systems": a firm's work word after a first word that is no English word is the
    // firm's name ("Food Systems" stays a thing).
    reason: "firm-work-word",
    test: (span, ctx) => {
      if (span.words.length < 2 || (span.cls === "PER" && startsAsPerson(span))) return null;
      const last = span.words[span.words.length - 1] as SpanWord;
      const first = span.words[0] as SpanWord;
      const own = ACRONYM.test(first.text) || (UPPER_START.test(first.text) && !COMMON_WORDS.has(fold(first.text)));
      return isHead(last, FIRM_WORK_WORDS) && own ? { type: "organization", name: written(span, ctx) } : null;
    },
  },
  {
    // "Paris Agreement", "Kyoto Protocol", "CentOS Linux", "Treaty of Versailles": works, laws, events.
    reason: "work-name",
    test: (span) => {
      const last = fold(span.words[span.words.length - 1]?.text ?? "");
      const next = nextWord(span);
      // "Linux", "Olympics" alone, "Rocky Linux", "Paris Agreement" ("Day" alone may be Doris Day); but a
      // given name and a surname that is also a work word, read as a person, are one ("Doris Day", "Jude Law").
      const workSurname = span.cls === "PER" && span.words.length === 2 && WORK_SURNAMES.has(last) && startsAsPerson(span) && !isInitial(span.words[0] as SpanWord);
      if (WORK_WORDS.has(last) && !workSurname && (span.words.length > 1 || span.cls !== "PER" || LONE_WORKS.has(last))) return { drop: true };
      // "Paris Agreement on Climate Change", "Convention on the Rights of the Child".
      // "Agenda for Sustainable Development", "Plan of Action": a work's head first, then what it is about.
      const inner = span.words.findIndex((w, i) => (i > 0 || span.words.length > 2) && WORK_WORDS.has(fold(w.text)) && NAME_CONNECTORS.has(span.words[i + 1]?.text.toLowerCase() ?? ""));
      if (inner >= 0) return { drop: true };
      // "Hurricane Humberto" as one name.
      if (span.words.length > 1 && EVENT_WORDS.has(fold(span.words[0]?.text ?? ""))) return { drop: true };
      if (next && WORK_WORDS.has(fold(next))) return { drop: true };
      // "John W. Campbell Memorial Award", "Nobel Peace Prize": the name starts a work's name that goes on.
      const [one, two] = span.after;
      if (one && two && !span.words[span.words.length - 1]?.breaks && !one.breaks && UPPER_START.test(one.text) && UPPER_START.test(two.text) && WORK_WORDS.has(fold(two.text))) return { drop: true };
      // "Hurricane Dorian", "Operation Barbarossa": a storm or an operation, not a person.
      // Not across punctuation: "the Cannes Film Festival, France" names a country after the festival.
      const before = span.before[span.before.length - 1];
      if (before && !before.breaks && UPPER_START.test(before.text) && EVENT_WORDS.has(fold(before.text))) return { drop: true };
      return headBefore(span, WORK_WORDS) ? { drop: true } : null;
    },
  },
  {
    // "University of Paris", "Bank of England": the place names the organisation, it is not mentioned.
    reason: "organization-of-place",
    test: (span, ctx) => {
      const head = headBefore(span, ORGANIZATION_OF_HEADS);
      if (!head || span.cls === "PER") return null;
      const name = ctx.text.slice(head.start, span.end);
      return { type: "organization", name, start: head.start };
    },
  },
  {
    // "Melbournians", "Alawites", "Islamists", "Neanderthals": a people named by a plural, which the tagger
    // may take for a name.
    reason: "group-plural",
    test: (span, ctx) => {
      const text = written(span, ctx);
      const plural = span.words.length === 1 && /^\p{Lu}\p{Ll}{2,}(?:ans|ites|ists|als)$/u.test(text) && !ctx.nameList.has(fold(text));
      return plural && !COMMON_WORDS.has(fold(text)) && !GAZETTEER.has(fold(text)) ? { type: "group", name: text } : null;
    },
  },
  {
    // "the Assad regime", "Bolton said": a lone name the document gives a person elsewhere ("Bashar
    // al-Assad", "John Bolton") is that person, even a town's name, but not a country's or a known
    // organisation's ("Jordan", "Ford"), nor an organisation's acronym ("UN").
    reason: "person-surname",
    test: (span, ctx) => {
      if (span.cls === "PER" || span.words.length !== 1) return null;
      // An acronym read as an organisation is not the surname it spells: "UN" beside Kim Jong Un.
      if (span.cls === "ORG" && ACRONYM.test(written(span, ctx))) return null;
      const key = fold(written(span, ctx));
      const entry = GAZETTEER.get(key);
      return ctx.knownNames.get(key) === "PER" && (!entry || entry.type === "place") ? { type: "person", name: written(span, ctx) } : null;
    },
  },
  {
    // "Mysore Division", "Dhaka Division": a city's name and "Division" is the administrative division
    // around it (an army's divisions are numbered or named after their arm: "3rd Infantry Division").
    reason: "division-of-place",
    test: (span) => {
      const [place, head] = span.words;
      // "the Moscow Division of the bank" is a firm's.
      if (span.words.length !== 2 || !place || !isHead(head, DIVISION_WORDS) || /^of$/i.test(span.after[0]?.text ?? "")) return null;
      return GAZETTEER.get(fold(place.text))?.type === "place" ? { type: "place", name: `${place.text} ${head?.text ?? ""}` } : null;
    },
  },
  {
    // "Shanghai Cooperation Organization", "Moscow State University": the tagger began an organisation
    // after the place it is named after; the place is part of its name.
    reason: "organization-after-place",
    test: (span, ctx) => {
      const head = fold(span.words[span.words.length - 1]?.text ?? "");
      // An organisation, or a name the organisation-head rule below makes one ("Naval Academy" read as a place).
      const organization = span.cls === "ORG" ? ORGANIZATION_WORDS.has(head) || STRONG_ORGANIZATION_HEADS.has(head) : span.cls === "LOC" && STRONG_ORGANIZATION_HEADS.has(head) && !knownAsPlace(span, ctx);
      if (!organization) return null;
      // The place may have several words ("United States Military Academy", "Sri Lanka Football Federation"),
      // unbroken by punctuation; the longest the gazetteer knows wins.
      for (let n = Math.min(3, span.before.length); n >= 1; n--) {
        const place = span.before.slice(span.before.length - n);
        if (place.some((w) => w.breaks || !UPPER_START.test(w.text))) continue;
        const entry = GAZETTEER.get(fold(ctx.text.slice(place[0]!.start, place[n - 1]!.end)));
        if (!entry || entry.type === "organization") continue;
        return { type: "organization", name: ctx.text.slice(place[0]!.start, span.end), start: place[0]!.start };
      }
      return null;
    },
  },
  {
    // "Democratic People's Republic of Korea", "DPRK", "Republic of Korea": countries by their full names.
    reason: "country-name",
    test: (span, ctx) => {
      if (span.cls === "PER") return null;
      const key = fold(written(span, ctx)).replace(/^the\s+/, "");
      const entry = GAZETTEER.get(key);
      return entry?.type === "country" ? { type: "country", name: entry.name } : null;
    },
  },
  {
    // "Hong Kong Carrie Lam", "Vermont Bernie Sanders": a place written before a person's name is a place
    // of its own, unless it is a first name ("Washington Irving", "Paris Hilton").
    reason: "place-before-person",
    test: (span, ctx) => {
      if (span.cls !== "PER" || span.words.length < 3) return null;
      // At least a first name and a surname after the place: "Paris Hilton" is one person.
      for (let n = Math.min(3, span.words.length - 2); n >= 1; n--) {
        const head = span.words.slice(0, n);
        const entry = GAZETTEER.get(fold(ctx.text.slice(head[0]?.start ?? 0, head[n - 1]?.end ?? 0)));
        if (!entry || entry.type === "organization" || head[0]?.tags?.has("FirstName")) continue;
        const place: Span = { ...span, end: head[n - 1]?.end ?? span.end, cls: "LOC", words: head, after: [...span.words.slice(n), ...span.after] };
        return { spans: [place, { ...withoutFirst(span, n), settled: true }] };
      }
      return null;
    },
  },
  {
    // "FIDE Master", "UN Envoy", "UN High Commissioner": an acronym and a title make a title, not a person.
    reason: "acronym-title",
    test: (span) => {
      const last = span.words[span.words.length - 1];
      if (span.cls !== "PER" || span.words.length < 2 || !last || !isTitle(last.text)) return null;
      const part = (w: SpanWord) => ACRONYM.test(w.text) || isTitle(w.text) || TITLE_ADJECTIVES.has(w.text);
      return span.words.slice(0, -1).every(part) ? { drop: true } : null;
    },
  },
  {
    // "SARS-CoV-2", "MH17", "F-16": a code of letters and digits names a virus, a flight or a model, not
    // one of our entities ("G20" stays).
    reason: "code-name",
    test: (span, ctx) => {
      const text = written(span, ctx);
      if (span.words.length !== 1 || !/\d/.test(text) || /^\p{Lu}\d{1,3}$/u.test(text)) return null;
      return ctx.nameList.has(fold(text)) || GAZETTEER.has(fold(text)) ? null : { drop: true };
    },
  },
  {
    // "Podcaster Spike Cohen", "Archaeologist Naomi Martisius": a noun of a trade before a full name is a role.
    reason: "leading-role",
    test: (span) => {
      const first = span.words[0];
      if (span.cls !== "PER" || span.words.length < 3 || !first || isNameWord(first)) return null;
      // An initial is a name's ("J. J. Abrams"); compromise's Actor is a noun of a person ("Podcaster"), and
      // a given name of no list ("Haider Al Abadi", "Hélder") is not one.
      if (isInitial(first)) return null;
      const key = fold(first.text);
      const role = (COMMON_WORDS.has(key) && first.tags?.has("Noun")) || first.tags?.has("Actor");
      return role ? { spans: [{ ...withoutFirst(span, 1), settled: true }] } : null;
    },
  },
  {
    // "Mm. Yeah", "Thank You": common words, none of them a name compromise knows, are no person.
    reason: "common-words",
    test: (span) => {
      if (span.cls !== "PER") return null;
      // "H. G. Wells": an initial is a name's; "Senator John Tower": a given name is one, whatever its context.
      const plain = (w: SpanWord) => !isInitial(w) && !isNameWord(w) && !isLexiconName(w.text);
      const common = (w: SpanWord) => (COMMON_WORDS.has(fold(w.text)) || w.tags?.has("Expression")) && plain(w);
      // "Mm. Yeah", "Oh Jeez": an interjection with common or tiny words.
      if (span.words.some((w) => w.tags?.has("Expression")) && span.words.every((w) => common(w) || (plain(w) && fold(w.text).replace(/\./g, "").length <= 2))) return { drop: true };
      return span.words.length > 1 && span.words.every(common) ? { drop: true } : null;
    },
  },
  {
    // "PG&E", "AT&T": an ampersand names a firm; "MV Namse Bangdzod", "USS Cole": a vessel.
    reason: "firm-or-vessel",
    test: (span, ctx) => {
      const text = written(span, ctx);
      if (span.cls === "PER" && /&/.test(text)) return { type: "organization", name: text };
      const before = span.before[span.before.length - 1]?.text ?? "";
      return (VESSEL_PREFIXES.has(span.words[0]?.text ?? "") && span.words.length > 1) || VESSEL_PREFIXES.has(before) ? { drop: true } : null;
    },
  },
  {
    // "Democratic", "Magellanic": an English adjective alone is no name.
    reason: "adjective",
    test: (span, ctx) => {
      const key = listKey(span, ctx);
      const words = span.words.filter((w, i) => i > 0 || !/^the$/i.test(w.text));
      const word = words[0];
      if (words.length !== 1 || !word || isNameWord(word) || GAZETTEER.has(key) || ctx.nameList.has(key) || DEMONYMS.has(key)) return null;
      // compromise calls a capitalised adjective a proper noun; the endings tell it.
      const adjective = (word.tags?.has("Adjective") && !word.tags.has("Noun")) || /^\p{L}{3,}(?:ic|ical|ous|ive)$/u.test(key);
      return adjective ? { drop: true } : null;
    },
  },
  {
    // "in the Amazon", "Amazon rainforest fires": the place, not the firm (src/extract/name-words.ts); "the
    // Amazon account" is the firm's.
    reason: "place-after-the",
    test: (span, ctx) => {
      if (!PLACES_AFTER_THE.has(fold(written(span, ctx)))) return null;
      const next = span.after[0];
      const noun = next !== undefined && !UPPER_START.test(next.text) && !!next.tags?.has("Noun");
      const place = noun ? PLACE_WORDS.has(next.text) || NATURE_WORDS.has(next.text) : /^the$/i.test(span.before[span.before.length - 1]?.text ?? "");
      return place ? { type: "place", name: written(span, ctx) } : null;
    },
  },
  {
    // "White House", "Kremlin" taken for places, "Da'esh" for a person: the gazetteer knows them as organisations.
    reason: "known-organization",
    test: (span, ctx) => {
      if (span.cls === "ORG") return null;
      const entry = GAZETTEER.get(fold(written(span, ctx)).replace(/^the\s+/, ""));
      return entry?.type === "organization" ? { type: "organization", name: entry.name } : null;
    },
  },
  {
    // "GitHub", "YouTube", "SpaceX" taken for people: capitals inside a word mark a brand ("McCain",
    // "DeSantis" are surnames).
    reason: "camel-case-brand",
    test: (span, ctx) => (span.cls === "PER" && span.words.length === 1 && CAMEL_CASE.test(span.words[0]?.text ?? "") ? { type: "organization", name: written(span, ctx) } : null),
  },
  {
    // "Association for Computing Machinery", "National Academy of Sciences", "Council on Foreign Relations"
    // taken for a work or a place: a formal name that begins with an organisation's head word and "of",
    // "for" or "on" (after at most two words such as "National", "Royal") is an organisation's.
    reason: "organization-head-first",
    test: (span, ctx) => {
      if (span.cls === "ORG" || span.words.length < 3 || knownAsPlace(span, ctx) || publicationTitle(span)) return null;
      const head = span.words.findIndex((w, i) => i < span.words.length - 2 && isHead(w, FORMAL_ORGANIZATION_HEADS) && FORMAL_CONNECTORS.has(span.words[i + 1]?.text ?? ""));
      if (head < 0 || head > 2 || !span.words.slice(0, head).every((w) => UPPER_START.test(w.text) && !isTitle(w.text))) return null;
      return { type: "organization", name: written(span, ctx) };
    },
  },
  {
    // "Coast Guard", "Mahan Air", "Lekfjs Liberation Army" taken for a place or a person: an organisation's
    // head word ends them; not a place the gazetteer knows whole ("West Bank").
    reason: "organization-head",
    test: (span, ctx) => {
      const head = fold(span.words[span.words.length - 1]?.text ?? "");
      if (knownAsPlace(span, ctx) || publicationTitle(span)) return null;
      return span.cls !== "ORG" && span.words.length > 1 && STRONG_ORGANIZATION_HEADS.has(head) ? { type: "organization", name: written(span, ctx) } : null;
    },
  },
  {
    // "gathered in Deir al-Balah and Khan Younis": a name of two words or more right after "in" or "near"
    // (or after "and" in such a list) is a place, even where the tagger read a person, unless it starts
    // with a first name ("in Donald Trump's view") or is a possessive.
    reason: "place-after-in",
    test: (span, ctx) => {
      if (span.cls !== "PER" || span.words.length < 2 || startsAsPerson(span)) return null;
      const last = span.words[span.words.length - 1] as SpanWord;
      if (last.breaks && /['’]/.test(span.after[0]?.text ?? "")) return null;
      let k = span.before.length - 1;
      if (fold(span.before[k]?.text ?? "") === "and") {
        k--;
        while (k >= 0 && k >= span.before.length - 6 && (UPPER_START.test(span.before[k]?.text ?? "") || PARTICLE_NAME.test(span.before[k]?.text ?? ""))) k--;
      }
      return IN_WORDS.has(span.before[k]?.text ?? "") ? { type: "place", name: written(span, ctx) } : null;
    },
  },
  {
    // "Hancock Brook", "Subiaco Oval", "Clarence Dock": a name that ends in a place noun is a place, even
    // where the tagger read a person ("Ricki Lake", "Michael Bay" start with a first name and stay people).
    reason: "place-head",
    test: (span, ctx) => {
      if (span.cls !== "PER" || span.words.length < 2 || startsAsPerson(span)) return null;
      // "Ricki Lake said": whoever speaks is a person.
      if (SPEECH_VERBS.has(fold(span.after[0]?.text ?? ""))) return null;
      const last = span.words[span.words.length - 1] as SpanWord;
      const key = fold(last.text);
      return UPPER_START.test(last.text) && (PLACE_WORDS.has(key) || PLACE_HEADS.has(key)) ? { type: "place", name: written(span, ctx) } : null;
    },
  },
  {
    // "the southern city of Qarnabad said", "north of Vorlat": after a place word and "of", a name read as a
    // person's or a work's is a place (in the training corpora, 82 of 83 such names are).
    reason: "place-of-word",
    test: (span, ctx) => {
      if (span.cls !== "PER" && span.cls !== "MISC") return null;
      const [word, of] = span.before.slice(-2);
      if (!word || of?.text !== "of" || !PLACE_OF_WORDS.has(word.text)) return null;
      const entry = GAZETTEER.get(listKey(span, ctx));
      return entry?.type === "country" ? { type: "country", name: entry.name } : { type: "place", name: entry?.type === "place" ? entry.name : written(span, ctx) };
    },
  },
  {
    reason: "tagged-person",
    test: (span, ctx) => {
      if (span.cls !== "PER") return null;
      // A royal title right before one given name belongs to the name: "King Abdullah II" as a node.
      const title = span.before[span.before.length - 1];
      const royal = title && ROYAL_TITLES.has(fold(title.text)) && UPPER_START.test(title.text);
      const one = span.words.length === 1 || (span.words.length === 2 && REGNAL_NUMBER.test(span.words[1]?.text ?? ""));
      const name = written(span, ctx);
      return { type: "person", name: royal && one ? `${title.text} ${name}` : name };
    },
  },
  {
    reason: "tagged-place",
    test: (span, ctx) => {
      if (span.cls !== "LOC") return null;
      const entry = GAZETTEER.get(fold(written(span, ctx)).replace(/^the\s+/, ""));
      return { type: "place", name: entry?.type === "place" ? entry.name : written(span, ctx) };
    },
  },
  {
    reason: "tagged-organization",
    test: (span, ctx) => {
      if (span.cls !== "ORG") return null;
      const text = written(span, ctx);
      const entry = GAZETTEER.get(fold(text).replace(/^the\s+/, ""));
      return { type: "organization", name: ORGANIZATION_ACRONYMS[text] ?? (entry?.type === "organization" ? entry.name : text) };
    },
  },
  {
    // Anything else the tagger marked as MISC: an event, a work, a product, a nationality of no country.
    reason: "tagged-other",
    test: () => ({ drop: true }),
  },
];

/**
 * Decides a span by the first rule with a verdict; a rule may hand back other spans (a name without its
 * titles, the pieces of "Biden-Trump"), which are decided in turn.
 * @example decideSpan(span, ctx) // [{ type: "person", name: "Barack Obama", reason: "tagged-person", ... }]
 */
export function decideSpan(span: Span, ctx: SpanContext, onDrop?: (span: Span, reason: string) => void, depth = 0): TypedMention[] {
  for (const rule of SPAN_RULES) {
    const verdict = rule.test(span, ctx);
    if (verdict === null) continue;
    if ("drop" in verdict) {
      onDrop?.(span, rule.reason);
      return [];
    }
    if ("spans" in verdict) return depth > 3 ? [] : verdict.spans.flatMap((s) => decideSpan(s, ctx, onDrop, depth + 1));
    return [{ start: verdict.start ?? span.start, end: verdict.end ?? span.end, type: verdict.type, name: verdict.name, reason: rule.reason, cls: span.cls }];
  }
  return [];
}
