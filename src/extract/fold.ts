// Text folding for matching: the same entity written with or without accents, case or curly quotes.

/** Words folded before: extraction folds the same words again and again, and folding is costly. */
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 200_000;

/** Lowercases, strips diacritics and unifies apostrophes and dashes: "Erdoğan’s" → "erdogan's". */
export function fold(text: string): string {
  const cached = folded.get(text);
  if (cached !== undefined) return cached;
  const out = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase();
  if (text.length <= 64) {
    if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
    folded.set(text, out);
  }
  return out;
}

/** A slug for node keys: "Bashar al-Assad" → "bashar-al-assad", "Erdoğan" → "erdogan". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
