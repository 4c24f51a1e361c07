import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchSentences } from "../../src/app/text-search.ts";
import { candidateChunks, decodePostings, encodePostings, indexText, parseTextIndex } from "../../src/export/text-index.ts";
import type { SentenceRecord } from "../../src/extract/types.ts";

const sentence = (position: number, text: string): SentenceRecord => ({ id: `s${position}`, text, documents: ["a.txt"], mentions: [] });

// Four chunks; sentence 1 is in chunks 0 and 2, as the node stream has a sentence once per entity.
const sentences = [
  sentence(0, "Minister Qarnabi spoke of the nuclear deal."),
  sentence(1, "The NUCLEAR\tdeal was signed in Lekfjs."),
  sentence(2, "Nothing here is nuclear."),
  sentence(3, "Erdoğan's visit to Rekcjd Province,\u00a0again."),
  sentence(4, "Costs (in $) rose in the small island states."),
];
const chunks = [[1, 0], [2], [1, 3], [4]];
const index = indexText(chunks, sentences, ["a.txt"]);

/** The search over the candidate chunks' sentences, each once, in file order. */
const searchCandidates = (chunkList: readonly (readonly number[])[], all: readonly SentenceRecord[], phrase: string, limit: number) => {
  const text = indexText(chunkList, all, ["a.txt"]);
  const positions = new Set(candidateChunks(text, phrase).flatMap((chunk) => chunkList[chunk]!));
  return searchSentences([...positions].sort((a, b) => a - b).map((position) => all[position]!), phrase, limit);
};

describe("candidateChunks", () => {
  it.each([
    ["one word", "lekfjs", [0]],
    ["one word inside a token", "ucle", [0, 1]],
    ["two words, the last one begun", "nuclear de", [0]],
    ["the first word ended", "clear deal", [0]],
    ["a whole middle word", "the nuclear deal", [0]],
    ["a middle word that is only part of a token", "the nucl deal", []],
    ["another case and accents", "ERDOGAN", [2]],
    ["a no-break space between the words", "province, again", [2]],
    ["punctuation", "(in $)", [3]],
    ["words of two chunks", "qarnabi erdogan", []],
    ["words of two sentences of one chunk (a superset: the search decides)", "signed qarnabi", [0]],
  ])("finds the chunks for %s (%s)", (_, phrase, expected) => {
    expect(candidateChunks(index, phrase)).toEqual(expected);
  });

  it("indexes a sentence in several chunks under the first", () => {
    expect(candidateChunks(index, "signed")).toEqual([0]);
  });

  it("says which chunks hold each document's sentences", () => {
    const records = [
      { text: "One.", documents: ["a.txt"] },
      { text: "Two.", documents: ["b.txt", "a.txt"] },
      { text: "Three.", documents: ["b.txt"] },
    ];
    const text = indexText([[0], [1], [0, 2]], records, ["a.txt", "b.txt", "c.txt"]);
    expect(text.documents.map((posting) => decodePostings(posting, 3))).toEqual([[0, 1], [1, 2], []]);
  });

  it("finds nothing for a phrase too short to search", () => {
    expect(candidateChunks(index, "  de ")).toEqual([]);
  });

  it("gives the same result as searching every sentence", () => {
    const alphabet = ["a", "b", "ab", "A", "á", "é", "ß", " ", "  ", "\t", "\n", "\u00a0", ".", "(", "$"];
    const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 5 }), text, fc.nat(), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 10 }), (texts, chunkCount, other, from, to, which, limit) => {
        const all = texts.map((t, i) => sentence(i, t));
        // Every sentence in a chunk, some in two.
        const chunkList: number[][] = Array.from({ length: chunkCount }, () => []);
        all.forEach((_, i) => {
          chunkList[i % chunkCount]!.push(i);
          if (i % 3 === 0) chunkList[(i + 1) % chunkCount]!.push(i);
        });
        // Mostly a piece of one sentence, in capitals, so that most phrases are found.
        const source = texts[which % texts.length]!;
        const phrase = which % 4 === 0 ? other : source.slice(from % (source.length + 1), (from % (source.length + 1)) + (to % 16)).toUpperCase();
        expect(searchCandidates(chunkList, all, phrase, limit)).toEqual(searchSentences(all, phrase, limit));
      }),
      { numRuns: 500 },
    );
  });
});

describe("postings", () => {
  it("encodes chunks as gaps or as a bitset, whichever is shorter, and decodes them again", () => {
    expect(encodePostings([0, 3, 40], 100)).toBe("ACkB");
    const many = Array.from({ length: 50 }, (_, i) => i * 2);
    expect(encodePostings(many, 100)).toMatch(/^~/);
    expect(encodePostings(many, 100).length).toBe(1 + Math.ceil(100 / 6));
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 5000 })), (list) => {
        const sorted = [...list].sort((a, b) => a - b);
        expect(decodePostings(encodePostings(sorted, 5001), 5001)).toEqual(sorted);
      }),
    );
  });

  it("refuses a chunk out of range or a stray character", () => {
    expect(() => decodePostings(encodePostings([7], 8), 7)).toThrow(/chunk 7 is beyond the 7 chunks/);
    expect(() => decodePostings("A!", 8)).toThrow(/"!" is not a digit/);
  });
});

describe("parseTextIndex", () => {
  it("reads the index back and names what is wrong", () => {
    const text = JSON.stringify(index);
    expect(parseTextIndex(text, "text.json", 4, 1)).toEqual(index);
    expect(() => parseTextIndex(text, "text.json", 5, 1)).toThrow(/counts 4 chunk files, not the graph file's 5/);
    expect(() => parseTextIndex("{", "text.json", 4, 1)).toThrow(/text.json is not valid JSON/);
    expect(() => parseTextIndex(JSON.stringify({ ...index, format: "x" }), "text.json", 4, 1)).toThrow(/not a text index/);
    expect(() => parseTextIndex(JSON.stringify({ ...index, postings: [] }), "text.json", 4, 1)).toThrow(/same length/);
    expect(() => parseTextIndex(text, "text.json", 4, 2)).toThrow(/one entry per document/);
  });
});
