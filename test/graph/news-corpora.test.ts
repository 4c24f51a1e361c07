// Real corpora nobody tuned the extraction to (../shared): the graph a user would read, checked for the
// wrong merges, split people, titles and boilerplate that such corpora bring out. Skipped, with a message,
// only where ../shared is absent.
import { existsSync, readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph, type CorpusGraph } from "../../src/cli/build-corpus-graph.ts";
import { ROYAL_TITLES } from "../../src/extract/name-words.ts";
import { isTitle } from "../../src/extract/span-rules.ts";
import { fold } from "../../src/extract/fold.ts";

const NEWS = new URL("../../../shared/data/news/", import.meta.url).pathname;
/** One session of the UN General Debate (2017): North Korea, the Paris Agreement and Guterres all in it. */
const UN_SESSION = `${NEWS}un-general-debate-2015-2024/Session_72_-_2017`;
const WIKINEWS = `${NEWS}wikinews-2019-2020`;

for (const [name, folder] of [["the UN General Debate 2017", UN_SESSION], ["wikinews 2019-2020", WIKINEWS]] as const) {
  if (!existsSync(folder)) console.warn(`news-corpora.test: ${folder} not found (../shared is absent): the tests of ${name} are skipped`);
}

/** Honorifics that only ever stand before a person's name. */
const HONORIFICS = /^(?:Mr|Mrs|Ms|Dr|H\.E\.|His|Her|Excellency|Secretary-General|President|Ambassador|Senator)\.?$/;
/** Roles written as if they were names: "Minister of Health", "Head of State". */
const ROLE_PHRASE = /^(?:Minister|Head|Chair|Envoy|Secretary|President|Ambassador|Representative|Director)\s+(?:of|for)\b/;

/**
 * Node labels that begin with a title: a person's label starting with any title or role ("President",
 * "IM"), royal titles aside; any node starting with an honorific ("Mr. Guterres" as an organisation); a role
 * phrase as a node. Titles that start organisations' names ("General Assembly", "Supreme Court") are fine.
 */
function titledLabels(built: CorpusGraph): string[] {
  return built.graph.filterNodes((_, a) => {
    const first = a.label.split(/\s+/)[0] ?? "";
    if (!a.label.includes(" ")) return false;
    if (a.type === "person" && isTitle(first) && !ROYAL_TITLES.has(fold(first))) return true;
    return HONORIFICS.test(first) || ROLE_PHRASE.test(a.label);
  });
}

describe.skipIf(!existsSync(UN_SESSION))("the graph of the UN General Debate 2017", () => {
  let built: CorpusGraph;
  beforeAll(async () => {
    built = await buildCorpusGraph(UN_SESSION, { workers: 2 });
  });

  it("gives each speech its year, from its file name (AFG_72_2017.txt)", () => {
    expect(built.file.documents.length).toBeGreaterThan(150);
    expect(built.file.documents.filter((d) => d.date !== "2017" || d.dateRule !== "file-name").map((d) => d.id)).toEqual([]);
  });

  it("counts the Democratic People's Republic of Korea for North Korea, not South Korea", () => {
    const north = built.graph.getNodeAttributes("country:north-korea");
    expect(north.aliases.map(fold)).toContain(fold("Democratic People's Republic of Korea"));
    const south = built.graph.hasNode("country:south-korea") ? built.graph.getNodeAttributes("country:south-korea").aliases : [];
    expect(south.filter((a) => /Democratic|DPRK/.test(a))).toEqual([]);
    expect(north.mentions).toBeGreaterThan(50);
  });

  it("keeps the Paris Agreement out of Paris, and makes no node of it", () => {
    const paris = built.graph.hasNode("place:paris") ? built.graph.getNodeAttributes("place:paris").aliases : [];
    expect(paris.filter((a) => /Agreement/i.test(a))).toEqual([]);
    expect(built.graph.filterNodes((_, a) => /Paris Agreement/i.test(a.label))).toEqual([]);
  });

  it("makes António Guterres one node, his titles and his surname alone included", () => {
    const nodes = built.graph.filterNodes((_, a) => a.type === "person" && a.aliases.some((alias) => /\bGuterres\b/.test(alias) && !/Lu-Olo/.test(alias)));
    expect(nodes).toEqual(["person:antonio-guterres"]);
    expect(built.graph.getNodeAttribute("person:antonio-guterres", "aliases")).toContain("Guterres");
  });

  it("starts no node label with a title or role", () => {
    expect(titledLabels(built)).toEqual([]);
  });

  it("makes no node of a title alone", () => {
    const roles = built.graph.filterNodes((_, a) => a.type === "person" && a.label.split(/\s+/).every((w) => isTitle(w) || /^(?:his|her|of|the)$/i.test(w)));
    expect(roles).toEqual([]);
    expect(built.graph.filterNodes((_, a) => /^(?:His Excellency|Secretary-General|Assistant Secretary-General|H\.E\.)$/.test(a.label))).toEqual([]);
  });
});

describe.skipIf(!existsSync(WIKINEWS))("the graph of wikinews 2019-2020", () => {
  let built: CorpusGraph;
  beforeAll(async () => {
    built = await buildCorpusGraph(WIKINEWS, { workers: 2 });
  });

  it("reads its index.tsv automatically: dates, titles and URLs from the table, the table no document and no skip", () => {
    const rows = readFileSync(`${WIKINEWS}/index.tsv`, "utf8").trim().split("\n").slice(1).map((line) => line.split("\t"));
    const byFile = new Map(rows.map(([file, date, url, title]) => [file, { date, url, title }]));
    const documents = built.file.documents;
    const right = documents.filter((d) => byFile.get(d.path)?.date === d.date && d.dateRule === "metadata-table");
    expect(right.length / rows.length).toBeGreaterThanOrEqual(0.95);
    expect(documents.filter((d) => d.title !== byFile.get(d.path)?.title)).toEqual([]);
    expect([...documents, ...built.file.skipped].some((d) => d.path === "index.tsv")).toBe(false);
    expect(built.metadata.problems).toEqual([]);
  });

  it("makes no node of the interviewer's speaker tag ((WN))", () => {
    expect(built.graph.filterNodes((_, a) => a.label === "WN" || a.aliases.includes("WN"))).toEqual([]);
  });

  it("starts no node label with a title or role", () => {
    expect(titledLabels(built)).toEqual([]);
  });

  it("merges Trump into Donald Trump, whose surname Melania, Ivanka and Mary Trump share", () => {
    expect(built.graph.getNodeAttribute("person:donald-trump", "aliases")).toContain("Trump");
    expect(built.graph.filterNodes((_, a) => a.label === "Trump")).toEqual([]);
    expect(built.graph.hasNode("person:melania-trump")).toBe(true);
  });

  it("makes no node of a name glued to another (Biden-Trump, Trump/GOP, Afghanistan.Trump)", () => {
    expect(built.graph.filterNodes((_, a) => /^[^ ]*\p{L}[-/.]\p{Lu}/u.test(a.label) && /Trump|Biden/.test(a.label))).toEqual([]);
  });
});
