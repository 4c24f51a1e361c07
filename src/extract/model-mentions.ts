// A document's sentences and the rules' mentions → its mentions: the names the trained tagger marks, decided
// by the span rules (titles off, works and speaker tags out, countries by their full names, groups), an
// acronym the document defines taking its long form's entity, groups and nationalities found by their
// names, short forms resolved to the full names the document writes. Pure.
import type { FoundMention } from "./find-mentions.ts";
import { fold } from "./fold.ts";
import { COMMON_WORDS, DEMONYMS, GAZETTEER, NAME_FIRST_WORDS } from "./gazetteer.ts";
import { GROUP_NAMES } from "./group-names.ts";
import { FIRM_CUES, KIND_NOUNS } from "./kind-nouns.ts";
import { nameWords, resolveDocument, type ResolvedMention } from "./resolve-document.ts";
import { ACRONYM, COMPANY_SUFFIXES, EVENT_WORDS, NAME_CONNECTORS, ORGANIZATION_WORDS, PLACE_HEADS, PLACE_WORDS, SPEECH_VERBS, VESSEL_PREFIXES, WORK_WORDS } from "./name-words.ts";
import { POSSESSIVE, withoutPossessive } from "./possessive.ts";
import { isGivenName, isLexiconVerb } from "./nlp.ts";
import { decideSpan, gluedPieces, pieceClass, type Span, type SpanContext, type SpanWord, type TypedMention } from "./span-rules.ts";
import type { Token, TokenizedSentence } from "./split-sentences.ts";
import { labelSpans, tagSentence, tokenCore, type DocumentMemory, type TagClass, type TaggedSpan, type Tagger } from "./tagger.ts";
import type { EntityType } from "./types.ts";
import { documentFeatures, type RuleSpan } from "./token-features.ts";

/** A mention of the document, with the tagger class it came from (null when a rule found it alone). */
export interface DocumentMention extends ResolvedMention {
  cls: TagClass | null;
}

/**
 * The rules' mentions kept whatever the tagger says: a nationality ("Iranian" mentions Iran) and a place in a
 * hyphenated word ("Gaza-based", "Saudi-led"), which annotators rarely mark but which are about that place.
 */
const RULE_REASONS_KEPT = new Set(["demonym", "leading-demonym", "hyphen-demonym", "hyphen-gazetteer"]);
const GROUP_FORMS = new Map<string, string>(GROUP_NAMES.flatMap((g) => [g.name, ...g.forms].map((form) => [fold(form), g.name] as const)));
const LONGEST_GROUP_FORM = Math.max(...[...GROUP_FORMS.keys()].map((k) => k.split(" ").length));

/** Which characters of the document a set of mentions covers: constant-time overlap tests. */
class Coverage {
  private readonly chars: Uint8Array;
  constructor(length: number, mentions: Iterable<{ start: number; end: number }> = []) {
    this.chars = new Uint8Array(length + 1);
    for (const m of mentions) this.add(m);
  }
  add(m: { start: number; end: number }): void {
    this.chars.fill(1, m.start, m.end);
  }
  /** Does any mention overlap start..end? */
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.chars[i]) return true;
    return false;
  }
}

function wordOf(token: Token, breaks = false): SpanWord {
  const core = tokenCore(token);
  return { text: token.text.slice(core.start - token.start, core.end - token.start), start: core.start, end: core.end, tags: token.tags, breaks };
}

function spanOf(tagged: TaggedSpan, words: readonly SpanWord[]): Span {
  return {
    start: tagged.start,
    end: tagged.end,
    cls: tagged.type,
    words: words.slice(tagged.first, tagged.last + 1),
    before: words.slice(0, tagged.first),
    after: words.slice(tagged.last + 1),
  };
}

/** The longest kind noun, in words. */
const LONGEST_KIND = Math.max(...[...KIND_NOUNS.keys()].map((k) => k.split(" ").length));

/**
 * What the document says its names are: "X is a/an/the ... <kind>", "X, a/an ... <kind>" right after a name
 * the tagger marked, the kind noun among the next five words (before "of", "that", "who").
 */
