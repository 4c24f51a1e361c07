// A sorted list of lowercase words as stems with their endings: "abandon", "abandoned", "abandoning",
// "abandons" become one line, "abandonCDE" (each capital names an ending of a table). With front coding on
// top, the common-words list that ships in the page's extraction worker is 10 kB smaller gzipped. Pure.

/**
 * Endings a stem line may name, by index ("A" is the first). Data of the list's own file: the writer
 * stores the table it used beside the lines, and the reader takes it from there.
 */
export const WORD_ENDINGS: readonly string[] = [
  "s", "es", "ed", "d", "ing", "er", "ers", "ly", "ment", "ments", "ness", "ion", "ions", "al", "ally",
  "ies", "ied", "y", "ity", "able", "ful", "less", "ist", "ists", "ism", "ive",
];

const CODE_A = 65;

/**
 * Groups words (lowercase, no capitals) under the first word they extend by one ending: every word comes
 * back from `suffixDecode`, each once.
 * @example suffixEncode(["walk", "walked", "walks"], ["s", "ed"]) // ["walkAB"]
 */
export function suffixEncode(words: readonly string[], endings: readonly string[] = WORD_ENDINGS): string[] {
  if (endings.length > 26) throw new Error("entity-graph: suffix coding: at most 26 endings");
  const all = new Set(words);
  const taken = new Set<string>();
  const lines: string[] = [];
  for (const word of words) {
    if (/[A-Z]/.test(word)) throw new Error(`entity-graph: suffix coding: a word holds a capital: ${JSON.stringify(word)}`);
    if (taken.has(word)) continue;
    taken.add(word);
    let codes = "";
    endings.forEach((ending, i) => {
      const longer = word + ending;
      if (all.has(longer) && !taken.has(longer)) {
        taken.add(longer);
        codes += String.fromCharCode(CODE_A + i);
      }
    });
    lines.push(word + codes);
  }
  return lines;
}

/**
 * Reads lines written by `suffixEncode` with the same endings.
 * @example suffixDecode(["walkAB"], ["s", "ed"]) // ["walk", "walks", "walked"]
 */
export function suffixDecode(lines: readonly string[], endings: readonly string[] = WORD_ENDINGS): string[] {
  const words: string[] = [];
  for (const line of lines) {
    let cut = line.length;
    while (cut > 0 && line.charCodeAt(cut - 1) >= CODE_A && line.charCodeAt(cut - 1) < CODE_A + 26) cut--;
    const stem = line.slice(0, cut);
    words.push(stem);
    for (let i = cut; i < line.length; i++) words.push(stem + (endings[line.charCodeAt(i) - CODE_A] ?? ""));
  }
  return words;
}
