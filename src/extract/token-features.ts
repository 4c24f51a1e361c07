// A document's tokenized sentences and the rules' mentions → the features of every token the trained tagger
// reads: the word, its shape and affixes, compromise's tags, gazetteer hits, the words around it, the rules'
// verdict and what the rest of the document says about the same word. Pure; features are hashed integers.
import { fold } from "./fold.ts";
import { COMMON_WORDS, DEMONYMS, GAZETTEER, NAME_FIRST_WORDS } from "./gazetteer.ts";
import { NAME_CONNECTORS, NAME_PARTICLES, PARTICLE_NAME, NOT_NAMES, ORGANIZATION_WORDS, PLACE_NOUNS, PLACE_PREPOSITIONS, PLACE_WORDS, SPEECH_VERBS, TITLE_WORDS, UPPER_START } from "./name-words.ts";
import type { Token, TokenizedSentence } from "./split-sentences.ts";
import type { EntityType } from "./types.ts";
import { POSSESSIVE, POSSESSIVE_S, withoutPossessive } from "./possessive.ts";

/** A mention the rules found, in document offsets, with the rule that found it. */
export interface RuleSpan {
  start: number;
  end: number;
  type: EntityType;
  reason: string;
}

/** Feature templates: a feature is a template and a value, written `template=value` in the model file. */
export const TEMPLATES = [
  "bias", "w", "shape", "prefix", "suffix2", "suffix3", "suffix4", "tag", "lexicon", "gazetteer", "position",
  "w-1", "w+1", "w-2", "w+2", "shape-1", "shape+1", "pos-1", "pos+1", "lexicon-1", "lexicon+1", "rule",
  "rule-reason", "document", "shape|position", "w-1|w", "post", "post-1", "label-1", "label-1|w",
  "label-1|shape", "seen", "name-list", "run-before", "run-after", "run-head", "run-shape",
] as const;

/** One feature template's name. */
export type Template = (typeof TEMPLATES)[number];

const TEMPLATE_SEEDS: Readonly<Record<Template, number>> = Object.fromEntries(TEMPLATES.map((t) => [t, hashString(0x811c9dc5, t)])) as Record<Template, number>;

/** FNV-1a over a string, from a seed: the features' hash, the same in training and when tagging. */
export function hashString(seed: number, text: string): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** The hash of one feature, `template=value`. */
export function featureHash(template: Template, value: string): number {
  return hashString(TEMPLATE_SEEDS[template], value);
}

/** Where features go: their hashes, and (when training) their readable names, kept for the model file. */
export interface FeatureSink {
  hashes: number[];
  names: Map<number, string> | null;
}

function add(sink: FeatureSink, template: Template, value: string): void {
  const h = featureHash(template, value);
  sink.hashes.push(h);
  if (sink.names && !sink.names.has(h)) sink.names.set(h, `${template}=${value}`);
}

/** compromise tags that tell names apart; the others say little the word and its shape do not. */
const TAGS = [
  "Person", "FirstName", "LastName", "MaleName", "FemaleName", "Honorific", "Place", "Country", "City", "Region",
  "Organization", "ProperNoun", "Acronym", "Demonym", "Plural", "Possessive", "Abbreviation", "Date", "Month",
  "WeekDay", "Noun", "Verb", "Adjective", "Adverb", "Value", "Url", "Hashtag", "AtMention", "Actor", "Pronoun",
  "Determiner", "Preposition", "Conjunction",
] as const;

/** Coarse part of speech of a neighbour, first match wins. */
const COARSE_TAGS = ["Pronoun", "Determiner", "Preposition", "Conjunction", "Verb", "Adjective", "Adverb", "Value", "Noun"] as const;

const UPPER = /\p{Lu}/u;

/** The word without a possessive, as the tagger reads it: "Putin’s" → "Putin". */
export function bareWord(text: string): string {
  return withoutPossessive(text);
}

