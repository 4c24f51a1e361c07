// A document's text → its sentences, each with the entity mentions in it (offsets into the sentence).
// Pure: the same code runs in Node, in worker threads and in the browser.
import { findRuleMentions } from "./find-rule-mentions.ts";
import { documentMentions, type DocumentMention } from "./model-mentions.ts";
import { splitSentences } from "./split-sentences.ts";
import type { TagClass } from "./tagger.ts";
import { TAGGER } from "./tagger-model.ts";
import type { EntityType } from "./types.ts";
import { POSSESSIVE } from "./possessive.ts";
import { sentenceRelations, type SentenceRelation } from "./sentence-relations.ts";

/** A mention in an extracted sentence; `alias` is how the text wrote it ("Putin’s" → "Putin"). */
export interface ExtractedMention {
  start: number;
  end: number;
  type: EntityType;
  name: string;
  alias: string;
  /** The rule that decided it ("tagged-person", "demonym", "country-name"...), shown beside errors by `npm run eval`. */
  reason: string;
  /** The class the trained tagger gave the name (null when a rule found it alone): "China" as ORG is a government. */
  tagged: TagClass | null;
}

/** A sentence of a document, with its offsets into the document text. */
export interface ExtractedSentence {
  text: string;
  start: number;
  end: number;
  mentions: ExtractedMention[];
  /** The relations between pairs of its mentions (indices into `mentions`), when it has any. */
  relations?: SentenceRelation[];
}

/** What extraction returns for one document. */
export interface DocumentExtraction {
  sentences: ExtractedSentence[];
  /** Number of words read, for speed figures. */
  words: number;
}


/**
 * Extracts the sentences and entity mentions of one document. `onProgress` is told how many characters
 * of the text have been split into sentences, the longest part of the work.
 * @example extractDocument("Russian President Vladimir Putin called Rouhani.").sentences[0].mentions
 *   // Russia (country), Vladimir Putin (person), Rouhani (person)
 */
export function extractDocument(text: string, options: { layer?: "model" | "rules"; onProgress?: (done: number, total: number) => void } = {}): DocumentExtraction {
  const sentences = splitSentences(text, options.onProgress);
  const rules = findRuleMentions(sentences, text);
  const withRecalled: DocumentMention[] = options.layer === "rules" ? rules.map((m) => ({ ...m, cls: null })) : documentMentions(sentences, text, rules, TAGGER);

  const out: ExtractedSentence[] = sentences.map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, mentions: [] }));
  let words = 0;
  for (const s of sentences) words += s.tokens.length;
  let si = 0;
  for (const m of withRecalled) {
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= m.start) si++;
    const sentence = out[si];
    if (!sentence || m.start < sentence.start || m.end > sentence.end) continue;
    const alias = text.slice(m.start, m.end).replace(POSSESSIVE, "").trim();
    sentence.mentions.push({ start: m.start - sentence.start, end: m.start - sentence.start + alias.length, type: m.type, name: m.name, alias, reason: m.reason, tagged: m.cls });
  }
  sentences.forEach((s, i) => {
    const sentence = out[i] as ExtractedSentence;
    const relations = sentenceRelations(s, sentence.start, sentence.mentions);
    if (relations.length > 0) sentence.relations = relations;
  });
  return { sentences: out, words };
}
