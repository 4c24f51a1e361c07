// A document's text → its sentences, each with the entity mentions in it (offsets into the sentence).
// Pure: the same code runs in Node, in worker threads and in the browser.
import { findMentions, type FoundMention } from "./find-mentions.ts";
import { fold } from "./fold.ts";
import { nameWords, resolveDocument, type ResolvedMention } from "./resolve-document.ts";
import { modelMentions } from "./model-mentions.ts";
import { splitSentences, type TokenizedSentence } from "./split-sentences.ts";
import { TAGGER } from "./tagger-model.ts";
import type { EntityType } from "./types.ts";

/** A mention in an extracted sentence; `alias` is how the text wrote it ("Putin’s" → "Putin"). */
export interface ExtractedMention {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  alias: string;
}

/** A sentence of a document, with its offsets into the document text. */
export interface ExtractedSentence {
  text: string;
  start: number;
  end: number;
  mentions: ExtractedMention[];
}

/** What extraction returns for one document. */
export interface DocumentExtraction {
  sentences: ExtractedSentence[];
  /** Number of words read, for speed figures. */
  words: number;
}

const POSSESSIVE = /['’]s?$/;

/**
 * Extracts the sentences and entity mentions of one document.
 * @example extractDocument("Russian President Vladimir Putin called Rouhani.").sentences[0].mentions
 *   // Russia (country), Vladimir Putin (person), Rouhani (person)
 */
export function extractDocument(text: string, options: { layer?: "model" | "rules" } = {}): DocumentExtraction {
  const sentences = splitSentences(text);
  const rules = findRuleMentions(sentences, text);
  const withRecalled = options.layer === "rules" ? rules : modelMentions(sentences, text, rules, TAGGER);

  const out: ExtractedSentence[] = sentences.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, mentions: [] }));
  let words = 0;
  for (const s of sentences) words += s.tokens.length;
  let si = 0;
  for (const m of withRecalled) {
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= m.start) si++;
    const sentence = out[si];
    if (!sentence || m.start < sentence.start || m.end > sentence.end) continue;
    const alias = text.slice(m.start, m.end).replace(POSSESSIVE, "").trim();
    sentence.mentions.push({ start: m.start - sentence.start, end: m.start - sentence.start + alias.length, type: m.type, name: m.name, alias });
  }
  return { sentences: out, words };
}

/**
 * The rules' mentions of a document, resolved (short forms to full names, types the document settles) and
 * found again where capitals alone could not vouch for them; in document order.
 */
export function findRuleMentions(sentences: readonly TokenizedSentence[], text: string): ResolvedMention[] {
  const found: FoundMention[] = [];
  for (const sentence of sentences) found.push(...findMentions(sentence.tokens, text));
  return recallKnownNames(sentences, resolveDocument(found), text);
}

/**
 * Finds again, anywhere in the document, the names it has already settled: a headline's "Rouhani", a
 * sentence-initial "Trump", which capital letters alone could not vouch for.
 */
function recallKnownNames(sentences: readonly TokenizedSentence[], resolved: readonly ResolvedMention[], text: string): ResolvedMention[] {
  const known = new Map<string, { type: EntityType; name: string }>();
  for (const m of resolved) {
    if (m.type === "country") continue;
    const alias = fold(text.slice(m.start, m.end).replace(POSSESSIVE, ""));
    if (!alias.includes(" ")) known.set(alias, { type: m.type, name: m.name });
    // A person's surname names them too ("Assad" for "Bashar al-Assad").
    const words = m.type === "person" ? nameWords(m.name) : [];
    const surname = words[words.length - 1];
    if (surname && words.length > 1 && !known.has(surname)) known.set(surname, { type: "person", name: m.name });
  }
  if (known.size === 0) return [...resolved];
  const covered = resolved.map((m) => [m.start, m.end] as const);
  const isCovered = (start: number) => covered.some(([s, e]) => start >= s && start < e);
  const added: ResolvedMention[] = [];
  for (const sentence of sentences) {
    if (sentence.tokens.length < 2) continue;
    for (const token of sentence.tokens) {
      if (!/^\p{Lu}/u.test(token.text) || isCovered(token.start)) continue;
      const bare = token.text.replace(POSSESSIVE, "");
      const hit = known.get(fold(bare)) ?? known.get(nameWords(bare)[0] ?? "");
      if (hit) added.push({ start: token.start, end: token.start + bare.length, type: hit.type, name: hit.name, reason: "document-recall" });
    }
  }
  return [...resolved, ...added].sort((a, b) => a.start - b.start);
}