/** "Putin" → "Xx", "U.S." → "X.X.", "al-Assad" → "x-Xx", "2019" → "d", "McCain" → "XxXx". */
export function wordShape(text: string): string {
  let shape = "";
  let last = "";
  for (const ch of text) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last || !/[Xxd]/.test(c)) shape += c;
    last = c;
  }
  return shape.length > 8 ? shape.slice(0, 8) : shape;
}

/** The word lists a word is in, as one value ("title", "common", "demonym|common"...). */
function lexiconClass(folded: string): string {
  const classes: string[] = [];
  if (TITLE_WORDS.has(folded)) classes.push("title");
  if (ORGANIZATION_WORDS.has(folded)) classes.push("organization-word");
  if (PLACE_WORDS.has(folded)) classes.push("place-word");
  if (PLACE_NOUNS.has(folded)) classes.push("place-noun");
  if (PLACE_PREPOSITIONS.has(folded)) classes.push("place-preposition");
  if (SPEECH_VERBS.has(folded)) classes.push("speech");
  if (NAME_PARTICLES.has(folded)) classes.push("particle");
  if (NAME_CONNECTORS.has(folded)) classes.push("connector");
  if (NOT_NAMES.has(folded)) classes.push("not-name");
  if (DEMONYMS.has(folded)) classes.push("demonym");
  if (COMMON_WORDS.has(folded)) classes.push("common");
  return classes.length === 0 ? "none" : classes.join("|");
}

/** Is the word written like a name: a capital first, or a particle before one ("al-Assad", "bin-Laden")? */
function isCapitalised(word: string): boolean {
  return UPPER_START.test(word) || PARTICLE_NAME.test(word);
}

/** What the tagger needs of one word, whatever its context: computed once per distinct word. */
interface WordInfo {
  lower: string;
  shape: string;
  lexicon: string;
  /** Hashes of the word's own features (word, shape, affixes, lexicon, single-word gazetteer). */
  own: FeatureSink;
  capitalised: boolean;
}

const wordCache = new Map<string, WordInfo>();
const WORD_CACHE_LIMIT = 100_000;

function wordInfo(text: string, names: Map<number, string> | null): WordInfo {
  const cached = names ? undefined : wordCache.get(text);
  if (cached) return cached;
  // compromise keeps an emoji's line break in its text; a feature value never holds white space.
  const bare = bareWord(text).replace(/\s+/g, "");
  const lower = bare.toLowerCase();
  const folded = fold(bare);
  const own: FeatureSink = { hashes: [], names };
  const shape = wordShape(bare);
  const lexicon = lexiconClass(folded);
  add(own, "w", lower);
  add(own, "shape", shape);
  add(own, "prefix", lower.slice(0, 3));
  if (lower.length > 3) {
    add(own, "suffix2", lower.slice(-2));
    add(own, "suffix3", lower.slice(-3));
  }
  if (lower.length > 5) add(own, "suffix4", lower.slice(-4));
  add(own, "lexicon", lexicon);
  const entry = GAZETTEER.get(folded);
  if (entry) add(own, "gazetteer", `1-${entry.type}`);
  const info: WordInfo = { lower, shape, lexicon, own, capitalised: isCapitalised(bare) };
  if (!names) {
    if (wordCache.size >= WORD_CACHE_LIMIT) wordCache.clear();
    wordCache.set(text, info);
  }
  return info;
}

function coarseTag(token: Token | undefined): string {
  if (!token) return "edge";
  for (const tag of COARSE_TAGS) if (token.tags.has(tag)) return tag;
  return "other";
}

/**
 * Which tokens the tagger reads: capitalised words, and the lowercase connectors and particles between two of
 * them ("Ministry of Foreign Affairs", "Osama bin Laden", "Democratic Republic of the Congo"). Every other
 * token is outside any entity: English names are written with capitals.
 */
