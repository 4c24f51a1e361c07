// Reading annotated corpora: the spans a CoNLL file marks, in the text rebuilt from its tokens.
import { describe, expect, it } from "vitest";
import { normalizeSpan } from "../../src/train/normalize-span.ts";
import { joinTokens, readConll } from "../../src/train/read-conll.ts";
import { splitCorpus } from "../../src/train/split-corpus.ts";

const spansOf = (doc: { text: string; spans: { start: number; end: number; type: string }[] }) => doc.spans.map((s) => `${s.type}:${doc.text.slice(s.start, s.end)}`);

describe("joinTokens", () => {
  it.each([
    [["Putin", "'s", "visit", "."], "Putin's visit."],
    [["He", "said", '"', "no", '"', "(", "again", ")", "."], 'He said "no" (again).'],
    [["U.S.", "officials", ",", "Reuters", "said"], "U.S. officials, Reuters said"],
  ])("rebuilds %j as %s", (tokens, text) => {
    const { text: rebuilt, offsets } = joinTokens(tokens);
    expect(rebuilt).toBe(text);
    offsets.forEach(([start, end], i) => expect(rebuilt.slice(start, end)).toBe(tokens[i]));
  });
});

describe("readConll", () => {
  it("reads IOB1, where I- begins an entity unless the token before has its type", () => {
    const file = "-DOCSTART- O\n\nZorbek I-PER\nValtiniu I-PER\nmet O\nQarnabad I-LOC\nB-ish B-LOC\n.\tO\n";
    const [doc] = readConll(file, { tokenColumn: 0, labelColumn: 1, documentStart: /^-DOCSTART-/, classes: { PER: "PER", LOC: "LOC" } }, "t");
    expect(spansOf(doc!)).toEqual(["PER:Zorbek Valtiniu", "LOC:Qarnabad", "LOC:B-ish"]);
  });

  it("reads IOB2 with the sentence as written, and maps fine types to ours", () => {
    const file = "# text = Lekfjs Party won, said Ana.\n1\tLekfjs\tB-politicalparty\n2\tParty\tI-politicalparty\n3\twon\tO\n4\t,\tO\n5\tsaid\tO\n6\tAna\tB-politician\n7\t.\tO\n";
    const [doc] = readConll(file, { tokenColumn: 1, labelColumn: 2, classes: { politicalparty: "ORG", politician: "PER" } }, "t");
    expect(doc?.text).toBe("Lekfjs Party won, said Ana.\n");
    expect(spansOf(doc!)).toEqual(["ORG:Lekfjs Party", "PER:Ana"]);
  });

  it("leaves out types that are none of our classes", () => {
    const [doc] = readConll("Word\tB-algorithm\nNet\tB-ORG\n", { tokenColumn: 0, labelColumn: 1, classes: { ORG: "ORG" } }, "t");
    expect(spansOf(doc!)).toEqual(["ORG:Net"]);
  });

  it("makes each sentence a document when the file marks none", () => {
    expect(readConll("A\tO\n\nB\tO\n", { tokenColumn: 0, labelColumn: 1, classes: {} }, "t")).toHaveLength(2);
  });
});

describe("normalizeSpan", () => {
  it("takes the titles off a person's span, not off an organisation's", () => {
    const text = "President Zorbek Valtiniu of the Supreme Court";
    expect(normalizeSpan(text, { start: 0, end: 24, type: "PER" })).toEqual({ start: 10, end: 24, type: "PER" });
    expect(normalizeSpan(text, { start: 32, end: 45, type: "ORG" })).toEqual({ start: 32, end: 45, type: "ORG" });
    expect(normalizeSpan("President", { start: 0, end: 9, type: "PER" })).toBeNull();
  });
});

describe("splitCorpus", () => {
  it("holds out every fifth document, the same on every run", () => {
    const { train, dev } = splitCorpus(Array.from({ length: 12 }, (_, i) => i));
    expect(dev).toEqual([2, 7]);
    expect(train).toHaveLength(10);
  });
});
