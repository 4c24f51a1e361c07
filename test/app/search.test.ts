import { describe, expect, it } from "vitest";
import { createSearchIndex, normalizeForSearch } from "../../src/app/search.ts";

const entities = [
  { key: "person:recep-tayyip-erdogan", label: "Recep Tayyip Erdoğan", aliases: ["Erdogan", "Erdoğan"], mentions: 4 },
  { key: "person:bashar-al-assad", label: "Bashar al-Assad", aliases: ["Assad", "al-Assad"], mentions: 30 },
  { key: "place:hmeimim", label: "Hmeimim", aliases: [], mentions: 3 },
  { key: "country:iran", label: "Iran", aliases: ["Iranian", "Iranians"], mentions: 40 },
  { key: "country:iraq", label: "Iraq", aliases: ["Iraqi"], mentions: 2 },
  { key: "person:hassan-rouhani", label: "Hassan Rouhani", aliases: ["Rouhani"], mentions: 12 },
  { key: "person:hassan-i-hassan", label: "Hassan I. Hassan", aliases: [], mentions: 1 },
  { key: "place:lodz", label: "Łódź", aliases: [], mentions: 1 },
  { key: "organization:sco", label: "Shanghai Cooperation Organization", aliases: ["SCO"], mentions: 2 },
];
const index = createSearchIndex(entities);
const first = (query: string) => index.search(query)[0]?.key ?? null;

describe("normalizeForSearch", () => {
  it.each([
    ["Recep Tayyip Erdoğan", "recep tayyip erdogan"],
    ["Bashar al-Assad", "bashar al assad"],
    ["  AL‑ASSAD ", "al assad"],
    ["Łódź", "lodz"],
    ["Kyrgyzstan’s", "kyrgyzstans"],
    ["São Tomé & Príncipe", "sao tome principe"],
    ["Hassan I. Hassan", "hassan i hassan"],
    ["", ""],
    ["—", ""],
  ])("normalises %j to %j", (text, expected) => {
    expect(normalizeForSearch(text)).toBe(expected);
  });
});

describe("search", () => {
  it.each([
    ["erdogan", "person:recep-tayyip-erdogan"],
    ["ERDOĞAN", "person:recep-tayyip-erdogan"],
    ["recep", "person:recep-tayyip-erdogan"],
    ["al-assad", "person:bashar-al-assad"],
    ["al assad", "person:bashar-al-assad"],
    ["alassad", "person:bashar-al-assad"],
    ["assad", "person:bashar-al-assad"],
    ["hmeimim", "place:hmeimim"],
    ["Hmeim", "place:hmeimim"],
    ["lodz", "place:lodz"],
    ["sco", "organization:sco"],
    ["shanghai coop", "organization:sco"],
  ])("finds %j first as %s", (query, key) => {
    expect(first(query)).toBe(key);
  });

  it.each(["", "   ", "-", "xyzzy", "putin"])("suggests nothing for %j", (query) => {
    expect(index.search(query)).toEqual([]);
  });

  it("ranks an exact label before a prefix before a match inside a word", () => {
    expect(index.search("ira").map((match) => match.key)).toEqual(["country:iran", "country:iraq"]);
    expect(index.search("iraq").map((match) => match.key)).toEqual(["country:iraq"]);
  });

  it("ranks equally good matches by mentions", () => {
    expect(index.search("hassan").map((match) => match.key)).toEqual(["person:hassan-rouhani", "person:hassan-i-hassan"]);
  });

  it("says which alias matched, and nothing when the label did", () => {
    expect(index.search("erdogan")[0]?.matchedAlias).toBe("Erdogan");
    expect(index.search("recep")[0]?.matchedAlias).toBeNull();
    expect(index.search("iranians")[0]).toEqual({ key: "country:iran", label: "Iran", matchedAlias: "Iranians", score: 1 });
  });

  it("lists each entity once and respects the limit", () => {
    const matches = index.search("a", 3);
    expect(matches).toHaveLength(3);
    expect(new Set(matches.map((match) => match.key)).size).toBe(3);
  });

  it("works on an empty index", () => {
    expect(createSearchIndex([]).search("anything")).toEqual([]);
  });
});