function documentKinds(text: string, spans: readonly { span: Span }[]): Map<string, EntityType | null> {
  const kinds = new Map<string, EntityType | null>();
  for (const { span } of spans) {
    const after = text.slice(span.end, span.end + 120);
    // "X is a/the ...", "X, a ..." (with "the", a comma starts a list as often as a definition).
    // "X, the ... <kind>, said": with "the", only an apposition closed by a comma and no "and" or "or" after.
    // Such an apposition names a firm or a body; a person's ("Lord Carloway, the Lord President of the court,")
    // is left to the title rules.
    const plain = /^(?:['’]s)?(?:\s*,\s*(?:a|an)|\s+(?:is|was|are|were|remains|became)\s+(?:a|an|the|one of the))\s+([^.;:()"“”,]*)/u.exec(after);
    const match = plain ?? /^(?:['’]s)?\s*,\s*the\s+([^.;:()"“”,]*),\s+(?!and\b|or\b)\p{Ll}/u.exec(after);
    if (!match) continue;
    const words = (match[1] ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const stop = words.findIndex((w) => /^(?:of|that|which|who|whose|from|in|on|for|with|and|by|to|at)$/.test(w));
    const phrase = words.slice(0, stop < 0 ? Math.min(words.length, 5) : stop);
    // The kind is the head of the phrase, its last noun: "a former United States Representative" is a person.
    let found: EntityType | null | undefined;
    for (let n = Math.min(LONGEST_KIND, phrase.length); n >= 1 && found === undefined; n--) {
      const noun = phrase.slice(phrase.length - n).join(" ").replace(/s$/, "");
      found = KIND_NOUNS.has(noun) ? (KIND_NOUNS.get(noun) ?? null) : undefined;
    }
    if (found === undefined || (!plain && found === "person")) continue;
    const key = fold(text.slice(span.start, span.end)).replace(/^the\s+/, "");
    if (!kinds.has(key)) kinds.set(key, found);
  }
  // "shares of Dynegy", "Kinder Morgan's chief executive": a firm, unless a given name starts it (a person
  // has employees and a board seat too).
  for (const { span } of spans) {
    const key = fold(text.slice(span.start, span.end)).replace(/^the\s+/, "");
    if (kinds.has(key) || isGivenName(span.words[0]?.text ?? "")) continue;
    const before = text.slice(Math.max(0, span.start - 40), span.start).toLowerCase().replace(/\s+/g, " ");
    const after = text.slice(span.end, span.end + 40).toLowerCase().replace(/\s+/g, " ").replace(/^['’]s?\b/, "'s");
    if (FIRM_CUES_BEFORE.test(before) || FIRM_CUES_AFTER.test(after)) kinds.set(key, "organization");
  }
  // "a no-deal Brexit.", "an early Ramadan in...": a lone name read as a person's or as none of ours, ending
  // a phrase that an indefinite article begins, is a thing, unless the document names a person of that
  // surname in full.
  const surnames = new Set(spans.filter(({ span }) => span.cls === "PER" && span.words.length > 1).map(({ span }) => fold(span.words[span.words.length - 1]?.text ?? "")));
  // Wherever the document writes them, marked by the tagger there or not: one pass over the text.
  const things = new Set<string>();
  for (const match of text.matchAll(INDEFINITE_PHRASE_END)) things.add(fold(match[1] ?? ""));
  for (const { span } of spans) {
    // "an ideologically biased CICIG": an acronym is an organisation's, however the phrase goes.
    const word = span.words[0]?.text ?? "";
    if ((span.cls !== "PER" && span.cls !== "MISC") || span.words.length !== 1 || isGivenName(word) || ACRONYM.test(word)) continue;
    const key = fold(text.slice(span.start, span.end));
    if (things.has(key) && !kinds.has(key) && !surnames.has(key)) kinds.set(key, null);
  }
  return kinds;
}

/**
 * A capitalised word after an indefinite article and at most two lowercase words of its phrase (no
 * preposition: "a letter to"), ending the phrase: punctuation, a preposition, a conjunction or a verb after it.
 */
const INDEFINITE_PHRASE_END =
  /(?<![\p{L}\p{N}])(?:a|an)\s+(?:(?!(?:to|of|for|in|on|with|at|from|by|and|or|but|the|as|than|into|about|against|over|under|after|before|between|through|like)\s)[a-z][a-z-]*\s+){0,2}(\p{Lu}[\p{L}\p{N}-]*)(?=\s*[.,;:!?)]|\s+(?:by|in|on|for|with|and|or|to|at|from|is|was|would|will|could|has|had)\b)/gu;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** FIRM_CUES as patterns: a cue ends right before the name ("shares of (the) "), or starts right after it. */
const FIRM_CUES_BEFORE = new RegExp(`\\b(?:${FIRM_CUES.before.map(escapeRe).join("|")})(?: the)? $`);
const FIRM_CUES_AFTER = new RegExp(`^(?:${FIRM_CUES.after.map((c) => (c.startsWith("'s") ? escapeRe(c) : ` ${escapeRe(c)}`)).join("|")})\\b`);

/** First words of the gazetteer's names and nationalities of two words or more ("costa" for "costa ricans"). */
const JOIN_FIRST_WORDS: ReadonlySet<string> = new Set([...NAME_FIRST_WORDS, ...[...DEMONYMS.keys()].filter((k) => k.includes(" ")).map((k) => k.split(" ")[0] ?? "")]);

/** What the joins of a sentence's spans read: the document's text, the sentence's tokens, the document's acronyms. */
interface JoinContext {
  text: string;
  tokens: readonly Token[];
  /** Acronyms as the document writes them ("OSCE"). */
  acronyms: ReadonlySet<string>;
}

/** Tokens first..last as one organisation, in place of the spans inside them. */
function mergeSpans(spans: readonly TaggedSpan[], tokens: readonly Token[], first: number, last: number): TaggedSpan[] {
  const merged: TaggedSpan = { start: tokenCore(tokens[first] as Token).start, end: tokenCore(tokens[last] as Token).end, type: "ORG", first, last };
  return [...spans.filter((s) => s.last < first || s.first > last), merged].sort((a, b) => a.first - b.first);
}

/**
 * Spans the tagger cut inside a name the gazetteer knows whole ("Costa" + "Ricans", "People" + "Republic
 * of China"), joined back into one over the whole name.
 */
function joinKnownNames(tagged: readonly TaggedSpan[], { tokens }: JoinContext): TaggedSpan[] {
  if (tagged.length === 0) return [];
  const folded = tokens.map((t) => fold(t.text));
  const bare = tokens.map((t) => {
    const core = tokenCore(t);
    return fold(t.text.slice(core.start - t.start, core.end - t.start));
  });
  const out = [...tagged];
  for (let i = 0; i < tokens.length; i++) {
    // Names start at a word that starts a known name of two words or more: most words start none.
    if (!JOIN_FIRST_WORDS.has(folded[i] ?? "")) continue;
    for (let j = Math.min(tokens.length, i + 6); j > i + 1; j--) {
      const key = [...folded.slice(i, j - 1), bare[j - 1]].join(" ");
      const entry = GAZETTEER.get(key);
      if (!entry && !DEMONYMS.has(key)) continue;
      const inside = out.filter((s) => s.first >= i && s.last < j);
      // Where the tagger marked part of the name ("Carolina" in "North Carolina", "Kong" in "Hong
      // Kong-based"), and no span runs out of it.
      const capitalised = tokens.slice(i, j).every((t) => /^\p{Lu}/u.test(t.text) || NAME_CONNECTORS.has(t.text.toLowerCase()));
      const whole = inside.length === 1 && inside[0]?.first === i && inside[0]?.last === j - 1;
      if (inside.length === 0 || whole || !capitalised || out.some((s) => s.first < i && s.last >= i) || out.some((s) => s.first < j && s.last >= j)) continue;
      const first = tokenCore(tokens[i] as Token);
      const last = tokenCore(tokens[j - 1] as Token);
      const cls: TagClass = entry?.type === "organization" ? "ORG" : "LOC";
      out.splice(out.indexOf(inside[0] as TaggedSpan), inside.length, { start: first.start, end: last.end, type: cls, first: i, last: j - 1 });
      i = j - 1;
      break;
    }
  }
  return out;
}

/** Punctuation between token k and the next ends a name: a comma, a colon, a bracket or quote on either side. */
function punctuationAfter(tokens: readonly Token[], k: number): boolean {
  return /[,;:()[\]"“”]/.test(`${tokens[k]?.post ?? ""}${tokens[k + 1]?.pre ?? ""}`);
}

/** A legal form word, without its dot: "Inc.", "Ltd", "PLC". */
function isCompanySuffix(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text) && COMPANY_SUFFIXES.has(fold(token.text).replace(/\./g, ""));
}

/**
 * A firm's legal form belongs to its name, after a comma too ("Google, Inc.", "Marvel Consultants, Inc."),
 * dot included ("Apple Inc."); a span the tagger started at the legal form keeps only what follows it
 * ("Inc. of Mountain View" → "Mountain View", a place when the gazetteer says so).
 */
function joinCompanySuffixes(tagged: readonly TaggedSpan[], { text, tokens }: JoinContext): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  let spans = [...tagged];
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as TaggedSpan;
    const lastToken = tokens[span.last] as Token;
    const next = tokens[span.last + 1];
    let joined = span;
    if (isCompanySuffix(lastToken)) {
      joined = { ...span, type: "ORG" };
    } else if (isCompanySuffix(next) && /^,?\s*$/.test(lastToken.post) && span.type !== "LOC") {
      joined = { ...span, type: "ORG", end: tokenCore(next as Token).end, last: span.last + 1 };
      const following = spans[i + 1];
      if (following && following.first === span.last + 1) {
        // What the tagger ran on after the legal form: its words after an "of", if any.
        let first = following.first + 1;
        if (fold(tokens[first]?.text ?? "") === "of") first++;
        if (first <= following.last) {
          const rest = { ...following, first, start: tokenCore(tokens[first] as Token).start };
          const known = GAZETTEER.get(fold(text.slice(rest.start, rest.end)));
          spans = [...spans.slice(0, i + 1), { ...rest, type: known && known.type !== "organization" ? "LOC" : rest.type }, ...spans.slice(i + 2)];
        } else {
          spans = [...spans.slice(0, i + 1), ...spans.slice(i + 2)];
        }
      }
    }
    // The abbreviation's dot is the name's ("Inc."), not the sentence's alone.
    if (isCompanySuffix(tokens[joined.last]) && text[joined.end] === "." && !/\.$/.test(text.slice(joined.start, joined.end))) joined = { ...joined, end: joined.end + 1 };
    out.push(joined);
  }
  return out;
}

/** Plurals without an "s", whose possessive is "'s": "People's Party", "Children's Hospital". */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(["people", "children", "women", "men"]);

/**
 * A plural common noun's possessive inside a name is part of it: "Serb People's Party", "Workers' Party",
 * "Children's Hospital". The tagger ends names at a possessive ("Iran's Revolutionary Guard" is two); it
 * is joined over when the possessive is a common word (not "Iran's") and what follows, capitalised, ends in
 * an organisation word or is what the tagger marked as an organisation.
 */
function joinPossessiveNames(tagged: readonly TaggedSpan[], { tokens }: JoinContext): TaggedSpan[] {
  let spans = [...tagged];
  for (const span of tagged) {
    const token = tokens[span.last] as Token;
    if (!POSSESSIVE.test(token.text) || !/^\p{Lu}/u.test(token.text)) continue;
    // A plural's possessive ("Workers'", "People's", "Children's"); a singular's ("League's") ends the name.
    const word = fold(withoutPossessive(token.text));
    const plural = /s['’]$/.test(token.text) || IRREGULAR_PLURALS.has(word);
    if (!plural || !COMMON_WORDS.has(word) || GAZETTEER.has(word)) continue;
    let end = span.last + 1;
    while (end < tokens.length && end <= span.last + 5 && /^\p{Lu}/u.test(tokens[end]?.text ?? "") && !punctuationAfter(tokens, end - 1)) end++;
    if (end === span.last + 1) continue;
    const next = spans.find((s) => s.first === span.last + 1);
    const headAt = [...Array(end - span.last - 1).keys()].map((k) => span.last + 1 + k).reverse().find((k) => ORGANIZATION_WORDS.has(fold(tokens[k]?.text ?? "")));
    const last = next?.type === "ORG" ? Math.max(next.last, headAt ?? next.last) : headAt;
    if (last === undefined || spans.some((s) => s.first <= last && s.last > last)) continue;
    spans = mergeSpans(spans, tokens, span.first, last);
  }
  return spans;
}

/**
 * Formal names with an "and" inside, which the tagger cuts in two: "Ministry of Foreign Affairs and
 * International Cooperation", "Department of Housing and Urban Development" (a name with "of" or "for"
 * that does not end in an organisation word goes on over "and" and capitalised words that are no place or
 * person), and "the Food and Agriculture Organization" (a capitalised word after "the", "and", then an
 * organisation). "The Foundation and the Institute" stay two: each ends in an organisation word.
 */
function joinAndNames(tagged: readonly TaggedSpan[], { text, tokens }: JoinContext): TaggedSpan[] {
  const folded = (k: number) => fold(tokens[k]?.text ?? "");
  const capitalised = (k: number) => /^\p{Lu}/u.test(tokens[k]?.text ?? "");
  const clean = (k: number) => !punctuationAfter(tokens, k);
  let spans = [...tagged];
  const replace = (first: number, last: number) => (spans = mergeSpans(spans, tokens, first, last));
  for (const span of tagged) {
    if (span.type !== "ORG" || !spans.includes(span)) continue;
    // "Department of Housing" + "and Urban Development".
    const formal = tokens.slice(span.first + 1, span.last).some((t) => t.text === "of" || t.text === "for");
    const and = span.last + 1;
    if (formal && !ORGANIZATION_WORDS.has(folded(span.last)) && clean(span.last) && folded(and) === "and" && clean(and) && capitalised(and + 1)) {
      let end = and + 1;
      while (end + 1 < tokens.length && end < and + 4 && capitalised(end + 1) && clean(end)) end++;
      const rest = text.slice(tokenCore(tokens[and + 1] as Token).start, tokenCore(tokens[end] as Token).end);
      const other = spans.find((s) => s.first <= end && s.last >= and + 1);
      const named = other !== undefined && (other.type === "PER" || other.type === "LOC" || other.last > end);
      // What goes on is a topic in plain words ("Urban Development", "Human Services"), not a name of its
      // own ("and Plaid Cymru", "and American Legion").
      const plain = tokens.slice(and + 1, end + 1).every((t) => COMMON_WORDS.has(fold(t.text)));
      if (!named && plain && !GAZETTEER.has(fold(rest)) && !ORGANIZATION_WORDS.has(folded(end))) {
        replace(span.first, end);
        continue;
      }
    }
    // "the Food" + "and Agriculture Organization".
    const before = span.first - 2;
    if (before >= 1 && folded(span.first - 1) === "and" && capitalised(before) && clean(before) && clean(span.first - 1) && folded(before - 1) === "the" && ORGANIZATION_WORDS.has(folded(span.last))) {
      if (!spans.some((s) => s.first <= before && s.last >= before) && !GAZETTEER.has(folded(before))) replace(before, span.last);
    }
  }
  return spans;
}

/**
 * A name that goes on with "in <place>" where the document writes its acronym with the place's initial:
 * "Organization for Security and Cooperation in Europe" when "OSCE" is in the text. Without the acronym,
 * "the Ministry of Defence in Moscow" stays a ministry and a city.
 */
function joinPlaceByAcronym(tagged: readonly TaggedSpan[], { tokens, acronyms }: JoinContext): TaggedSpan[] {
  if (acronyms.size === 0) return [...tagged];
  let spans = [...tagged];
  for (const span of tagged) {
    const at = span.last + 1;
    if (span.type !== "ORG" || tokens[at]?.text !== "in" || punctuationAfter(tokens, span.last)) continue;
    const place = spans.find((s) => s.first === at + 1 && s.type === "LOC");
    if (!place) continue;
    if (acronyms.has(initials(tokens.slice(span.first, place.last + 1)))) spans = mergeSpans(spans, tokens, span.first, place.last);
  }
  return spans;
}

/**
 * Single names the tagger marks in the document, and the surnames of its multi-word person names, which
 * win: "John Bolton" makes "Bolton" a person even where the tagger took it for the town.
 */
function knownNames(spans: readonly { span: Span }[]): Map<string, TagClass> {
  const known = new Map<string, TagClass>();
  for (const { span } of spans) if (span.words.length === 1) known.set(fold(span.words[0]?.text ?? ""), span.cls);
  for (const { span } of spans) {
    const last = span.words[span.words.length - 1];
    if (span.cls === "PER" && span.words.length > 1 && last) known.set(fold(last.text), "PER");
  }
  return known;
}

/**
 * A lone first name the tagger marked as a person ("Akram said") is the one person of the document whose
 * full name starts with it, when there is exactly one.
 */
function resolveFirstNames(mentions: readonly DocumentMention[]): DocumentMention[] {
  const byFirst = new Map<string, Set<string>>();
  for (const m of mentions) {
    const words = m.type === "person" ? nameWords(m.name) : [];
    if (words.length > 1) byFirst.set(words[0] as string, (byFirst.get(words[0] as string) ?? new Set()).add(m.name));
  }
  return mentions.map((m) => {
    const words = m.type === "person" ? nameWords(m.name) : [];
    const names = words.length === 1 ? byFirst.get(words[0] as string) : undefined;
    return names?.size === 1 ? { ...m, name: [...names][0] as string, reason: `${m.reason}+first-name` } : m;
  });
}

/**
 * "CentOS Stream" beside "CentOS Linux": a capitalised word written right after a work's name goes on with
 * that name, so the two ("CentOS Stream") and the word alone ("Stream") are the work too. Not an
 * organisation's or a place's head word ("CentOS Board" is the project's board), a place, a listed name or a
 * given name.
 * @example partsOfWorks(words, new Set(["centos"]), nameList) // ["stream", "centos stream"]
 */
function partsOfWorks(words: readonly SpanWord[][], works: ReadonlySet<string>, nameList: ReadonlyMap<string, string>): string[] {
  const parts: string[] = [];
  for (const sentence of words) {
    for (let i = 0; i + 1 < sentence.length; i++) {
      const [word, next] = [sentence[i] as SpanWord, sentence[i + 1] as SpanWord];
      // The work is a name of one word that is no English word or nationality ("CentOS", not the "World" of
      // "World Cup" or the "Korean" of "Korean War", which go on as the "Korean Peninsula").
      const work = fold(word.text);
      const nationality = DEMONYMS.has(work) || word.tags?.has("Demonym") === true;
      if (word.breaks || !works.has(work) || COMMON_WORDS.has(work) || nationality || !/^\p{Lu}/u.test(next.text)) continue;
      const key = fold(withoutPossessive(next.text));
      const head = ORGANIZATION_WORDS.has(key) || PLACE_WORDS.has(key) || PLACE_HEADS.has(key);
      if (head || GAZETTEER.has(key) || nameList.has(key) || isGivenName(next.text)) continue;
      parts.push(key, `${work} ${key}`);
    }
  }
  return parts;
}

/**
 * Surnames of the people the document names in full, found again where the tagger left them (a headline's
 * "How Rouhani Persuaded Putin", a sentence-initial "Rice told reporters").
 */
function recallSurnames(sentences: readonly TokenizedSentence[], words: readonly SpanWord[][], mentions: readonly DocumentMention[], text: string, works: readonly Span[]): DocumentMention[] {
  const surnames = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = nameWords(m.name);
    const surname = words[words.length - 1];
    if (surname && words.length > 1 && !surnames.has(surname)) surnames.set(surname, m.name);
  }
  const out: DocumentMention[] = [];
  if (surnames.size === 0) return out;
  // Nor inside the name of a work or a vessel: "Kurdi" of the ship "MV Alan Kurdi", "Trump" of "Trump Doctrine".
  const coverage = new Coverage(text.length, [...mentions, ...works]);
  sentences.forEach((sentence, si) => {
    sentence.tokens.forEach((_, k) => {
      const word = words[si]?.[k] as SpanWord;
      if (!/^\p{Lu}/u.test(word.text) || coverage.overlaps(word.start, word.end)) return;
      const key = nameWords(word.text);
      const name = key.length === 1 ? surnames.get(key[0] as string) : undefined;
      // A surname that is also an English word ("Rice", "Red") only where it speaks: "Rice told reporters".
      const speaks = SPEECH_VERBS.has(sentence.tokens[k + 1]?.text.toLowerCase() ?? "");
      if (name && (!COMMON_WORDS.has(key[0] as string) || speaks)) out.push({ start: word.start, end: word.end, type: "person", name, reason: "surname-recall", cls: null });
    });
  });
  return out;
}

/** The capitalised words' initials of a long form, connectors left out: "Democratic People's Republic of Korea" → "DPRK". */
function initials(words: readonly { text: string }[]): string {
  return words
    .filter((w) => /^\p{Lu}/u.test(w.text))
    .map((w) => w.text.split(/[-‐‑]/).map((p) => p[0] ?? "").filter((c) => /\p{Lu}/u.test(c)).join(""))
    .join("");
}

/** An acronym the document defines, where its long form is, and what that long form is (null: none of ours). */
interface Definition {
  start: number;
  end: number;
  mention: TypedMention | null;
}

/**
 * Acronyms the document defines in brackets after their long form ("Islamic Revolutionary Guard Corps
 * (IRGC)", "Digital Millennium Copyright Act (DMCA)"), whether or not the tagger marked the long form.
 */
function acronymDefinitions(sentences: readonly TokenizedSentence[], sentenceWords: readonly SpanWord[][], text: string, mentions: readonly TypedMention[], dropped: readonly Span[]): Map<string, Definition> {
  const definitions = new Map<string, Definition>();
  for (const [si, sentence] of sentences.entries()) {
    const words = sentenceWords[si] ?? [];
    sentence.tokens.forEach((token, k) => {
      const acronym = words[k]?.text ?? "";
      if (!/^\p{Lu}{2,8}$/u.test(acronym) || definitions.has(acronym)) return;
      // "digital rights management (DRM)", "DRM (digital rights management)": a thing written in lowercase
      // is a concept, and so is its acronym, whichever of the two is in brackets.
      const bracketed = token.pre.includes("(") && token.post.startsWith(")");
      const lower = bracketed ? words.slice(Math.max(0, k - acronym.length), k) : words.slice(k + 1, k + 1 + acronym.length);
      const opens = token.post.includes("(") || (sentence.tokens[k + 1]?.pre ?? "").includes("(");
      // After the acronym, the bracket may go on past the spelt-out words: "DRM (digital rights management, the subject of the DMCA)".
      const inBrackets = bracketed || (opens && /^[),;]/.test(sentence.tokens[k + acronym.length]?.post ?? ""));
      if (inBrackets && lower.length === acronym.length && lower.every((w) => /^\p{Ll}/u.test(w.text)) && lower.map((w) => w.text[0]).join("").toUpperCase() === acronym) {
        definitions.set(acronym, { start: lower[0]?.start ?? 0, end: lower[lower.length - 1]?.end ?? 0, mention: null });
        return;
      }
      if (!bracketed) return;
      // The shortest run of capitalised words (and connectors) right before the bracket whose initials spell it.
      for (let first = k - 1; first >= Math.max(0, k - 12); first--) {
        const run = words.slice(first, k);
        if (!/^\p{Lu}/u.test(run[0]?.text ?? "")) continue;
        if (run.some((w) => !/^\p{Lu}/u.test(w.text) && !NAME_CONNECTORS.has(w.text.toLowerCase()))) break;
        if (initials(run) !== acronym) continue;
        const start = run[0]?.start ?? 0;
        const end = run[run.length - 1]?.end ?? 0;
        const exact = mentions.find((m) => m.start === start && m.end === end);
        const last = fold(run[run.length - 1]?.text ?? "");
        const wasDropped = dropped.some((d) => d.start === start && d.end === end);
        // "Digital Restrictions Management (DRM)": plain words, even capitalised, name a concept.
        const concept = run.every((w) => COMMON_WORDS.has(fold(w.text)) || NAME_CONNECTORS.has(w.text.toLowerCase()));
        let mention: TypedMention | null = exact ?? null;
        if (!exact && !wasDropped && !WORK_WORDS.has(last) && ORGANIZATION_WORDS.has(last)) {
          mention = { start, end, type: "organization", name: text.slice(start, end), reason: "defined-acronym", cls: "ORG" };
        } else if (!exact && !wasDropped && !WORK_WORDS.has(last) && !concept) return;
        definitions.set(acronym, { start, end, mention });
        return;
      }
    });
  }
  return definitions;
}

/** "Biden-Trump", "Trump/GOP": a word glued of names the document knows, which the tagger left alone. */
function gluedMentions(sentenceWords: readonly SpanWord[][], ctx: SpanContext, isCovered: (start: number, end: number) => boolean): Span[] {
  const out: Span[] = [];
  for (const words of sentenceWords) {
    words.forEach((word, k) => {
      if (isCovered(word.start, word.end) || !/^\p{Lu}/u.test(word.text)) return;
      const pieces = gluedPieces(word);
      if (pieces.length < 2 || pieces.some((p) => p.text.length < 3 || pieceClass(p.text, ctx) === null)) return;
      out.push({ start: word.start, end: word.end, cls: pieceClass(pieces[0]?.text ?? "", ctx) ?? "PER", words: [word], before: words.slice(0, k), after: words.slice(k + 1) });
    });
  }
  return out;
}

/** Groups named where the tagger marked nothing ("Kurds", "Sunni Muslims"): names from the group list. */
function groupMentions(sentenceWords: readonly SpanWord[][], isCovered: (start: number, end: number) => boolean): DocumentMention[] {
  const out: DocumentMention[] = [];
  for (const words of sentenceWords) {
    for (let i = 0; i < words.length; i++) {
      for (let n = Math.min(LONGEST_GROUP_FORM, words.length - i); n >= 1; n--) {
        const first = words[i] as SpanWord;
        const last = words[i + n - 1] as SpanWord;
        if (!/^\p{Lu}/u.test(first.text)) break;
        const name = GROUP_FORMS.get(fold(words.slice(i, i + n).map((w) => w.text).join(" ")));
        if (!name || isCovered(first.start, last.end)) continue;
        out.push({ start: first.start, end: last.end, type: "group", name, reason: "group-name", cls: null });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

/** The joins of a sentence's spans, in order: each reads the spans the one before left. */
/** Words that follow a given name without being a surname ("Mike Said", "Tell Anna That"). */
const NOT_SURNAMES: ReadonlySet<string> = new Set(["i", "and", "or", "but", "the", "a", "an", "of", "to", "in", "on", "at", "for", "is", "was", "said", "says"]);

/**
 * A given name alone that the tagger ended before a capitalised word it left outside any name, in running
 * text ("Mike Curry", "Sheila Tweed", "Anthony Beavers": surnames that are also words): the surname is the
 * name's. Not in a headline (the word after is capitalised too), nor across punctuation.
 */
function joinSurnames(tagged: readonly TaggedSpan[], { tokens }: JoinContext): TaggedSpan[] {
  return tagged.map((span) => {
    const next = span.last + 1;
    const word = tokens[next];
    if (span.type !== "PER" || span.first !== span.last || !word || punctuationAfter(tokens, span.last)) return span;
    if (tagged.some((s) => s.first === next)) return span;
    const { text, end } = wordOf(word);
    const after = tokens[next + 1];
    const running = !after || !/^\p{Lu}/u.test(after.text) || punctuationAfter(tokens, next);
    const given = isGivenName(tokens[span.first]?.text ?? "");
    // "Anna Thanked everyone": a verb is no surname (compromise calls a capitalised one a proper noun).
    const verb = (word.tags.has("Verb") && !word.tags.has("Noun")) || isLexiconVerb(text);
    // "Anna Foundation", "Maria Island": a head word makes another name.
    const head = ORGANIZATION_WORDS.has(fold(text)) || PLACE_WORDS.has(fold(text));
    if (!given || !running || verb || head || !/^\p{Lu}\p{Ll}{2,}$/u.test(text) || NOT_SURNAMES.has(text.toLowerCase()) || GAZETTEER.has(fold(text))) return span;
    return { ...span, end, last: next };
  });
}

/**
 * Two names the tagger left apart on either side of "&" are one firm's ("Halvorsen & Brix", "Marks &
 * Spencer"): a person's full name never holds one. Not two full names of people, nor places the gazetteer
 * knows ("Trinidad & Tobago" is its country already, "Qarnabad & Vorlat" two places).
 */
function joinAmpersandNames(tagged: readonly TaggedSpan[], { text, tokens }: JoinContext): TaggedSpan[] {
  // A side that cannot be half of a firm's name: a person's full name, a place the gazetteer knows, a work.
  const apart = (s: TaggedSpan) => (s.type === "PER" && s.last > s.first) || s.type === "MISC" || GAZETTEER.has(fold(text.slice(s.start, s.end)));
  let spans = [...tagged];
  for (const left of tagged) {
    const right = spans.find((s) => s.first === left.last + 2);
    const and = tokens[left.last + 1];
    if (!right || !spans.includes(left) || and?.text !== "&" || punctuationAfter(tokens, left.last) || punctuationAfter(tokens, left.last + 1)) continue;
    if (apart(left) || apart(right)) continue;
    spans = mergeSpans(spans, tokens, left.first, right.last);
  }
  return spans;
}

const SPAN_JOINS: readonly ((tagged: readonly TaggedSpan[], context: JoinContext) => TaggedSpan[])[] = [
  joinKnownNames,
  joinSurnames,
  joinPossessiveNames,
  joinCompanySuffixes,
  joinAndNames,
  joinAmpersandNames,
  joinPlaceByAcronym,
];

/**
 * The mentions of a document, in document order.
 * @example documentMentions(sentences, text, findRuleMentions(sentences, text), TAGGER)
 */
export function documentMentions(sentences: readonly TokenizedSentence[], text: string, rules: readonly (RuleSpan & { name: string })[], tagger: Tagger): DocumentMention[] {
  const features = documentFeatures(sentences, rules, { nameList: tagger.nameList });
  const memory: DocumentMemory = new Map();
  const spans: { span: Span }[] = [];
  const sentenceWords = sentences.map((sentence, i) => sentence.tokens.map((t, k) => wordOf(t, features[i]?.breaks[k] ?? false)));
  // The document's acronyms as written ("OSCE"), for the names they spell.
  const acronyms = new Set(sentenceWords.flatMap((words) => words.filter((w) => /^\p{Lu}{3,7}$/u.test(w.text)).map((w) => w.text)));
  sentences.forEach((sentence, i) => {
    const f = features[i];
    if (!f) return;
    const words = sentenceWords[i] ?? [];
    const context: JoinContext = { text, tokens: sentence.tokens, acronyms };
    const tagged = SPAN_JOINS.reduce((spans, join) => join(spans, context), labelSpans(tagger, sentence.tokens, tagSentence(tagger, f, memory)));
    for (const t of tagged) spans.push({ span: spanOf(t, words) });
  });
  const ctx: SpanContext = {
    text,
    interview: /^\(\([^)\n]{1,40}\)\)/m.test(text),
    knownNames: knownNames(spans),
    nameList: tagger.nameList,
    kinds: documentKinds(text, spans),
  };
  // Names of works the document writes in full ("CentOS Linux", "Rocky Linux"): alone, they are the work too.
  const works = new Set<string>();
  const workSpans: Span[] = [];
  const noteWork = (span: Span, reason: string) => {
    // "CentOS Linux" → "CentOS"; "Hurricane Dorian" (its event word before it) → "Dorian"; "MV X" → "X".
    const before = fold(span.before[span.before.length - 1]?.text ?? "");
    const whole = EVENT_WORDS.has(before) || reason === "firm-or-vessel";
    if (reason !== "work-name" && reason !== "firm-or-vessel") return;
    workSpans.push(span);
    // A vessel's prefix inside the span is not its name: "MV Namse Bangdzod" names "Namse Bangdzod".
    const words = whole ? span.words.filter((w, i) => i > 0 || !VESSEL_PREFIXES.has(w.text)) : span.words.slice(0, -1);
    if (words.length === 0) return;
    // A ship named after a person ("MV Alan Kurdi", "USS Ronald Reagan"): the name alone is still the person.
    if (reason === "firm-or-vessel" && words.length > 1 && isGivenName(words[0]?.text ?? "")) return;
    const name = fold(words.map((w) => w.text).join(" "));
    if (!GAZETTEER.has(name) && !tagger.nameList.has(name)) works.add(name);
  };
  const decided = spans.map(({ span }) => ({ span, mentions: decideSpan(span, ctx, noteWork) }));
  for (const part of partsOfWorks(sentenceWords, works, tagger.nameList)) works.add(part);
  for (const d of decided) if (d.mentions.some((m) => works.has(fold(text.slice(m.start, m.end))))) d.mentions = [];
  const kept = decided.flatMap((d) => d.mentions);
  const dropped = decided.filter((d) => d.mentions.length === 0).map((d) => d.span);

  // An acronym the document defines is its long form, wherever it is written.
  const definitions = acronymDefinitions(sentences, sentenceWords, text, kept, dropped);
  const typed: TypedMention[] = [];
  for (const m of kept) if (!definitions.has(text.slice(m.start, m.end))) typed.push(m);
  for (const [acronym, definition] of definitions) {
    const long = definition.mention;
    if (!long) continue;
    if (!typed.some((m) => m.start === long.start && m.end === long.end)) typed.push(long);
    for (const words of sentenceWords) {
      for (const word of words) if (word.text === acronym) typed.push({ ...long, start: word.start, end: word.end, reason: "defined-acronym" });
    }
  }
  const typedCoverage = new Coverage(text.length, typed);
  for (const span of gluedMentions(sentenceWords, ctx, (start, end) => typedCoverage.overlaps(start, end))) typed.push(...decideSpan(span, ctx));
  typed.sort((a, b) => a.start - b.start);

  const found: FoundMention[] = typed.map((m) => ({ start: m.start, end: m.end, type: m.type, name: m.name, titled: false, weak: false, reason: m.reason }));
  const classOf = new Map(typed.map((m) => [m.start, m.cls]));
  const resolved: DocumentMention[] = resolveDocument(found, { surnamesOnlyOfPeople: true }).map((m) => ({ ...m, cls: classOf.get(m.start) ?? null }));
  // A nationality or a group inside the name of a work is not mentioned ("Arab" of the "Arab Peace Initiative").
  const resolvedCoverage = new Coverage(text.length, [...resolved, ...workSpans]);
  const isCovered = (start: number, end: number) => resolvedCoverage.overlaps(start, end);
  // A country's name the tagger left outside any name ("Japan beat Syria." at the start of a text, where
  // "japan" is also a word): the gazetteer's, unless the tagger marked any of its words.
  const taggedCoverage = new Coverage(text.length, spans.map(({ span }) => span));
  const missedCountry = (r: RuleSpan) => r.reason === "gazetteer" && r.type === "country" && !taggedCoverage.overlaps(r.start, r.end);
  const demonyms: DocumentMention[] = rules
    .filter((r) => (RULE_REASONS_KEPT.has(r.reason) || missedCountry(r)) && !isCovered(r.start, r.end))
    .map((r) => ({ start: r.start, end: r.end, type: r.type, name: r.name, reason: missedCountry(r) ? "gazetteer-country" : r.reason, cls: null }));
  const all = [...resolveFirstNames(resolved), ...demonyms, ...groupMentions(sentenceWords, isCovered)];
  return [...all, ...recallSurnames(sentences, sentenceWords, all, text, workSpans)].sort((a, b) => a.start - b.start);
}
