// A sentence's tokens (compromise's first-pass tags) and its entity mentions → the relation phrases that link
// pairs of them: "Rouhani asked Putin" → ask, Rouhani → Putin. Pure: reads the tags already computed, no parse.
import { nlp } from "./nlp.ts";
import { RELATION_LEXICON, ROLE_MODIFIERS, ROLE_WORDS, type RelationClass } from "./relation-verbs.ts";
import type { Token } from "./split-sentences.ts";
import type { EntityType } from "./types.ts";

/** A mention as the relation finder sees it: its first and last token (inclusive) and its type. */
export interface MentionTokens {
  first: number;
  last: number;
  type: EntityType;
}

/** A relation found in one sentence between two mentions (indices into the mentions given). */
export interface FoundRelation {
  /** The mentions, in sentence order. */
  a: number;
  b: number;
  /** The phrase in base form, negation kept: "persuade", "meet with", "stop take call from", "president of". */
  label: string;
  class: RelationClass | null;
  /** The mention that is the subject when the sentence gives a direction (a or b), else null. */
  subject: number | null;
}

const AUXILIARIES: ReadonlySet<string> = new Set([
  "do", "does", "did", "has", "have", "had", "having", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
  "is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "'re", "’re", "'ve", "’ve", "'d", "’d", "'ll", "’ll", "wo",
]);
const BE: ReadonlySet<string> = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const NEGATIONS: ReadonlySet<string> = new Set(["not", "never", "n't", "n’t", "no"]);
/** Words that start a subordinate or relative clause: the verb after them has another subject. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(["that", "which", "who", "whom", "whose", "when", "while", "as", "because", "if", "after", "before", "since", "until", "where", "although", "though"]);
const DETERMINERS: ReadonlySet<string> = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "these", "those", "that", "some", "all"]);
const QUANTIFIERS: ReadonlySet<string> = new Set(["any", "some", "all", "none", "each", "many", "most", "few", "several", "both"]);
/** The longest run of words between a verb and its final preposition ("stopped taking calls from"). */
const MAX_PHRASE_WORDS = 4;
/** The longest noun phrase an argument is looked for in, on either side of the phrase. */
const MAX_ARGUMENT_TOKENS = 10;

/** Punctuation after a word that ends a clause: the words on either side are not one phrase. */
function breaksAfter(token: Token): boolean {
  return /[;:()[\]—–!?.]/.test(token.post);
}

/** Punctuation before a word that opens a clause or an aside: "(in Belarus)". */
function breaksBefore(token: Token | undefined): boolean {
  return token !== undefined && /[;:()[\]—–]/.test(token.pre);
}

