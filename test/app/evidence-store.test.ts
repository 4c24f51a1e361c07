// The page's evidence store on a split graph file, with the files read from memory: it reads the index
// once, then only the chunks a page of sentences needs, and gives every sentence back as the single file has it.
import { describe, expect, it } from "vitest";
import { listEvidence } from "../../src/app/evidence.ts";
import { createMemoryEvidence, createSplitEvidence } from "../../src/app/evidence-store.ts";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";
import { splitGraphFile, type SentenceChunkFile, type SplitGraphFile } from "../../src/export/index.ts";
import { loadSmallGraphFile } from "./helpers.ts";
import { patchEvidenceIndex } from "../../src/app/patch-evidence-index.ts";
import { indexEvidence } from "../../src/export/split-graph-file.ts";
import { applyCorrections } from "../../src/graph/corrections/apply-corrections.ts";
import type { CorrectionOperation } from "../../src/graph/corrections/corrections-file.ts";
import { smallGraphFile } from "../graph/corrections/small-graph.ts";

const file = createSyntheticGraphFile({ nodes: 600, edges: 3_000, seed: 11 });
const entries = splitGraphFile(file, { chunkBytes: 8_000 });
const head = JSON.parse(entries["graph.json"]!) as SplitGraphFile;
const named = file.sentences.filter((s) => s.mentions.length > 0);
const hub = [...file.graph.nodes].sort((a, b) => b.attributes!.mentions - a.attributes!.mentions)[0]!.key;
/** The entity whose sentences open the node stream: its first sentence is in the first chunk. */
const [first] = (JSON.parse(entries[head.evidence.index]!) as { nodes: [string, number[]][] }).nodes[0]!;

function files(overrides: Record<string, string | Error> = {}) {
  const reads: string[] = [];
  const read = async (path: string) => {
    reads.push(path);
    const content = path in overrides ? overrides[path] : entries[path];
    if (content instanceof Error) throw content;
    if (content === undefined) throw new Error(`${path}: HTTP 404`);
    return content;
  };
  return { read, reads };
}

