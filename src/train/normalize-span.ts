// One annotation convention for all training corpora, UNER's: a person's span leaves out the titles before
// the name ("President Barack Obama" → "Barack Obama"; BTC and WNUT-17 keep them about half the time). A
// leading "The" stays where the corpora keep it, as part of a name ("The New Yorker", "the Netherlands"). Pure.
import { fold } from "../extract/fold.ts";
import { TITLE_WORDS } from "../extract/name-words.ts";
import type { GoldSpan } from "./gold-document.ts";

/**
 * The span with a person's leading titles taken off; null when nothing is left.
 * @example normalizeSpan("President Barack Obama", { start: 0, end: 22, type: "PER" }) // { start: 10, ... }
 */
export function normalizeSpan(text: string, span: GoldSpan): GoldSpan | null {
  if (span.type !== "PER") return span;
  let start = span.start;
  for (;;) {
    const word = /^(\S+)(\s+|$)/.exec(text.slice(start, span.end));
    if (!word || !TITLE_WORDS.has(fold(word[1] as string))) break;
    start += word[0].length;
  }
  return start < span.end ? { ...span, start } : null;
}
