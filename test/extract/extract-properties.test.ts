// Property-based: whatever text comes in, extraction never throws and every mention points at its words.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";

/** Strings that look like scraped news: names, punctuation, quotes, hyphens, line breaks, odd Unicode. */
const newsLike = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "Putin", "Vladimir", "al-Assad", "Bashar", "Rouhani's", "Iranian", "Russian-Turkish", "Erdoğan", "U.S.",
        "President", "Mr.", "the", "of", "and", "Ministry", "Bishkek,", "Kyrgyzstan.", "“", "”", "(", ")", "-",
        "’s", "\n", "\n\n", ".", ",", "?", "Gaza-based", "said", "in", "TT", "LATEST", "•", "https://x.org/a",
        "\u200b", "é", "🙂", "\t", "<script>", "&amp;",
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ unit: "grapheme", maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(" "));

describe("extractDocument on arbitrary text", () => {
  it("never throws, and every mention's offsets point at its alias inside its sentence", () => {
    fc.assert(
      fc.property(fc.oneof(newsLike, fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 })), (text) => {
        const { sentences } = extractDocument(text);
        for (const sentence of sentences) {
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          for (const m of sentence.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(sentence.text.length);
            expect(sentence.text.slice(m.start, m.end)).toBe(m.alias);
          }
        }
      }),
      { numRuns: 400 },
    );
  });
});
