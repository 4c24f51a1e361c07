import { describe, expect, it } from "vitest";
import { documentSentences } from "../../src/app/document-text.ts";
import { segmentSentence } from "../../src/app/sentence-segments.ts";
import { foldForMatch } from "../../src/export/fold-for-match.ts";
import { markRanges, searchSentences } from "../../src/app/text-search.ts";
import type { SentenceRecord } from "../../src/extract/types.ts";

const sentence = (id: string, text: string, documents: string[], mentions: SentenceRecord["mentions"] = []): SentenceRecord => ({ id, text, documents, mentions });

const sentences = [
  sentence("s1", "Minister Qarnabi spoke of the nuclear deal.", ["a.txt"], [{ entity: "person:qarnabi", start: 9, end: 16 }]),
  sentence("s2", "The NUCLEAR   deal was signed in Lekfjs.", ["b.txt", "a.txt"], [{ entity: "place:lekfjs", start: 33, end: 39 }]),
  sentence("s3", "Nothing here is nuclear.", ["b.txt"]),
  sentence("s4", "Erdoğan's nuclear deal, again.", ["a.txt"]),
];

describe("searchSentences", () => {
  it("finds the phrase whatever its case and spacing, in file order, with its offsets", () => {
    const result = searchSentences(sentences, "Nuclear Deal", 10);
    expect(result.total).toBe(3);
    expect(result.matches.map((m) => m.sentence.id)).toEqual(["s1", "s2", "s4"]);
    expect(result.matches[1]!.ranges).toEqual([[4, 18]]);
    expect(sentences[1]!.text.slice(4, 18)).toBe("NUCLEAR   deal");
  });

  it("ignores accents, and counts beyond the limit", () => {
    expect(searchSentences(sentences, "erdogan", 10).matches.map((m) => m.sentence.id)).toEqual(["s4"]);
    const limited = searchSentences(sentences, "nuclear", 2);
    expect(limited.matches).toHaveLength(2);
    expect(limited.total).toBe(4);
  });

  it.each(["", "  ", "de", "a b"])("does not search a phrase as short as %j", (phrase) => {
    expect(searchSentences(sentences, phrase, 10)).toEqual({ matches: [], total: 0 });
  });

  it("treats the phrase as text, not a pattern", () => {
    expect(searchSentences([sentence("s9", "Costs (in $) rose.", ["c.txt"])], "(in $)", 5).total).toBe(1);
    expect(searchSentences(sentences, "n.clear", 5).total).toBe(0);
  });
});

describe("foldForMatch", () => {
  it("keeps the length, so offsets in the folded text are offsets in the original", () => {
    for (const text of ["Erdoğan", "İstanbul", "Straße", "Zürich 🙂 Ünal"]) {
      expect(foldForMatch(text)).toHaveLength(text.length);
    }
    expect(foldForMatch("Erdoğan İz")).toBe("erdogan iz");
  });
});

describe("markRanges", () => {
  it("marks the phrase inside plain text and inside a mention", () => {
    const s = sentences[0]!;
    const marked = markRanges(segmentSentence(s.text, s.mentions, new Set()), [[13, 25]]);
    expect(marked.map((m) => [m.text, m.entity, m.hit])).toEqual([
      ["Minister ", null, false],
      ["Qarn", "person:qarnabi", false],
      ["abi", "person:qarnabi", true],
      [" spoke of", null, true],
      [" the nuclear deal.", null, false],
    ]);
    expect(marked.map((m) => m.text).join("")).toBe(s.text);
  });
});

describe("documentSentences", () => {
  it("lists a document's sentences in file order, shared ones included", () => {
    expect(documentSentences(sentences, "a.txt").map((s) => s.id)).toEqual(["s1", "s2", "s4"]);
    expect(documentSentences(sentences, "nowhere.txt")).toEqual([]);
  });
});
