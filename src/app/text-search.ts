// Full-text search of the sentences: a phrase → the sentences containing it, in file order, with where
// it is in each. Case- and accent-insensitive, any run of spaces matching any run; offsets are into the
// sentence's own text, so the page can highlight the phrase beside the entity mentions. Pure.
import type { SentenceRecord } from "../extract/types.ts";
import { foldForMatch, phrasePattern } from "../export/fold-for-match.ts";
import type { Segment } from "./sentence-segments.ts";

/** A sentence containing the phrase, and the [start, end) offsets of each occurrence in its text. */
export interface TextMatch {
  sentence: SentenceRecord;
  ranges: [number, number][];
}

/** The result of a search: the matches listed (at most `limit`) and how many sentences contain the phrase. */
export interface TextSearchResult {
  matches: TextMatch[];
  total: number;
}

/**
 * Searches `sentences` for `phrase`.
 * @example searchSentences(file.sentences, "nuclear deal", 200).total // 12
 */
export function searchSentences(sentences: readonly SentenceRecord[], phrase: string, limit: number): TextSearchResult {
  const pattern = phrasePattern(phrase);
  if (pattern === null) return { matches: [], total: 0 };
  const matches: TextMatch[] = [];
  let total = 0;
  for (const sentence of sentences) {
    const folded = foldForMatch(sentence.text);
    pattern.lastIndex = 0;
    if (!pattern.test(folded)) continue;
    total++;
    if (matches.length >= limit) continue;
    pattern.lastIndex = 0;
    const ranges: [number, number][] = [];
    for (const found of folded.matchAll(pattern)) ranges.push([found.index, found.index + found[0].length]);
    matches.push({ sentence, ranges });
  }
  return { matches, total };
}

/** A run of a sentence as the page draws it: plain text or a mention (see Segment), and whether it is the phrase. */
export type MarkedSegment = Segment & { hit: boolean };

/**
 * Cuts a sentence's segments (sentence-segments.ts) again where the phrase starts and ends, so the phrase
 * is marked inside plain text and inside a mention alike.
 * @example markRanges(segmentSentence(text, mentions, new Set()), [[4, 11]])
 */
export function markRanges(segments: readonly Segment[], ranges: readonly (readonly [number, number])[]): MarkedSegment[] {
  const marked: MarkedSegment[] = [];
  let at = 0;
  for (const segment of segments) {
    const start = at;
    const end = at + segment.text.length;
    at = end;
    // Cut points inside this segment: where a range starts or ends.
    const cuts = new Set([start, end]);
    for (const [from, to] of ranges) {
      if (from > start && from < end) cuts.add(from);
      if (to > start && to < end) cuts.add(to);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      const hit = ranges.some(([a, b]) => a <= from && to <= b);
      marked.push({ ...segment, text: segment.text.slice(from - start, to - start), hit });
    }
  }
  return marked;
}