export function candidateTokens(tokens: readonly Token[], infos: readonly WordInfo[]): boolean[] {
  const candidate = infos.map((info, i) => info.capitalised || (UPPER.test(tokens[i]?.text ?? "") && /\p{L}/u.test(tokens[i]?.text ?? "")));
  for (let i = 1; i < tokens.length - 1; i++) {
    if (candidate[i] || !candidate[i - 1]) continue;
    const joins = (k: number) => {
      const lower = infos[k]?.lower ?? "";
      return NAME_CONNECTORS.has(lower) || NAME_PARTICLES.has(lower);
    };
    if (!joins(i)) continue;
    if (candidate[i + 1]) candidate[i] = true;
    else if (joins(i + 1) && candidate[i + 2]) {
      candidate[i] = true;
      candidate[i + 1] = true;
    }
  }
  return candidate;
}

/** Per token, the longest gazetteer name over it as "B-country", "I-place"...; null outside any. */
function gazetteerRuns(infos: readonly WordInfo[], tokens: readonly Token[]): (string | null)[] {
  const out: (string | null)[] = tokens.map(() => null);
  const folded = tokens.map((t) => fold(bareWord(t.text)));
  // Inside a name a possessive is a word of it: "Democratic People's Republic of Korea".
  const whole = tokens.map((t, i) => (POSSESSIVE_S.test(t.text) ? fold(t.text) : (folded[i] as string)));
  for (let i = 0; i < tokens.length; i++) {
    if (!infos[i]?.capitalised || !(NAME_FIRST_WORDS.has(folded[i] ?? "") || NAME_FIRST_WORDS.has(whole[i] ?? ""))) continue;
    for (let j = Math.min(tokens.length, i + 6); j > i + 1; j--) {
      const entry = GAZETTEER.get([...whole.slice(i, j - 1), folded[j - 1]].join(" "));
      if (!entry) continue;
      for (let k = i; k < j; k++) out[k] = `${k === i ? "B" : "I"}-${entry.type}`;
      i = j - 1;
      break;
    }
  }
  return out;
}

/** How a name is looked up in the name list: folded, without a possessive, single spaces. */
export function nameListKey(text: string): string {
  return fold(withoutPossessive(text)).replace(/\s+/g, " ");
}

/** The longest name of each name list in words, and the first words of its names: where a lookup can start. */
const listShapes = new WeakMap<ReadonlyMap<string, string>, { firstWords: Set<string>; longest: number }>();

function listShape(list: ReadonlyMap<string, string>): { firstWords: Set<string>; longest: number } {
  let shape = listShapes.get(list);
  if (!shape) {
    shape = { firstWords: new Set(), longest: 1 };
    for (const name of list.keys()) {
      const words = name.split(" ");
      shape.firstWords.add(words[0] ?? "");
      shape.longest = Math.max(shape.longest, Math.min(words.length, 6));
    }
    listShapes.set(list, shape);
  }
  return shape;
}

/** Per token, the longest name of the training corpora's name list over it, as "B-ORG", "I-LOC"... */
function listRuns(infos: readonly WordInfo[], tokens: readonly Token[], list: ReadonlyMap<string, string>): (string | null)[] {
  const out: (string | null)[] = tokens.map(() => null);
  const { firstWords, longest } = listShape(list);
  const folded = tokens.map((t, i) => (infos[i]?.capitalised ? nameListKey(t.text) : ""));
  for (let i = 0; i < tokens.length; i++) {
    if (!infos[i]?.capitalised || !firstWords.has(folded[i] ?? "")) continue;
    for (let j = Math.min(tokens.length, i + longest); j > i; j--) {
      const cls = list.get(folded.slice(i, j).join(" "));
      if (!cls) continue;
      for (let k = i; k < j; k++) out[k] = `${k === i ? "B" : "I"}-${cls}`;
      i = j - 1;
      break;
    }
  }
  return out;
}

