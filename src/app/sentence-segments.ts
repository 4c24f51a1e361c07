// A sentence and its mentions → runs of plain text and of entity names, for the panel to render as text.
// Pure; the panel turns each run into a text node, a <mark> or a button.
import type { SentenceMention } from "../extract/types.ts";

/** A run of the sentence: plain text, or a mention of `entity` (focused when the panel is about it). */
export type Segment = { text: string; entity: null } | { text: string; entity: string; focused: boolean };

/** Cuts a sentence at its mentions; overlapping or out-of-range mentions are skipped, not trusted. */
export function segmentSentence(
  text: string,
  mentions: readonly SentenceMention[],
  focused: ReadonlySet<string>,
): Segment[] {
  const ordered = [...mentions]
    .filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: Segment[] = [];
  let at = 0;
  for (const mention of ordered) {
    if (mention.start < at) continue;
    if (mention.start > at) segments.push({ text: text.slice(at, mention.start), entity: null });
    segments.push({
      text: text.slice(mention.start, mention.end),
      entity: mention.entity,
      focused: focused.has(mention.entity),
    });
    at = mention.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), entity: null });
  return segments;
}

/** What the panel renders: a run as it is, or mentions and the punctuation touching them, kept on one line. */
export type Piece = Segment | { glued: Segment[] };

/**
 * Groups each mention with the text touching it up to the nearest whitespace ("Syria" + "?”", "“" +
 * "Putin" + "’s"), so a line never breaks between a name and its punctuation: the browser lays out the
 * clickable mentions (buttons) as inline blocks, and may wrap right after one. Plain text stays one run.
 */
export function glueMentions(segments: readonly Segment[]): Piece[] {
  const pieces: Piece[] = [];
  let word: Segment[] = [];
  const pushText = (text: string) => {
    const last = pieces[pieces.length - 1];
    if (last && !("glued" in last) && last.entity === null) last.text += text;
    else pieces.push({ text, entity: null });
  };
  const endWord = () => {
    if (word.some((s) => s.entity !== null) && word.length > 1) pieces.push({ glued: word });
    else for (const s of word) if (s.entity === null) pushText(s.text); else pieces.push(s);
    word = [];
  };
  for (const segment of segments) {
    if (segment.entity !== null) {
      word.push(segment);
      continue;
    }
    // Split at whitespace, keeping it: "?” he said" → "?”", " ", "he", " ", "said".
    for (const part of segment.text.split(/(\s+)/)) {
      if (part === "") continue;
      if (/^\s+$/.test(part)) {
        endWord();
        pushText(part);
      } else {
        word.push({ text: part, entity: null });
      }
    }
  }
  endWord();
  return pieces;
}
