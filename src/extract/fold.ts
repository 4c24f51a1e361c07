// Text folding for matching: the same entity written with or without accents, case or curly quotes.

/** Lowercases, strips diacritics and unifies apostrophes and dashes: "Erdoğan’s" → "erdogan's". */
export function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .toLowerCase();
}

/** A slug for node keys: "Bashar al-Assad" → "bashar-al-assad", "Erdoğan" → "erdogan". */
export function slugify(text: string): string {
  return fold(text)
    .replace(/['.]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}
