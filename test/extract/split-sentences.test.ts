// splitSentences on text without sentence ends (issue 14): a run of words is cut every MAX_SENTENCE_WORDS
// words at most, never inside a name, so extraction cost stays linear; ordinary prose is split as before.
import { describe, expect, it } from "vitest";
import { MAX_SENTENCE_WORDS, splitSentences } from "../../src/extract/split-sentences.ts";

const WORDS = "the minister said that talks with officials in the region would continue over the coming weeks despite objections".split(" ");

/** `count` words without a full stop or a line break, with "Angela Merkel" every 23 words. */
function runOfWords(count: number): string {
  const words: string[] = [];
  for (let i = 0; words.length < count; i++) {
    if (i % 23 === 22) words.push("Angela", "Merkel");
    else words.push(WORDS[i % WORDS.length]!);
  }
  return words.slice(0, count).join(" ");
}

describe("splitSentences on a run of words without sentence ends", () => {
  const text = runOfWords(1_000);
  const sentences = splitSentences(text);

  it("cuts it into sentences of at most MAX_SENTENCE_WORDS words, losing none", () => {
    expect(sentences.length).toBeGreaterThanOrEqual(Math.ceil(1_000 / MAX_SENTENCE_WORDS));
    for (const sentence of sentences) expect(sentence.tokens.length).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
    expect(sentences.flatMap((s) => s.tokens.map((t) => t.text))).toEqual(text.split(" "));
    for (const sentence of sentences) for (const token of sentence.tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it("never cuts inside a name", () => {
    for (const sentence of sentences) {
      expect(sentence.tokens[0]!.text).not.toBe("Merkel");
      expect(sentence.tokens.at(-1)!.text).not.toBe("Angela");
    }
  });

  it("cuts at a clause's comma when there is one in the run's second half", () => {
    const words = runOfWords(400).split(" ");
    words[250] = `${words[250]},`;
    const cut = splitSentences(words.join(" "));
    const first = cut[0]!;
    expect(words.join(" ").slice(first.start, first.end).endsWith(` ${words[250]}`)).toBe(true);
  });

  it("reports its progress in characters, up to the whole text", () => {
    const done: number[] = [];
    splitSentences(text, (chars, total) => {
      expect(total).toBe(text.length);
      done.push(chars);
    });
    expect(done.length).toBeGreaterThan(1);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(done.at(-1)).toBe(text.length);
  });
});

describe("splitSentences on ordinary prose", () => {
  it("keeps each sentence whole, however long, below the limit", () => {
    const long = `${runOfWords(MAX_SENTENCE_WORDS - 10)}.`;
    const text = `${long} Putin called Rouhani. They spoke.`;
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([long, "Putin called Rouhani.", "They spoke."]);
  });
});
