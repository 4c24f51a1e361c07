import { describe, expect, it } from "vitest";
import { listEvidence, ranksOf, sharedSentences, type EvidenceList } from "../../src/app/evidence.ts";
import { glueMentions, segmentSentence, type Piece } from "../../src/app/sentence-segments.ts";
import { loadSmallGraphFile, indexGraphFile } from "./helpers.ts";

const file = loadSmallGraphFile();
const index = indexGraphFile(file);
const none = new Set<string>();
const texts = new Map(file.sentences.map((s) => [s.id, s.text]));

describe("buildEvidenceIndex", () => {
  const idsOf = (ranks: readonly number[]) => ranks.map((rank) => index.sentenceId(rank));

  it("lists each entity's sentences once, in file order", () => {
    const putin = index.nodeSentences("person:vladimir-putin");
    expect(putin.length).toBeGreaterThan(2);
    expect(putin.length).toBe(new Set(putin).size);
    expect([...putin]).toEqual([...putin].sort((a, b) => a - b));
    for (const id of idsOf(putin)) expect(texts.get(id)).toContain("Putin");
    const inFileOrder = file.sentences.filter((s) => s.mentions.some((m) => m.entity === "person:vladimir-putin")).map((s) => s.id);
    expect(idsOf(putin)).toEqual(inFileOrder);
  });

  it("lists a sentence naming an entity twice twice among its mentions, as many as the node's mentions", () => {
    const iran = index.nodeMentions("country:iran");
    expect(iran.length).toBeGreaterThan(index.nodeSentences("country:iran").length);
    for (const node of file.graph.nodes) expect(index.nodeMentions(node.key).length).toBe(node.attributes!.mentions);
  });

  it("lists a sentence naming an entity twice once under it", () => {
    const twice = file.sentences.find((s) => s.mentions.filter((m) => m.entity === "country:iran").length > 1);
    expect(twice).toBeDefined();
    expect(idsOf(index.nodeSentences("country:iran")).filter((id) => id === twice?.id)).toHaveLength(1);
  });

  it("keeps each sentence's documents, and how many sentences each document has", () => {
    for (const sentence of file.sentences) {
      const rank = index.rankOf(sentence.id);
      if (sentence.mentions.length === 0) {
        expect(rank).toBeUndefined();
        continue;
      }
      expect(index.sentenceId(rank!)).toBe(sentence.id);
      const docs = index.documentsOf(rank!);
      expect((typeof docs === "number" ? [docs] : docs).map((position) => index.documentOrder[position])).toEqual(sentence.documents);
    }
    file.documents.forEach((doc, position) => {
      expect(index.documentSentences[position]).toBe(file.sentences.filter((s) => s.documents.includes(doc.id)).length);
    });
    expect(index.rankOf("nope")).toBeUndefined();
  });

  it("handles an empty file and an unknown node", () => {
    const empty = indexGraphFile({ documents: [], sentences: [] });
    expect(empty.sentenceCount).toBe(0);
    expect(empty.nodeSentences("person:nobody")).toEqual([]);
    expect(index.nodeMentions("person:nobody")).toEqual([]);
  });
});

describe("listEvidence", () => {
  const items = (list: EvidenceList) =>
    Array.from({ length: list.length }, (_, i) => ({ document: index.documentOrder[list.documents[i]!], sentence: index.sentenceId(list.ranks[i]!) }));

  it("groups by document in file order and shows a repeated sentence under each of its documents", () => {
    const list = listEvidence(index, index.nodeSentences("place:bishkek"), none);
    expect(items(list).map((item) => item.document)).toEqual([
      "aawsat-iranian-leaks-beirut-compensation.txt",
      "aawsat-iranian-leaks-gaza-displacement.txt",
    ]);
    expect(new Set(items(list).map((item) => item.sentence)).size).toBe(1);
    expect(list.sentences).toBe(1);
    expect([...list.perDocument.values()]).toEqual([1, 1]);
  });

  it("lists a node's sentences document by document, each in file order, every one once per document", () => {
    const ranks = index.nodeSentences("country:iran");
    const list = items(listEvidence(index, ranks, none));
    const expected = file.documents.flatMap((doc) =>
      file.sentences.filter((s) => s.documents.includes(doc.id) && s.mentions.some((m) => m.entity === "country:iran")).map((s) => ({ document: doc.id, sentence: s.id })),
    );
    expect(list).toEqual(expected);
  });

  it("leaves out excluded documents, and a sentence only in them", () => {
    const list = listEvidence(index, index.nodeSentences("place:bishkek"), new Set(["aawsat-iranian-leaks-beirut-compensation.txt"]));
    expect(items(list).map((item) => item.document)).toEqual(["aawsat-iranian-leaks-gaza-displacement.txt"]);
    const all = new Set(file.documents.map((doc) => doc.id));
    const nothing = listEvidence(index, index.nodeSentences("place:bishkek"), all);
    expect([nothing.length, nothing.sentences, nothing.perDocument.size]).toEqual([0, 0, 0]);
  });

  it("turns an edge's sentence ids into ranks, ascending, dropping unknown ids", () => {
    const ranks = index.nodeSentences("person:vladimir-putin");
    const ids = [...ranks].reverse().map((rank) => index.sentenceId(rank));
    expect(ranksOf(index, ["nope", ...ids])).toEqual([...ranks]);
  });

  it("finds the sentences two entities share", () => {
    const shared = sharedSentences(index, "person:vladimir-putin", "person:hassan-rouhani");
    expect(shared.length).toBeGreaterThan(0);
    for (const rank of shared) {
      const text = texts.get(index.sentenceId(rank)) ?? "";
      expect(text).toMatch(/Putin/);
      expect(text).toMatch(/Rouhani/);
    }
    const edge = file.graph.edges.find((e) => [e.source, e.target].sort().join() === ["person:hassan-rouhani", "person:vladimir-putin"].join())!;
    expect(shared).toEqual(ranksOf(index, edge.attributes!.sentences));
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