/** Per token, the rules' mention over it as "B-person", "I-place"..., and the rule's reason. */
function ruleTags(tokens: readonly Token[], rules: readonly RuleSpan[]): ({ tag: string; reason: string } | null)[] {
  const out: ({ tag: string; reason: string } | null)[] = tokens.map(() => null);
  let r = 0;
  tokens.forEach((token, i) => {
    while (r < rules.length && (rules[r]?.end ?? 0) <= token.start) r++;
    const rule = rules[r];
    if (!rule || rule.start >= token.end) return;
    const begins = rule.start >= token.start || i === 0 || (tokens[i - 1]?.end ?? 0) <= rule.start;
    out[i] = { tag: `${begins ? "B" : "I"}-${rule.type}`, reason: rule.reason };
  });
  return out;
}

/** What the document says about each folded word elsewhere: written lowercase, capitalised mid-sentence. */
function documentEvidence(sentences: readonly TokenizedSentence[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const sentence of sentences) {
    sentence.tokens.forEach((token, i) => {
      if (!/^\p{L}/u.test(token.text)) return;
      const key = fold(bareWord(token.text));
      const flag = isCapitalised(token.text) ? (i > 0 ? 2 : 0) : 1;
      if (flag) seen.set(key, (seen.get(key) ?? 0) | flag);
    });
  }
  return seen;
}

const DOCUMENT_EVIDENCE = ["none", "lowercase", "capitalised", "both"] as const;

