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
