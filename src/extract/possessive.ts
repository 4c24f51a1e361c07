// The possessive ending of an English word: "Putin's", "Putin’s", "Reyes'". One pattern for every module
// that strips it or reads it, both apostrophes.

/** An apostrophe at the end of a word, with or without "s": what a possessive adds to a name. */
export const POSSESSIVE = /['’]s?$/;

/** "'s" or "’s" at the end: a possessive of a singular name (or a contraction, "it's"). */
export const POSSESSIVE_S = /['’]s$/;

/**
 * The word without its possessive ending.
 * @example withoutPossessive("Putin’s") // "Putin"
 */
export function withoutPossessive(text: string): string {
  return text.replace(POSSESSIVE, "");
}
