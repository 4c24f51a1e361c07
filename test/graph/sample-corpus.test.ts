// The sample corpus end to end: the nodes, aliases and edges a user of the tool would look for.
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph, type CorpusGraph } from "../../src/cli/build-corpus-graph.ts";
import { slugify } from "../../src/extract/fold.ts";

let built: CorpusGraph;
beforeAll(async () => {
  built = await buildCorpusGraph(new URL("../../corpus", import.meta.url).pathname);
});

const EXPECTED: [string, string[]][] = [
  [
    "person",
    [
      "Vladimir Putin", "Hassan Rouhani", "Bashar al-Assad", "Mohammad Javad Zarif", "Qasem Soleimani",
      "Ali Khamenei", "Kamel Saqr", "Recep Tayyip Erdoğan", "Donald Trump", "Benjamin Netanyahu", "Ali Shamkhani",
    ],
  ],
  ["country", ["Russia", "Iran", "Syria", "Kyrgyzstan", "Türkiye", "Israel", "Egypt", "Jordan", "United States"]],
  ["place", ["Bishkek", "Hmeimim", "Tehran", "Moscow", "Damascus", "Gaza", "Aleppo", "Beirut"]],
];

describe("the sample corpus graph", () => {
  it("reads all five articles and skips nothing", () => {
    expect(built.file.documents.map((d) => d.id)).toHaveLength(5);
    expect(built.file.skipped).toEqual([]);
  });

  it.each(EXPECTED.flatMap(([type, labels]) => labels.map((label) => [type, label] as const)))("has the %s %s exactly once", (type, label) => {
    const matches = built.graph.filterNodes((_, a) => a.label === label);
    expect(matches).toEqual([`${type}:${slugify(label)}`]);
  });

  it.each(["Putin", "Assad", "al-Assad", "Rouhani", "Erdogan"])("makes %s an alias, not a node", (alias) => {
    expect(built.graph.filterNodes((_, a) => a.label === alias)).toEqual([]);
    expect(built.graph.filterNodes((_, a) => a.aliases.includes(alias))).toHaveLength(1);
  });

  it("counts Putin–Rouhani among the heaviest edges", () => {
    const weights = built.graph.mapEdges((_, a) => a.weight).sort((a, b) => b - a);
    const putinRouhani = built.graph.getEdgeAttribute("person:vladimir-putin", "person:hassan-rouhani", "weight");
    expect(putinRouhani).toBeGreaterThanOrEqual(weights[4] ?? Infinity);
  });

  it.each([
    ["place:bishkek", "country:kyrgyzstan"],
    ["person:vladimir-putin", "place:hmeimim"],
  ])("links %s and %s", (a, b) => {
    expect(built.graph.hasEdge(a, b)).toBe(true);
  });

  it("makes no node of a title, pronoun, month or bare common word", () => {
    const bad = /^(president|minister|leader|general|he|she|they|it|we|i|january|february|march|april|may|june|july|september|october|november|december|monday|tuesday|saturday|the|file|power|latest|why)$/i;
    expect(built.graph.filterNodes((_, a) => bad.test(a.label))).toEqual([]);
  });

  it("gives every edge a weight equal to its number of shared sentences, each naming both entities", () => {
    const sentences = new Map(built.file.sentences.map((s) => [s.id, s]));
    built.graph.forEachEdge((_, a, source, target) => {
      expect(a.weight).toBe(a.sentences.length);
      for (const id of a.sentences) {
        const entities = sentences.get(id)?.mentions.map((m) => m.entity) ?? [];
        expect(entities).toContain(source);
        expect(entities).toContain(target);
      }
    });
  });

  it("shows a sentence repeated across documents once, listing every document", () => {
    const texts = built.file.sentences.map((s) => s.text.trim());
    expect(new Set(texts).size).toBe(texts.length);
    const shared = built.file.sentences.filter((s) => s.documents.length > 1);
    // Two sample files carry the same syndicated article.
    expect(shared.length).toBeGreaterThan(20);
    expect(shared.some((s) => s.text.includes("Bishkek, Kyrgyzstan"))).toBe(true);
  });

  it("keeps every mention's offsets on the entity's words", () => {
    const aliases = new Map(built.graph.mapNodes((key, a) => [key, a.aliases] as const));
    for (const s of built.file.sentences) {
      for (const m of s.mentions) expect(aliases.get(m.entity)).toContain(s.text.slice(m.start, m.end));
    }
  });

  it("names each document's title and source URL", () => {
    const gaza = built.file.documents.find((d) => d.id === "aawsat-iranian-leaks-gaza-displacement.txt");
    expect(gaza?.title).toBe("Iranian Leaks: How Rouhani Persuaded Putin to Keep Assad in Power");
    expect(gaza?.url).toMatch(/^https:\/\/english\.aawsat\.com\//);
  });

  it("lays the graph out the same way on every run", async () => {
    const again = await buildCorpusGraph(new URL("../../corpus", import.meta.url).pathname);
    expect(JSON.stringify(again.file)).toBe(JSON.stringify(built.file));
    built.graph.forEachNode((_, a) => expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true));
  });
});
