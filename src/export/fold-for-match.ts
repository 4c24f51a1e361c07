// How the full-text search compares text: folding (case and accents, one UTF-16 unit at a time) and a
// phrase → its folded words and its pattern. Pure; shared by the page's search (src/app/text-search.ts)
// and the split form's text index (text-index.ts), so that both read a phrase the same way.

/** Phrases shorter than this (once trimmed) are not searched: two letters are in most sentences. */
export const MIN_PHRASE_LENGTH = 3;

/** What separates words, in the phrase and in the text: the pattern's `\s+`. */
export const WORD_SEPARATOR = /\s+/;

/** The phrase's folded words, or null when it is too short to search. */
export function phraseWords(phrase: string): string[] | null {
  const words = foldForMatch(phrase.trim()).split(WORD_SEPARATOR).filter((word) => word !== "");
  return words.join(" ").length < MIN_PHRASE_LENGTH ? null : words;
}

/** The phrase as a global pattern over folded text, or null when it is too short to search. */
export function phrasePattern(phrase: string): RegExp | null {
  const words = phraseWords(phrase);
  if (words === null) return null;
  return new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "gu");
}

/**
 * Lowercases and strips accents one UTF-16 unit at a time, so the folded text has the same length as the
 * original and an offset in one is an offset in the other ("Erdoğan" → "erdogan", "İ" → "i").
 */
export function foldForMatch(text: string): string {
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    const unit = text[i]!;
    if (unit.charCodeAt(0) < 128) {
      folded += unit.toLowerCase();
      continue;
    }
    const base = unit.normalize("NFD")[0]!.toLowerCase();
    folded += base.length === 1 ? base : unit;
  }
  return folded;
}
