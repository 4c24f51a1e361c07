// A tokenized sentence and its extracted mentions → the relations between them, mentions by index.
// Pure: the glue between extraction's mention offsets and findRelations' token spans.
import { findRelations, type MentionTokens } from "./find-relations.ts";
import type { RelationClass } from "./relation-verbs.ts";
import type { TokenizedSentence } from "./split-sentences.ts";
import type { EntityType } from "./types.ts";

/** A relation of one sentence: mentions `a` and `b` (indices, a < b), its label and class, its subject mention or null. */
export interface SentenceRelation {
  a: number;
  b: number;
  label: string;
  class: RelationClass | null;
  subject: number | null;
}

/**
 * Finds the relations between the mentions of a sentence; mention offsets are relative to the sentence,
 * which starts at `start` in the text its tokens point into.
 * @example sentenceRelations(splitSentences(text)[0], 0, mentions) // [{ a: 0, b: 1, label: "ask", ... }]
 */
export function sentenceRelations(sentence: TokenizedSentence, start: number, mentions: readonly { start: number; end: number; type: EntityType }[]): SentenceRelation[] {
  if (mentions.length < 2) return [];
  const spans: MentionTokens[] = [];
  const index: number[] = [];
  mentions.forEach((m, i) => {
    let first = -1;
    let last = -1;
    sentence.tokens.forEach((t, k) => {
      if (t.end > start + m.start && t.start < start + m.end) {
        if (first < 0) first = k;
        last = k;
      }
    });
    if (first < 0) return;
    spans.push({ first, last, type: m.type });
    index.push(i);
  });
  return findRelations(sentence.tokens, spans).map((r) => ({
    a: index[r.a] as number,
    b: index[r.b] as number,
    label: r.label,
    class: r.class,
    subject: r.subject === null ? null : (index[r.subject] as number),
  }));
}
