import { describe, expect, it } from "vitest";
import { buildEvidenceIndex } from "../../src/app/evidence-index.ts";
import { listEvidence, sharedSentences } from "../../src/app/evidence.ts";
import { glueMentions, segmentSentence, type Piece } from "../../src/app/sentence-segments.ts";
import { loadSmallGraphFile } from "./helpers.ts";

const file = loadSmallGraphFile();
const index = buildEvidenceIndex(file);
const none = new Set<string>();

describe("buildEvidenceIndex", () => {
  it("lists each entity's sentences once, in file order", () => {
    const putin = index.nodeSentences.get("person:vladimir-putin") ?? [];
    expect(putin.length).toBe(new Set(putin).size);
    expect(putin.map((id) => index.sentenceRank.get(id))).toEqual([...putin.map((id) => index.sentenceRank.get(id))].sort((a = 0, b = 0) => a - b));
    for (const id of putin) expect(index.sentences.get(id)?.text).toContain("Putin");
  });

  it("lists a sentence naming an entity twice once under it", () => {
    const twice = file.sentences.find((s) => s.mentions.filter((m) => m.entity === "country:iran").length > 1);
    expect(twice).toBeDefined();
    expect((index.nodeSentences.get("country:iran") ?? []).filter((id) => id === twice?.id)).toHaveLength(1);
  });

  it("handles an empty file", () => {
    const empty = buildEvidenceIndex({ documents: [], sentences: [] });
    expect(empty.nodeSentences.size).toBe(0);
  });
});

describe("listEvidence", () => {
  it("groups by document in file order and shows a repeated sentence under each of its documents", () => {
    const items = listEvidence(index, index.nodeSentences.get("place:bishkek") ?? [], none);
    expect(items.map((item) => item.document)).toEqual([
      "aawsat-iranian-leaks-beirut-compensation.txt",
      "aawsat-iranian-leaks-gaza-displacement.txt",
    ]);
    expect(new Set(items.map((item) => item.sentence)).size).toBe(1);
  });

  it("leaves out excluded documents and unknown sentence ids", () => {
    const items = listEvidence(index, ["nope", ...(index.nodeSentences.get("place:bishkek") ?? [])], new Set(["aawsat-iranian-leaks-beirut-compensation.txt"]));
    expect(items.map((item) => item.document)).toEqual(["aawsat-iranian-leaks-gaza-displacement.txt"]);
  });

  it("finds the sentences two entities share", () => {
    const shared = sharedSentences(index, "person:vladimir-putin", "person:hassan-rouhani");
    expect(shared.length).toBeGreaterThan(0);
    for (const id of shared) {
      const text = index.sentences.get(id)?.text ?? "";
      expect(text).toMatch(/Putin/);
      expect(text).toMatch(/Rouhani/);
    }
    expect(sharedSentences(index, "person:vladimir-putin", "place:bishkek")).toEqual([]);
  });
});

describe("segmentSentence", () => {
  const text = "Putin called Rouhani from Moscow.";
  const mentions = [
    { entity: "place:moscow", start: 26, end: 32 },
    { entity: "person:putin", start: 0, end: 5 },
    { entity: "person:rouhani", start: 13, end: 20 },
  ];

  it("cuts the text at the mentions, in order, marking the focused ones", () => {
    expect(segmentSentence(text, mentions, new Set(["person:putin"]))).toEqual([
      { text: "Putin", entity: "person:putin", focused: true },
      { text: " called ", entity: null },
      { text: "Rouhani", entity: "person:rouhani", focused: false },
      { text: " from ", entity: null },
      { text: "Moscow", entity: "place:moscow", focused: false },
      { text: ".", entity: null },
    ]);
  });

  it("keeps every character of the sentence, whatever the mentions", () => {
    const bad = [
      { entity: "a", start: 0, end: 12 },
      { entity: "b", start: 6, end: 20 },
      { entity: "c", start: -1, end: 3 },
      { entity: "d", start: 30, end: 99 },
      { entity: "e", start: 5, end: 5 },
    ];
    expect(segmentSentence(text, bad, none).map((s) => s.text).join("")).toBe(text);
    expect(segmentSentence(text, bad, none).filter((s) => s.entity !== null).map((s) => s.entity)).toEqual(["a"]);
  });

  it("returns the text alone when there are no mentions, and nothing for an empty sentence", () => {
    expect(segmentSentence(text, [], none)).toEqual([{ text, entity: null }]);
    expect(segmentSentence("", [], none)).toEqual([]);
  });
});

describe("glueMentions", () => {
  /** A piece as a short string: [glued|run], mentions in braces. */
  const show = (pieces: Piece[]) =>
    pieces.map((p) => ("glued" in p ? `[${p.glued.map((s) => (s.entity ? `{${s.text}}` : s.text)).join("")}]` : p.entity ? `{${p.text}}` : p.text));
  const glue = (text: string, mentions: { entity: string; start: number; end: number }[]) => show(glueMentions(segmentSentence(text, mentions, none)));

  it.each([
    ["Who rules Syria?” he asked.", [{ entity: "country:syria", start: 10, end: 15 }], ["Who rules ", "[{Syria}?”]", " he asked."]],
    ["“Putin’s plan”, they said.", [{ entity: "person:putin", start: 1, end: 6 }], ["[“{Putin}’s]", " plan”, they said."]],
    ["Talks in Moscow, Tehran and Ankara.", [
      { entity: "place:moscow", start: 9, end: 15 },
      { entity: "place:tehran", start: 17, end: 23 },
      { entity: "place:ankara", start: 28, end: 34 },
    ], ["Talks in ", "[{Moscow},]", " ", "{Tehran}", " and ", "[{Ankara}.]"]],
    ["Iran-Iraq border", [
      { entity: "country:iran", start: 0, end: 4 },
      { entity: "country:iraq", start: 5, end: 9 },
    ], ["[{Iran}-{Iraq}]", " border"]],
    ["Bashar al-Assad spoke", [{ entity: "person:bashar-al-assad", start: 0, end: 15 }], ["{Bashar al-Assad}", " spoke"]],
  ])("keeps the mentions of %j on one line with their punctuation", (text, mentions, expected) => {
    expect(glue(text, mentions)).toEqual(expected);
  });

  it("keeps every character, and plain text as one run", () => {
    const text = "Putin called Rouhani from Moscow.";
    const mentions = [{ entity: "person:putin", start: 0, end: 5 }, { entity: "place:moscow", start: 26, end: 32 }];
    const pieces = glueMentions(segmentSentence(text, mentions, none));
    expect(pieces.flatMap((p) => ("glued" in p ? p.glued : [p])).map((s) => s.text).join("")).toBe(text);
    expect(show(pieces)).toEqual(["{Putin}", " called Rouhani from ", "[{Moscow}.]"]);
    expect(show(glueMentions(segmentSentence("  no names here  ", [], none)))).toEqual(["  no names here  "]);
    expect(glueMentions([])).toEqual([]);
  });
});
