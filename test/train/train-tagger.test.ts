// Training the tagger: it learns from annotated sentences, the same weights on every run, and its model file
// reads back to the same decisions.
import { describe, expect, it } from "vitest";
import { frontDecode, frontEncode } from "../../src/extract/front-coding.ts";
import { suffixDecode, suffixEncode } from "../../src/extract/suffix-coding.ts";
import { COMMON_WORDS } from "../../src/extract/gazetteer.ts";
import { createTagger, labelSpans, tagSentence } from "../../src/extract/tagger.ts";
import { decodeModel, encodeModel } from "../../src/extract/tagger-file.ts";
import type { GoldDocument } from "../../src/train/gold-document.ts";
import { trainingNameList } from "../../src/train/name-list.ts";
import { prepareDocument } from "../../src/train/prepare-document.ts";
import { shuffled } from "../../src/train/shuffled.ts";
import { averagedWeights, createPerceptron, trainEpoch } from "../../src/train/train-tagger.ts";

/** Invented names in a few patterns: a person who speaks, a place after "in", an organisation with a head word. */
function corpus(): GoldDocument[] {
  const people = ["Zorbek Valtiniu", "Ana Kelmis", "Tovo Ruskan", "Ilse Marbek", "Jaro Venn", "Odile Praska"];
  const places = ["Qarnabad", "Lekfjs", "Varnost", "Miradel", "Oskuna", "Tirvalo"];
  const docs: GoldDocument[] = [];
  people.forEach((person, i) => {
    const place = places[i] as string;
    const org = `${places[(i + 1) % places.length]} Liberation Front`;
    const text = `${person} said the talks in ${place} failed.\nThe ${org} attacked ${place} again.\n`;
    const at = (name: string, from = 0) => text.indexOf(name, from);
    docs.push({
      id: `t${i}`,
      text,
      spans: [
        { start: 0, end: person.length, type: "PER" },
        { start: at(place), end: at(place) + place.length, type: "LOC" },
        { start: at(org), end: at(org) + org.length, type: "ORG" },
        { start: at(place, at(org)), end: at(place, at(org)) + place.length, type: "LOC" },
      ].sort((a, b) => a.start - b.start) as GoldDocument["spans"],
    });
  });
  return docs;
}

function train(docs: GoldDocument[]) {
  const names = new Map<number, string>();
  const prepared = docs.map((d) => prepareDocument(d, names, null));
  const perceptron = createPerceptron();
  for (let epoch = 1; epoch <= 6; epoch++) trainEpoch(perceptron, shuffled(prepared.map((p) => p.training), epoch));
  return averagedWeights(perceptron, names, trainingNameList(docs));
}

function spans(tagger: ReturnType<typeof createTagger>, text: string): string[] {
  const doc = prepareDocument({ id: "x", text, spans: [] }, null, tagger.nameList);
  const memory = new Map();
  return doc.sentences.flatMap((s, i) => labelSpans(tagger, s.tokens, tagSentence(tagger, doc.features[i]!, memory)).map((m) => `${m.type}:${text.slice(m.start, m.end)}`));
}

describe("the tagger's training", () => {
  const weights = train(corpus());

  it("learns the patterns of its sentences, and carries them to names it never saw", () => {
    const tagger = createTagger(weights);
    expect(spans(tagger, "Mirko Dalbert said the talks in Quenvik failed.\n")).toEqual(["PER:Mirko Dalbert", "LOC:Quenvik"]);
  });

  it("gives the same weights on every run", () => {
    const again = train(corpus());
    expect(again.features).toEqual(weights.features);
    expect(Array.from(again.weights)).toEqual(Array.from(weights.weights));
  });

  it("writes a model file that reads back to the same names and the same decisions", () => {
    let largest = 0;
    for (const w of weights.weights) largest = Math.max(largest, Math.abs(w));
    const file = encodeModel(weights, largest / 2000, ["test"]);
    const read = decodeModel(JSON.parse(JSON.stringify(file)));
    expect(new Set(read.features)).toEqual(new Set(weights.features.filter((_, i) => Array.from(weights.weights.subarray(i * 9, i * 9 + 9)).some((w) => Math.abs(w) >= largest / 2000))));
    expect(new Map(read.nameList)).toEqual(new Map(weights.nameList));
    const text = "Tovo Ruskan said the talks in Oskuna failed.\n";
    expect(spans(createTagger(file), text)).toEqual(spans(createTagger(weights), text));
  });

  it("refuses a file of another kind with a clear error", () => {
    expect(() => createTagger({ format: "something-else" } as unknown as Parameters<typeof createTagger>[0])).toThrow(/not a tagger model file/);
  });
});

describe("trainingNameList", () => {
  it("keeps organisations and places by their most frequent class, and no plain English word", () => {
    const list = trainingNameList([
      { id: "a", text: "Lekfjs Front, Lekfjs Front and Apple.", spans: [{ start: 0, end: 12, type: "ORG" }, { start: 14, end: 26, type: "ORG" }, { start: 31, end: 36, type: "ORG" }] },
      { id: "b", text: "Lekfjs Front", spans: [{ start: 0, end: 12, type: "LOC" }] },
    ]);
    expect(list.get("lekfjs front")).toBe("ORG");
    expect(list.has("apple")).toBe(false);
  });
});

describe("front coding", () => {
  it("reads back what it wrote", () => {
    const words = ["iran", "iraq", "ireland", "israel", "italy"];
    expect(frontEncode(words)).toBe("0iran\n3q\n2eland\n1srael\n1taly");
    expect(frontDecode(frontEncode(words))).toEqual(words);
    expect(frontDecode("")).toEqual([]);
  });
});

describe("suffix coding", () => {
  it("writes a stem once with the endings the list has, and reads every word back", () => {
    const words = ["walk", "walked", "walker", "walking", "walks", "wall", "walls", "wallsy"];
    const lines = suffixEncode(words, ["s", "ed", "ing", "er", "y"]);
    expect(lines).toEqual(["walkABCD", "wallA", "wallsy"]);
    expect(new Set(suffixDecode(lines, ["s", "ed", "ing", "er", "y"]))).toEqual(new Set(words));
  });

  it("keeps the common-words list the same set of words (each once) as the plain list", () => {
    const words = [...COMMON_WORDS].sort();
    const decoded = suffixDecode(suffixEncode(words));
    expect(decoded).toHaveLength(words.length);
    expect(new Set(decoded)).toEqual(COMMON_WORDS);
  });

  it("refuses a word with a capital, which would read as an ending", () => {
    expect(() => suffixEncode(["Iran"])).toThrow(/capital/);
  });
});