/** A contraction of an auxiliary and "not": "didn't", "isn’t", "won't". */
const NOT_CONTRACTION = /n['’]t$/;

function word(token: Token): string {
  return token.text.toLowerCase().replace(/['’]s$/, "");
}

const transform = (nlp.world() as unknown as { methods: { two: { transform: {
  verb: { toInfinitive: (word: string, model: unknown, tense: string) => string };
  noun: { toSingular: (word: string, model: unknown) => string };
} } } }).methods.two.transform;
const model = nlp.model();
const baseForms = new Map<string, string>();

/** The base form of a verb or plural noun ("stopped" → stop, "taking" → take, "calls" → call), cached. */
export function baseForm(token: Token): string {
  const text = token.text.toLowerCase();
  const tense = token.tags.has("Verb") ? (token.tags.has("PastTense") ? "PastTense" : token.tags.has("Gerund") ? "Gerund" : token.tags.has("Participle") ? "Participle" : token.tags.has("PresentTense") ? "PresentTense" : "") : "";
  const key = `${tense}|${token.tags.has("Plural") ? "p" : ""}|${text}`;
  const cached = baseForms.get(key);
  if (cached !== undefined) return cached;
  let base = text;
  if (BE.has(text)) base = "be";
  else if (tense !== "" && !token.tags.has("Infinitive")) base = transform.verb.toInfinitive(text, model, tense) || text;
  else if (token.tags.has("Plural") && token.tags.has("Noun")) base = transform.noun.toSingular(text, model) || text;
  baseForms.set(key, base);
  return base;
}

const isAuxiliary = (lower: string) => AUXILIARIES.has(lower) || NOT_CONTRACTION.test(lower);
const isVerb = (t: Token) => t.tags.has("Verb") || isAuxiliary(t.text.toLowerCase());
const isNegation = (t: Token) => t.tags.has("Negative") || NEGATIONS.has(t.text.toLowerCase());
/** Prepositions by their word: compromise's first pass tags "against" an adjective, and "to" a conjunction. */
const PREPOSITIONS: ReadonlySet<string> = new Set([
  "to", "against", "with", "from", "of", "in", "on", "at", "by", "for", "into", "onto", "about", "over", "under", "between", "among", "amongst",
  "toward", "towards", "through", "across", "upon", "within", "without", "near", "inside", "alongside", "via", "behind", "beside", "outside",
]);
const isPreposition = (t: Token) => t.tags.has("Preposition") || PREPOSITIONS.has(t.text.toLowerCase());
/** A word a phrase may hold between its verb and its preposition (ReVerb's W: noun, adjective, adverb, determiner...). */
const isPhraseWord = (t: Token) => !isPreposition(t) && !t.tags.has("Pronoun") && (t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Adverb") || t.tags.has("Determiner") || t.tags.has("Verb") || t.tags.has("Value"));
/** A word of a noun phrase around a mention ("the former Syrian president"). */
const isNounPhraseWord = (t: Token) => !t.tags.has("Pronoun") && !isVerb(t) && !isPreposition(t) && (t.tags.has("Noun") || t.tags.has("Adjective") || t.tags.has("Determiner") || t.tags.has("Value") || t.tags.has("Possessive") || DETERMINERS.has(t.text.toLowerCase()) || t.text.toLowerCase() === "and");

/** A relation phrase found in the sentence: its tokens [start, end], its label, and whether it is passive ("was ousted by"). */
interface Phrase {
  start: number;
  end: number;
  label: string;
  passive: boolean;
}

/** The phrase that starts at a verb: verb group, then optionally words and a preposition, or a preposition. */
function readPhrase(tokens: readonly Token[], at: number, inMention: (i: number) => boolean): Phrase | null {
  let end = at;
  // The verb group: auxiliaries, negation, adverbs and verbs ("did not meet", "allegedly stopped taking").
  while (end + 1 < tokens.length && !inMention(end + 1) && !breaksAfter(tokens[end] as Token) && !breaksBefore(tokens[end + 1])) {
    const next = tokens[end + 1] as Token;
    const after = tokens[end + 2];
    if (isVerb(next) || isNegation(next) || (next.tags.has("Adverb") && !isPreposition(next))) end++;
    // "continue to stand", "want to meet": an infinitive joins the verb group.
    else if (next.text.toLowerCase() === "to" && after && !inMention(end + 2) && after.tags.has("Verb") && after.tags.has("Infinitive")) end += 2;
    else break;
  }
  // ReVerb's V W* P: the longest run of words ending in a preposition, within bounds; not after
  // quantifiers alone ("pick up any of Assad's calls" is "pick up").
  let last = end;
  let content = false;
  for (let i = end + 1, words = 0; i < tokens.length && !inMention(i) && !breaksAfter(tokens[i - 1] as Token) && !breaksBefore(tokens[i]); i++) {
    const t = tokens[i] as Token;
    if (isPreposition(t)) {
      if (!(content || words === 0)) break;
      last = i;
      // ReVerb's longest match: "is working as part of"; words after a preposition must lead to another.
      content = false;
      continue;
    }
    if (!(t.tags.has("Determiner") || DETERMINERS.has(t.text.toLowerCase()) || QUANTIFIERS.has(t.text.toLowerCase()))) content = true;
    if (!isPhraseWord(t) || ++words > MAX_PHRASE_WORDS) break;
  }
  end = last;
  const words: string[] = [];
  let passive = false;
  let sawBe = false;
  const verbs = tokens.slice(at, end + 1).filter((t) => isVerb(t) && !isAuxiliary(t.text.toLowerCase()));
  for (let i = at; i <= end; i++) {
    const t = tokens[i] as Token;
    const lower = t.text.toLowerCase();
    if (NOT_CONTRACTION.test(lower)) {
      words.push("not");
      if (/^(is|are|was|were)/.test(lower)) sawBe = true;
    } else if (isNegation(t)) words.push("not");
    else if (AUXILIARIES.has(lower)) {
      if (BE.has(lower)) sawBe = true;
      // "is the president of": the copula is the phrase's only verb and stays.
      if (verbs.length === 0 && BE.has(lower) && !words.includes("be")) words.push("be");
    } else if (t.tags.has("Determiner") || DETERMINERS.has(lower) || (t.tags.has("Adverb") && !isPreposition(t))) continue;
    else if (isPreposition(t) && i === end && lower === "by" && sawBe && verbs.length > 0) passive = true;
    else if (lower === "to" && i < end && tokens[i + 1]?.tags.has("Infinitive")) continue;
    else if (isVerb(t) || t.tags.has("Noun")) words.push(baseForm(t));
    else if (t.tags.has("Value")) continue;
    else words.push(lower);
  }
  // A copula or "have" alone says nothing of how the two are linked ("Iran is Assad's ally" is read elsewhere).
  if (words.length === 0 || words.every((w) => w === "not" || w === "be" || w === "have")) return null;
  return { start: at, end, label: words.join(" "), passive };
}

/** "met in" Sochi: a phrase that ends in "in" or "at" before a place says where the subject was; undefined: the lexicon decides. */
function placeClass(label: string, object: MentionTokens): RelationClass | null | undefined {
  const words = label.split(" ");
  const last = words[words.length - 1];
  const first = words[0];
  if (words.includes("not") || (last !== "in" && last !== "at" && first !== "in" && first !== "at") || (object.type !== "place" && object.type !== "country")) return undefined;
  return "located-in";
}

const PLACE_WORDS: ReadonlySet<string> = new Set(["in", "at", "inside", "near"]);

/** The class of a label: its whole phrase in the lexicon, else its first word with an entry; negated, none. */
export function classifyRelation(label: string): RelationClass | null {
  const words = label.split(" ");
  if (words.includes("not")) return null;
  const whole = RELATION_LEXICON.get(label);
  if (whole) return whole.class;
  // "use chemical weapons against", "unite against": against says opposition whatever the verb.
  if (words.includes("against")) return "opposes";
  for (let i = 0; i < words.length; i++) {
    // "remain in" a person's country: a preposition alone decides nothing (placeClass reads it with its object).
    if (PLACE_WORDS.has(words[i] as string)) continue;
    const pair = i + 1 < words.length ? RELATION_LEXICON.get(`${words[i]} ${words[i + 1]}`) : undefined;
    if (pair) return pair.class;
    const entry = RELATION_LEXICON.get(words[i] as string);
    if (entry) return entry.class;
  }
  return null;
}

/**
 * Finds the relations between the mentions of one sentence: the verb phrase between a subject and an object
 * (ReVerb's verb, words, preposition), a post between a body and its holder ("Iran's President Hassan
 * Rouhani" → president of, Rouhani → Iran), and "X in Y" for a place.
 * @example findRelations(tokens("Rouhani asked Putin."), [{ first: 0, last: 0, type: "person" }, { first: 2, last: 2, type: "person" }])
 *   // [{ a: 0, b: 1, label: "ask", class: "communicates", subject: 0 }]
 */
export function findRelations(tokens: readonly Token[], mentions: readonly MentionTokens[]): FoundRelation[] {
  if (mentions.length < 2) return [];
  const mentionAt = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, index) => {
    for (let i = m.first; i <= m.last && i < tokens.length; i++) mentionAt[i] = index;
  });
  const inMention = (i: number) => (mentionAt[i] ?? -1) >= 0;
  const found: FoundRelation[] = [];
  const seen = new Set<string>();
  const add = (x: number, y: number, label: string, subject: number | null, cls?: RelationClass | null) => {
    if (x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const key = `${a}|${b}|${label}`;
    if (seen.has(key)) return;
    seen.add(key);
    found.push({ a, b, label, class: cls === undefined ? classifyRelation(label) : cls, subject });
  };
  /** Is the mention a modifier of the noun after it ("Syrian president", "Iran's President")? */
  const modifies = (index: number, side: Side) => modifier(tokens, mentions, mentionAt, index, side);

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (inMention(i) || !isVerb(t) || isNegation(t)) continue;
    const previous = tokens[i - 1];
    if (previous && !inMention(i - 1) && (isVerb(previous) || isNegation(previous))) continue;
    const phrase = readPhrase(tokens, i, inMention);
    if (!phrase) continue;
    const left = leftArguments(tokens, phrase.start, mentionAt, inMention, mentions).filter((m) => !modifies(m, "subject"));
    const right = rightArguments(tokens, phrase.end, mentionAt, inMention, mentions).filter((m) => !modifies(m, "object"));
    for (const l of left) for (const r of right) add(l, r, phrase.label, phrase.passive ? r : l, placeClass(phrase.label, mentions[r] as MentionTokens));
    // "the agreement reached between the Government of Iraq and the Kurdistan Regional Government".
    if (phrase.label.endsWith(" between") && right.length > 1 && coordinated(tokens, mentions, right)) for (const r of right) for (const k of right) if (r < k) add(r, k, phrase.label, null);
    if (right.length === 0 && left.length > 1 && coordinated(tokens, mentions, left)) for (const l of left) for (const k of left) if (l < k) add(l, k, phrase.label, null);
    i = Math.max(i, phrase.end);
  }
  findPosts(tokens, mentions, mentionAt, add);
  findPlaces(tokens, mentions, mentionAt, add);
  findBetween(tokens, mentions, mentionAt, found, add);
  return found;
}

/** Which side of a phrase a mention is on. */
type Side = "subject" | "object";

/** Nouns after a demonym or a possessive that make it the argument: its people, government or forces. */
const STANDS_FOR: ReadonlySet<string> = new Set([
  "people", "government", "regime", "forces", "force", "army", "troops", "military", "opposition", "authorities", "civilians", "citizens",
  "community", "officials", "leadership", "administration", "militias", "rebels", "soldiers", "delegation", "nationals", "population",
]);

/**
 * Is the mention a qualifier of the word after it ("Assad's calls", "an Israeli strike"), not an argument?
 * A possessive or a demonym before another word is, unless a post follows that no person holds: "met the
 * Iraqi Foreign Minister" meets Iraq's minister, while "Iran's President Hassan Rouhani" is Rouhani.
 */
function modifier(tokens: readonly Token[], mentions: readonly MentionTokens[], mentionAt: Int32Array, index: number, side: Side): boolean {
  const m = mentions[index] as MentionTokens;
  const lastToken = tokens[m.last] as Token;
  const following = tokens[m.last + 1];
  const joined = following === undefined || breaksAfter(lastToken) || /,/.test(lastToken.post) || isPreposition(following) || following.text.toLowerCase() === "and";
  const possessive = /['’]s$/.test(lastToken.text);
  if (joined || !(possessive || (lastToken.tags.has("Demonym") && !/s$/.test(lastToken.text)))) return false;
  // "the Syrian people", "Assad's regime", "Iraqi security forces": the people or the power of the name stand for it.
  for (let k = m.last + 1; k <= m.last + 2 && k < tokens.length && (mentionAt[k] ?? -1) < 0; k++) {
    if (STANDS_FOR.has(word(tokens[k] as Token))) return false;
    if (/,/.test((tokens[k] as Token).post)) break;
  }
  let i = m.last + 1;
  while (i < tokens.length && (mentionAt[i] ?? -1) < 0 && (ROLE_WORDS.has(word(tokens[i] as Token)) || ROLE_MODIFIERS.has(word(tokens[i] as Token)))) {
    if (/,/.test((tokens[i] as Token).post) || breaksAfter(tokens[i] as Token)) return i === m.last + 1 ? true : false;
    i++;
  }
  // An object's possessor is what the verb is about: "condemns ISIL's attacks", "from Assad's inhumanity".
  if (i === m.last + 1) return !(possessive && side === "object");
  const holder = mentionAt[i] ?? -1;
  return holder >= 0 && mentions[holder]?.type === "person";
}

/** "Putin and Erdogan met": subjects joined by "and" (or commas and a last "and") share the verb. */
function coordinated(tokens: readonly Token[], mentions: readonly MentionTokens[], subjects: readonly number[]): boolean {
  const sorted = [...subjects].sort((x, y) => x - y);
  for (let k = 1; k < sorted.length; k++) {
    const before = mentions[sorted[k - 1] as number] as MentionTokens;
    const after = mentions[sorted[k] as number] as MentionTokens;
    const between = tokens.slice(before.last + 1, after.first);
    // "The UK, the wider Global Coalition and the Government of Iraq": a comma or "and", then only determiners and adjectives.
    const joined = /,/.test((tokens[before.last] as Token).post) || ["and", "or"].includes(between[0]?.text.toLowerCase() ?? "");
    const rest = between.filter((t, i) => !(i === 0 && ["and", "or"].includes(t.text.toLowerCase())));
    if (!joined || !rest.every((t) => DETERMINERS.has(t.text.toLowerCase()) || t.tags.has("Determiner") || t.tags.has("Adjective"))) return false;
  }
  return true;
}

/** The mentions of the noun phrase that ends just before the phrase: its possible subjects. */
function leftArguments(tokens: readonly Token[], start: number, mentionAt: Int32Array, inMention: (i: number) => boolean, mentions: readonly MentionTokens[]): number[] {
  const out: number[] = [];
  // "The Minister for Central Asia, Tobias Ellwood, visited": a name between commas just before the verb is its subject.
  const before = start - 1;
  if (inMention(before) && /,/.test((tokens[before] as Token).post)) {
    const m = mentions[mentionAt[before] as number] as MentionTokens;
    if (m.last === before && /,/.test(tokens[m.first - 1]?.post ?? "")) return [mentionAt[before] as number];
  }
  let started = false;
  let listed = false;
  for (let i = start - 1, n = 0; i >= 0 && n < MAX_ARGUMENT_TOKENS; i--, n++) {
    const t = tokens[i] as Token;
    if (breaksAfter(t)) break;
    // A comma ends the subject ("Today, the United States and Iraq signed", "As Rouhani left, Putin whispered"),
    // unless it separates names of a list that ends in "and" ("The UK, the Coalition and Iraq are").
    if (/,/.test(t.post) && !(listed && inMention(i))) break;
    if (inMention(i)) {
      started = true;
      const m = mentionAt[i] as number;
      if (!out.includes(m)) out.push(m);
      continue;
    }
    // "Putin allegedly stopped": adverbs between the subject and its verb.
    if (!started && t.tags.has("Adverb") && !CLAUSE_WORDS.has(t.text.toLowerCase())) continue;
    started = true;
    if (t.text.toLowerCase() === "and" && out.length > 0) listed = true;
    if (CLAUSE_WORDS.has(t.text.toLowerCase()) || !isNounPhraseWord(t)) break;
  }
  return out;
}

/** The mentions of the noun phrase that starts just after the phrase: its possible objects. */
function rightArguments(tokens: readonly Token[], end: number, mentionAt: Int32Array, inMention: (i: number) => boolean, mentions: readonly MentionTokens[]): number[] {
  const out: number[] = [];
  const phraseEnd = tokens[end] as Token;
  if (breaksAfter(phraseEnd) || /,/.test(phraseEnd.post)) return out;
  for (let i = end + 1, n = 0; i < tokens.length && n < MAX_ARGUMENT_TOKENS; i++, n++) {
    const t = tokens[i] as Token;
    if (inMention(i)) {
      const m = mentionAt[i] as number;
      if (!out.includes(m)) out.push(m);
      i = (mentions[m] as MentionTokens).last;
      const last = tokens[i] as Token;
      const next = tokens[i + 1];
      // "Saqr said Assad was...": a mention followed by its own verb is that verb's subject, not this one's object.
      // (Not after a possessive: "Assad's calls" is a noun compromise's first pass may tag a verb.)
      if (next && !/,/.test(last.post) && !/['’]s$/.test(last.text) && isVerb(next) && !inMention(i + 1)) out.pop();
      if (breaksAfter(last)) break;
      continue;
    }
    // "any of Assad's calls": a quantifier's "of" stays in the object.
    if (t.text.toLowerCase() === "of" && QUANTIFIERS.has(tokens[i - 1]?.text.toLowerCase() ?? "")) continue;
    if (CLAUSE_WORDS.has(t.text.toLowerCase()) || !isNounPhraseWord(t) || breaksAfter(t)) break;
  }
  return out;
}

const ORGANISED: ReadonlySet<EntityType> = new Set(["country", "organization", "group", "place"]);

/** "Iran's President Hassan Rouhani", "Russian Foreign Minister Sergei Lavrov", "Lavrov, the foreign minister of Russia": "<post> of". */
function findPosts(tokens: readonly Token[], mentions: readonly MentionTokens[], mentionAt: Int32Array, add: (x: number, y: number, label: string, subject: number | null) => void): void {
  mentions.forEach((body, index) => {
    if (!ORGANISED.has(body.type)) return;
    const role: string[] = [];
    let i = body.last + 1;
    for (; i < tokens.length && (mentionAt[i] ?? -1) < 0 && !breaksAfter(tokens[i - 1] as Token) && !/,/.test((tokens[i - 1] as Token).post); i++) {
      const w = word(tokens[i] as Token);
      if (ROLE_WORDS.has(w)) role.push(w);
      else if (!ROLE_MODIFIERS.has(w)) break;
    }
    const holder = mentionAt[i] ?? -1;
    if (role.length > 0 && holder >= 0 && mentions[holder]?.type === "person" && !/,/.test((tokens[i - 1] as Token).post)) add(index, holder, `${role.join(" ")} of`, holder);
  });
  mentions.forEach((person, index) => {
    if (person.type !== "person") return;
    let i = person.last + 1;
    if (!/,/.test((tokens[person.last] as Token).post)) return;
    const role: string[] = [];
    for (; i < tokens.length && (mentionAt[i] ?? -1) < 0; i++) {
      const w = word(tokens[i] as Token);
      if (ROLE_WORDS.has(w)) role.push(w);
      else if (!(ROLE_MODIFIERS.has(w) || DETERMINERS.has(w))) break;
      if (breaksAfter(tokens[i] as Token) || /,/.test((tokens[i] as Token).post)) return;
    }
    if (role.length === 0 || tokens[i]?.text.toLowerCase() !== "of") return;
    const bodyAt = (mentionAt[i + 1] ?? -1) >= 0 ? mentionAt[i + 1] ?? -1 : DETERMINERS.has(word(tokens[i + 1] ?? (tokens[i] as Token))) ? mentionAt[i + 2] ?? -1 : -1;
    if (bodyAt >= 0 && ORGANISED.has((mentions[bodyAt] as MentionTokens).type)) add(index, bodyAt, `${role.join(" ")} of`, index);
  });
}

/** The longest run of common words between a name and "in" ("Al-Raqqa province in Syria", "Aleppo and other towns in Syria"). */
const MAX_PLACE_GAP = 5;
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "inside"]);

/**
 * "Putin in Moscow", "Al-Raqqa province in Syria": a mention, a few common words, then in or at and a place:
 * the mention is located there. "Karrada, Baghdad", "Anbar province, Iraq": a place then, after a comma, the
 * place or country it is in (not a list: "Qamenas, Sarmin and Talamenes").
 */
function findPlaces(tokens: readonly Token[], mentions: readonly MentionTokens[], mentionAt: Int32Array, add: (x: number, y: number, label: string, subject: number | null) => void): void {
  const isPlace = (index: number) => index >= 0 && (mentions[index]?.type === "place" || mentions[index]?.type === "country");
  mentions.forEach((m, index) => {
    let i = m.last + 1;
    let gap = 0;
    for (; i < tokens.length && gap <= MAX_PLACE_GAP; i++, gap++) {
      const previous = tokens[i - 1] as Token;
      const t = tokens[i] as Token;
      if (breaksAfter(previous) || breaksBefore(t) || (mentionAt[i] ?? -1) >= 0) break;
      if (/,/.test(previous.post)) break;
      if (PLACE_PREPOSITIONS.has(t.text.toLowerCase()) || !isNounPhraseWord(t)) break;
    }
    const last = tokens[i - 1] as Token;
    const prep = tokens[i];
    if (prep && PLACE_PREPOSITIONS.has(prep.text.toLowerCase()) && !breaksAfter(last) && !/,/.test(last.post)) {
      const at = DETERMINERS.has(word(tokens[i + 1] ?? prep)) ? i + 2 : i + 1;
      let place = mentionAt[at] ?? -1;
      // "ISIL in Iraq and Syria": every place of the list.
      while (isPlace(place)) {
        add(index, place, prep.text.toLowerCase(), index);
        const end = (mentions[place] as MentionTokens).last;
        const joiner = tokens[end + 1]?.text.toLowerCase();
        const next = joiner === "and" || joiner === "or" ? mentionAt[end + 2] ?? -1 : /,/.test((tokens[end] as Token).post) ? mentionAt[end + 1] ?? -1 : -1;
        if (next === place) break;
        place = next;
      }
      return;
    }
    // "Karrada, Baghdad": i is the token after the comma.
    if (m.type !== "place" || !/,/.test(last.post) || breaksAfter(last)) return;
    const holder = mentionAt[i] ?? -1;
    if (!isPlace(holder)) return;
    const before = tokens[m.first - 1];
    const listBefore = before !== undefined && (/,/.test(before.post) || before.text.toLowerCase() === "and");
    const end = (mentions[holder] as MentionTokens).last;
    const after = tokens[end + 1];
    const listAfter = after !== undefined && ((/,/.test((tokens[end] as Token).post) && (mentionAt[end + 1] ?? -1) >= 0) || after.text.toLowerCase() === "and" || after.text.toLowerCase() === "or");
    if (!listBefore && !listAfter) add(index, holder, "in", index);
  });
}

/** The longest gap between two mentions the fallback reads a phrase in. */
const MAX_BETWEEN_TOKENS = 14;

/**
 * The fallback for two mentions of one clause that no argument structure linked: the phrase that ends in
 * the preposition before the second ("in a call with Lavrov", "their fight against ISIL", "attacks on
 * Aleppo": a verb or a lexicon word, words, the preposition), else the first verb phrase between them. No
 * direction: the sentence's structure was not read.
 */
function findBetween(tokens: readonly Token[], mentions: readonly MentionTokens[], mentionAt: Int32Array, found: readonly FoundRelation[], add: (x: number, y: number, label: string, subject: number | null) => void): void {
  const linked = new Set(found.map((r) => `${r.a}|${r.b}`));
  const inMention = (i: number) => (mentionAt[i] ?? -1) >= 0;
  for (let x = 0; x < mentions.length; x++) {
    for (let y = x + 1; y < mentions.length; y++) {
      if (linked.has(`${x}|${y}`)) continue;
      const a = mentions[x] as MentionTokens;
      const b = mentions[y] as MentionTokens;
      if (b.first - a.last - 1 > MAX_BETWEEN_TOKENS || b.first <= a.last + 1 || modifier(tokens, mentions, mentionAt, x, "subject") || modifier(tokens, mentions, mentionAt, y, "object")) continue;
      let clause = true;
      let comma = false;
      for (let i = a.last; i < b.first; i++) {
        if (breaksAfter(tokens[i] as Token) || breaksBefore(tokens[i + 1])) clause = false;
        if (/,/.test((tokens[i] as Token).post)) comma = true;
      }
      if (!clause) continue;
      // A verb's phrase reaches the second mention only within one clause, and not when that mention has its own verb ("Saqr said Assad was").
      const next = tokens[b.last + 1];
      const ownVerb = next !== undefined && !/,/.test((tokens[b.last] as Token).post) && isVerb(next) && !inMention(b.last + 1);
      const label = prepositionPhrase(tokens, a.last + 1, b.first, inMention, mentionAt, mentions) ?? (comma || ownVerb ? null : firstVerbPhrase(tokens, a.last + 1, b.first, inMention));
      if (label) add(x, y, label, null);
    }
  }
}

/** "in a call with", "fight against": going back from the second mention over its noun phrase to a preposition, then to a verb or a lexicon word. */
function prepositionPhrase(tokens: readonly Token[], from: number, to: number, inMention: (i: number) => boolean, mentionAt: Int32Array, mentions: readonly MentionTokens[]): string | null {
  let p = to - 1;
  while (p >= from && !isPreposition(tokens[p] as Token) && (isNounPhraseWord(tokens[p] as Token) || (inMention(p) && modifier(tokens, mentions, mentionAt, mentionAt[p] as number, "subject")) || ROLE_WORDS.has(word(tokens[p] as Token)))) p--;
  if (p < from || !isPreposition(tokens[p] as Token)) return null;
  const prep = (tokens[p] as Token).text.toLowerCase();
  const object = mentions[mentionAt[to] ?? -1];
  // "…, HE Dr Ibrahim Al-Ja’afari, in Canberra": a place after in or at is where the first one is.
  if ((prep === "in" || prep === "at") && (object?.type === "place" || object?.type === "country") && p === to - 1) return prep;
  for (let k = p - 1, words = 0; k >= from && words < MAX_PHRASE_WORDS && !inMention(k); k--, words++) {
    const t = tokens[k] as Token;
    if (isPreposition(t)) break;
    const base = baseForm(t);
    const known = RELATION_LEXICON.get(base)?.class;
    if ((isVerb(t) && !isAuxiliary(t.text.toLowerCase())) || known) {
      // A name between the first mention and the phrase is the phrase's own subject ("Saqr alleged that Putin didn't pick up…").
      for (let i = from; i < k; i++) if (inMention(i) && !modifier(tokens, mentions, mentionAt, mentionAt[i] as number, "subject")) return null;
      const words: string[] = [];
      for (let i = k; i <= p; i++) {
        const w = tokens[i] as Token;
        if (isNegation(w)) words.push("not");
        else if (w.tags.has("Determiner") || DETERMINERS.has(w.text.toLowerCase()) || w.tags.has("Pronoun") || w.tags.has("Value") || w.tags.has("Adjective") || (w.tags.has("Adverb") && !isPreposition(w)) || isAuxiliary(w.text.toLowerCase())) continue;
        else words.push(isVerb(w) || w.tags.has("Noun") ? baseForm(w) : w.text.toLowerCase());
      }
      return words.join(" ");
    }
    if (isPreposition(t)) break;
  }
  return null;
}

/** The first verb phrase between two mentions ("has killed 70 members of"). */
function firstVerbPhrase(tokens: readonly Token[], from: number, to: number, inMention: (i: number) => boolean): string | null {
  for (let i = from; i < to; i++) {
    const t = tokens[i] as Token;
    if (inMention(i)) return null;
    if (!isVerb(t)) continue;
    return readPhrase(tokens, i, (k) => k >= to || inMention(k))?.label ?? null;
  }
  return null;
}