describe("createSplitEvidence", () => {
  it("has no index until asked, then reads it once and tells who waited", async () => {
    const { read, reads } = files();
    const evidence = createSplitEvidence(head, read);
    expect(evidence.split).toBe(true);
    expect(evidence.total).toBe(file.sentences.length);
    expect(evidence.index()).toBeNull();
    let heard = 0;
    evidence.onIndex(() => heard++);
    const [a, b] = await Promise.all([evidence.loadIndex(), evidence.loadIndex()]);
    expect(a).toBe(b);
    expect(evidence.index()).toBe(a);
    expect(heard).toBe(1);
    expect(reads).toEqual([head.evidence.index]);
  });

  it("loads a hub's first page from one or two chunks, and gives the sentences of the single file", async () => {
    const { read, reads } = files();
    const evidence = createSplitEvidence(head, read);
    const index = await evidence.loadIndex();
    const list = listEvidence(index, index.nodeSentences(hub), new Set());
    const page = [...list.ranks.subarray(0, 40)];
    expect(evidence.missing(page)).toEqual(page);
    await Promise.all([evidence.load(page, hub), evidence.load(page, hub)]);
    const chunkReads = reads.filter((path) => path !== head.evidence.index);
    expect(chunkReads.length).toBeGreaterThanOrEqual(1);
    expect(chunkReads.length).toBeLessThanOrEqual(2);
    expect(new Set(chunkReads).size).toBe(chunkReads.length);
    expect(evidence.missing(page)).toEqual([]);
    for (const rank of page) expect(evidence.sentence(rank)).toEqual(named[rank]);
    expect(head.evidence.chunks.length).toBeGreaterThan(10);
  });

  it("loads what a pair shares through either node, and the sentences name both", async () => {
    const evidence = createSplitEvidence(head, files().read);
    const index = await evidence.loadIndex();
    const edge = file.graph.edges.find((e) => e.source === hub || e.target === hub)!;
    const other = edge.source === hub ? edge.target : edge.source;
    const ranks = edge.attributes!.sentences.map((id) => index.rankOf(id)!);
    await evidence.load(ranks, other);
    for (const rank of ranks) {
      const entities = evidence.sentence(rank)!.mentions.map((m) => m.entity);
      expect(entities).toContain(hub);
      expect(entities).toContain(other);
    }
  });

  it("fails a load whose chunk cannot be read, and reads it again on the next try", async () => {
    const chunk = head.evidence.chunks[0]!;
    const overrides: Record<string, string | Error> = { [chunk]: new Error(`${chunk}: HTTP 503`) };
    const { read, reads } = files(overrides);
    const evidence = createSplitEvidence(head, read);
    const index = await evidence.loadIndex();
    const ranks = [index.rankOf((JSON.parse(entries[chunk]!) as SentenceChunkFile).sentences[0]!.id)!];
    await expect(evidence.load(ranks, first)).rejects.toThrow("HTTP 503");
    delete overrides[chunk];
    await evidence.load(ranks, first);
    expect(evidence.sentence(ranks[0]!)).toEqual(named[ranks[0]!]);
    expect(reads.filter((path) => path === chunk)).toHaveLength(2);
  });

  it("refuses a chunk that does not hold what the index says", async () => {
    const chunk = head.evidence.chunks[0]!;
    const parsed = JSON.parse(entries[chunk]!) as SentenceChunkFile;
    parsed.sentences.reverse();
    const evidence = createSplitEvidence(head, files({ [chunk]: JSON.stringify(parsed) }).read);
    const index = await evidence.loadIndex();
    await expect(evidence.load(index.nodeSentences(first), first)).rejects.toThrow(/does not hold the sentences the evidence index expects/);
  });

  it("loads the index first when a page is asked for before it", async () => {
    const evidence = createSplitEvidence(head, files().read);
    await evidence.load([0], file.sentences.find((s) => s.mentions.length > 0)!.mentions[0]!.entity);
    expect(evidence.index()).not.toBeNull();
    expect(evidence.sentence(0)).toEqual(named[0]);
  });

  it("gives back the whole single graph file for Save graph JSON", async () => {
    const evidence = createSplitEvidence(head, files().read);
    expect(await evidence.loadFile()).toEqual(file);
  });
});

describe("createMemoryEvidence", () => {
  it("has everything at once: the index and every sentence that names an entity, by rank", async () => {
    const small = loadSmallGraphFile();
    const evidence = createMemoryEvidence(small);
    const index = evidence.index()!;
    expect(index).not.toBeNull();
    expect(await evidence.loadIndex()).toBe(index);
    expect(evidence.split).toBe(false);
    expect(evidence.missing([0, 1, 2])).toEqual([]);
    const withEntities = small.sentences.filter((s) => s.mentions.length > 0);
    withEntities.forEach((sentence, rank) => expect(evidence.sentence(rank)).toBe(sentence));
    expect(await evidence.loadFile()).toBe(small);
  });

  it.each<[string, CorrectionOperation[]]>([
    ["a merge", [{ op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" }]],
    ["a removal that leaves a sentence without entities", [{ op: "remove", node: "organization:wn" }]],
  ])("gives a corrected file's own sentences by rank after %s, with the index patched", (_, operations) => {
    const base = smallGraphFile({ "a.txt": [["WN wrote.", [["WN", "organization"]]], ["Alma Qarnabi met WN in Zorvia.", [["Alma Qarnabi", "person"], ["WN", "organization"], ["Zorvia", "place"]]], ["The Zorvia Republic voted.", [["Zorvia Republic", "country"]]]] });
    const index = indexEvidence(base.documents, base.sentences);
    createMemoryEvidence(base, index);
    const corrected = applyCorrections(base, operations).file;
    const evidence = createMemoryEvidence(corrected, patchEvidenceIndex(base, index, corrected));
    const withEntities = corrected.sentences.filter((s) => s.mentions.length > 0);
    withEntities.forEach((sentence, rank) => expect(evidence.sentence(rank)).toBe(sentence));
    expect(evidence.sentence(withEntities.length)).toBeUndefined();
  });
});