/** Per token, the run of candidate tokens it is in: consecutive candidates that no punctuation breaks. */
function candidateRuns(tokens: readonly Token[], candidate: readonly boolean[]): ({ first: number; last: number } | null)[] {
  const out: ({ first: number; last: number } | null)[] = tokens.map(() => null);
  let i = 0;
  while (i < tokens.length) {
    if (!candidate[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && candidate[j + 1] && !NAME_BREAK.test(tokens[j]?.post ?? "") && !POSSESSIVE_S.test(tokens[j]?.text ?? "")) j++;
    const run = { first: i, last: j };
    for (let k = i; k <= j; k++) out[k] = run;
    i = j + 1;
  }
  return out;
}

/** The tagger's view of one sentence: which tokens it reads, and each one's features without label history. */
export interface SentenceFeatures {
  candidate: boolean[];
  /** Feature hashes per token (empty for a token that is not a candidate). */
  features: number[][];
  /** Each token's lowercase word and shape, which the label-history features pair with the previous label. */
  words: string[];
  shapes: string[];
  /** Whether the token ends any name it is in: a comma, a bracket or a quote after it, or a possessive. */
  breaks: boolean[];
}

/** Punctuation after a word that no name runs across. */
const NAME_BREAK = /[,;:!?()[\]{}"“”«»|]|\s[-–—]/;

/** The punctuation after a word, as a feature value: "," "." "'" or "none". */
function postValue(post: string): string {
  const p = post.trim();
  if (p === "") return "none";
  return p.length > 2 ? p.slice(0, 2) : p;
}

/** What documentFeatures reads besides the text. */
export interface FeatureOptions {
  /** When given, collects each feature's readable name (training only). */
  names?: Map<number, string> | null;
  /** Names of organisations and places seen in the training corpora (folded) and their class. */
  nameList?: ReadonlyMap<string, string> | null;
}

/**
 * Computes the features of every sentence of a document.
 * @param rules the rules' mentions of the whole document, in document offsets, sorted by start
 * @example documentFeatures(splitSentences(text), ruleMentions)[0].features[2] // [hash, hash, ...]
 */
export function documentFeatures(sentences: readonly TokenizedSentence[], rules: readonly RuleSpan[], options: FeatureOptions = {}): SentenceFeatures[] {
  const names = options.names ?? null;
  const nameList = options.nameList ?? null;
  const evidence = documentEvidence(sentences);
  return sentences.map((sentence) => {
    const { tokens } = sentence;
    const infos = tokens.map((t) => wordInfo(t.text, names));
    const candidate = candidateTokens(tokens, infos);
    const gazetteer = gazetteerRuns(infos, tokens);
    const listed = nameList ? listRuns(infos, tokens, nameList) : [];
    const rule = ruleTags(tokens, rules);
    const capitalisedWords = infos.filter((w, i) => w.lexicon.includes("common") && /^\p{L}{4,}/u.test(tokens[i]?.text ?? "")).length;
    const headline = capitalisedWords >= 2 && infos.filter((w, i) => w.capitalised && w.lexicon.includes("common") && /^\p{L}{4,}/u.test(tokens[i]?.text ?? "")).length / capitalisedWords > 0.85;
    const runs = candidateRuns(tokens, candidate);
    const features = tokens.map((token, i) => {
      if (!candidate[i]) return [];
      const info = infos[i] as WordInfo;
      const sink: FeatureSink = { hashes: [...info.own.hashes], names };
      add(sink, "bias", "");
      for (const tag of TAGS) if (token.tags.has(tag)) add(sink, "tag", tag);
      const g = gazetteer[i];
      if (g) add(sink, "gazetteer", g);
      const n = listed[i];
      if (n) add(sink, "name-list", n);
      const quote = /[“"‘(]/.test(token.pre) || /[:“"]\s*$/.test(tokens[i - 1]?.post ?? "");
      const position = i === 0 ? "first" : quote ? "quote" : headline ? "headline" : "inside";
      add(sink, "position", position);
      add(sink, "shape|position", `${info.shape}|${position}`);
      const prev = infos[i - 1];
      const next = infos[i + 1];
      add(sink, "w-1", prev?.lower ?? "<s>");
      add(sink, "w+1", next?.lower ?? "</s>");
      add(sink, "w-2", infos[i - 2]?.lower ?? "<s>");
      add(sink, "w+2", infos[i + 2]?.lower ?? "</s>");
      add(sink, "w-1|w", `${prev?.lower ?? "<s>"}|${info.lower}`);
      add(sink, "shape-1", prev?.shape ?? "<s>");
      add(sink, "shape+1", next?.shape ?? "</s>");
      add(sink, "pos-1", coarseTag(tokens[i - 1]));
      add(sink, "pos+1", coarseTag(tokens[i + 1]));
      add(sink, "lexicon-1", prev?.lexicon ?? "<s>");
      add(sink, "lexicon+1", next?.lexicon ?? "</s>");
      add(sink, "post", postValue(token.post));
      add(sink, "post-1", postValue(tokens[i - 1]?.post ?? "<s>"));
      const r = rule[i];
      add(sink, "rule", r?.tag ?? "none");
      if (r) add(sink, "rule-reason", r.reason);
      add(sink, "document", DOCUMENT_EVIDENCE[evidence.get(fold(bareWord(token.text))) ?? 0] ?? "none");
      // The whole run of capitalised words the token is in: "in" before "Khan Younis" is evidence for both.
      const run = runs[i] as { first: number; last: number };
      const length = run.last - run.first + 1;
      add(sink, "run-before", infos[run.first - 1]?.lower ?? "<s>");
      add(sink, "run-after", infos[run.last + 1]?.lower ?? "</s>");
      if (length > 1) add(sink, "run-head", infos[run.last]?.lower ?? "");
      add(sink, "run-shape", `${Math.min(length, 4)}|${i === run.first ? "first" : i === run.last ? "last" : "inside"}`);
      return sink.hashes;
    });
    return {
      candidate,
      features,
      words: infos.map((w) => w.lower),
      shapes: infos.map((w) => w.shape),
      breaks: tokens.map((t, i) => {
        if (NAME_BREAK.test(t.post) || /[([{"“«]/.test(tokens[i + 1]?.pre ?? "")) return true;
        // A possessive ends a name ("Apple's Siri", "Wikinews' Nicholas Moreau"), unless a known name goes on.
        return POSSESSIVE.test(t.text) && !(gazetteer[i] !== null && gazetteer[i + 1]?.startsWith("I-"));
      }),
    };
  });
}
