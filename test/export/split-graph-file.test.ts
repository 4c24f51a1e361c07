// The split form: graph file → { path: content } → the same graph file again, whatever the graph; the
// index and chunks say what the README says; readers refuse what would lead them astray.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";
import {
  checkEvidenceDescriptor,
  evidencePaths,
  fromGraphJson,
  indexEvidence,
  indexEvidenceInSteps,
  isEvidencePath,
  isSplitGraphFile,
  parseEvidenceIndex,
  parseSentenceChunk,
  readSplitGraphFile,
  splitGraphFile,
  type EvidenceIndexFile,
  type SentenceChunkFile,
  type SplitGraphFile,
} from "../../src/export/index.ts";
import type { GraphFile } from "../../src/graph/types.ts";

const small = JSON.parse(readFileSync(new URL("../fixtures/small-graph.json", import.meta.url), "utf8")) as GraphFile;
const synthetic = createSyntheticGraphFile({ nodes: 400, edges: 2_000, seed: 5 });
/** The small graph with sentences that name no entity, one of them in two documents. */
const withPlain: GraphFile = {
  ...small,
  sentences: [
    { id: "p1", text: "Thank you.", documents: [small.documents[0]!.id, small.documents[1]!.id], mentions: [] },
    ...small.sentences.slice(0, 5),
    { id: "p2", text: "It rained.", documents: [small.documents[2]!.id], mentions: [] },
    ...small.sentences.slice(5),
  ],
};
const empty: GraphFile = { ...small, documents: [], sentences: [], graph: { ...small.graph, nodes: [], edges: [] } };

const GRAPHS: [string, GraphFile][] = [
  ["the small fixture graph", small],
  ["a synthetic graph with hubs", synthetic],
  ["a graph with sentences that name no entity", withPlain],
  ["an empty graph", empty],
];

function reader(entries: Record<string, string>) {
  const reads: string[] = [];
  const read = (path: string) => {
    reads.push(path);
    const content = entries[path];
    return content === undefined ? Promise.reject(new Error(`${path}: no such file`)) : Promise.resolve(content);
  };
  return { read, reads };
}

function parts(entries: Record<string, string>, name = "graph.json") {
  const head = JSON.parse(entries[name]!) as SplitGraphFile;
  const index = JSON.parse(entries[head.evidence.index]!) as EvidenceIndexFile;
  const chunks = head.evidence.chunks.map((path) => JSON.parse(entries[path]!) as SentenceChunkFile);
  const plain = head.evidence.plain.map((path) => JSON.parse(entries[path]!) as SentenceChunkFile);
  return { head, index, chunks, plain };
}

describe("splitGraphFile and readSplitGraphFile", () => {
  it.each(GRAPHS)("give back %s exactly", async (_name, file) => {
    for (const chunkBytes of [1, 2_000, 64 * 1024]) {
      const entries = splitGraphFile(file, { chunkBytes });
      const { head } = parts(entries);
      expect(isSplitGraphFile(head)).toBe(true);
      const back = await readSplitGraphFile(head, reader(entries).read);
      expect(back).toEqual(file);
      expect(JSON.stringify(back)).toBe(JSON.stringify(file));
    }
  });

  it("keeps everything but the sentences in the graph JSON, in the single file's order, paths relative to it", () => {
    const entries = splitGraphFile(synthetic, { name: "news.json" });
    const { head } = parts(entries, "news.json");
    expect(Object.keys(head)).toEqual(["format", "version", "documents", "evidence", "skipped", "graph"]);
    expect(head.graph).toEqual(synthetic.graph);
    expect(head.documents).toEqual(synthetic.documents);
    expect(head.evidence.sentences).toBe(synthetic.sentences.length);
    expect(head.evidence.index).toBe("news.evidence/index.json");
    expect(head.evidence.chunks[0]).toBe("news.evidence/sentences-0000.json");
    expect(Object.keys(entries).sort()).toEqual(["news.json", ...evidencePaths(head.evidence)].sort());
    for (const path of evidencePaths(head.evidence)) expect(isEvidencePath(path)).toBe(true);
  });

  it("indexes every sentence that names an entity: documents, and each entity's sentences once per mention", () => {
    const { index } = parts(splitGraphFile(withPlain));
    const named = withPlain.sentences.filter((s) => s.mentions.length > 0);
    expect(index.sentences).toEqual(named.map((s) => s.id));
    const position = new Map(withPlain.documents.map((doc, i) => [doc.id, i]));
    expect(index.documents).toEqual(named.map((s) => (s.documents.length === 1 ? position.get(s.documents[0]!) : s.documents.map((d) => position.get(d)))));
    const nodes = new Map(index.nodes);
    for (const node of withPlain.graph.nodes) {
      const ranks = nodes.get(node.key)!;
      expect(ranks).toHaveLength(node.attributes!.mentions);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      for (const rank of ranks) expect(named[rank]!.mentions.some((m) => m.entity === node.key)).toBe(true);
    }
    expect(index.documentSentences).toEqual(withPlain.documents.map((doc) => withPlain.sentences.filter((s) => s.documents.includes(doc.id)).length));
  });

  it.each([
    ["the small fixture graph", withPlain],
    ["a synthetic graph, whose sentences are in documents at random", synthetic],
  ])("lays the named sentences of %s out entity by entity, each in reading order, and the others apart", (_name, file) => {
    const { index, chunks, plain } = parts(splitGraphFile(file, { chunkBytes: 500 }));
    const stream = chunks.flatMap((chunk) => chunk.sentences.map((s) => s.id));
    // Entity after entity; each entity's sentences by their first document, then in file order.
    const documentPosition = new Map(file.documents.map((doc, i) => [doc.id, i]));
    const sentences = new Map(file.sentences.map((s, i) => [s.id, { ...s, position: i }]));
    const firstDocument = (id: string) => Math.min(...sentences.get(id)!.documents.map((doc) => documentPosition.get(doc)!));
    const expected = index.nodes.flatMap(([key]) => {
      const ids = file.sentences.filter((s) => s.mentions.some((m) => m.entity === key)).map((s) => s.id);
      return ids.sort((a, b) => firstDocument(a) - firstDocument(b) || sentences.get(a)!.position - sentences.get(b)!.position);
    });
    expect(stream).toEqual(expected);
    expect(chunks.flatMap((chunk) => chunk.positions)).toEqual(stream.map((id) => sentences.get(id)!.position));
    expect(index.chunks).toEqual(chunks.map((_, i) => chunks.slice(0, i).reduce((sum, chunk) => sum + chunk.sentences.length, 0)));
    const plainIds = file.sentences.filter((s) => s.mentions.length === 0).map((s) => s.id);
    expect(plain.flatMap((chunk) => chunk.sentences.map((s) => s.id))).toEqual(plainIds);
    expect(plain.flatMap((chunk) => chunk.positions)).toEqual(plainIds.map((id) => sentences.get(id)!.position));
  });

  it("lists a plain sentence where the single file has it", () => {
    const { plain } = parts(splitGraphFile(withPlain));
    expect(plain.flatMap((chunk) => chunk.positions)).toEqual([0, 6]);
  });

  it("keeps every entity's first page of sentences in one or two chunks", () => {
    const { index } = parts(splitGraphFile(synthetic, { chunkBytes: 16_000 }));
    expect(index.chunks.length).toBeGreaterThan(20);
    let start = 0;
    for (const [, ranks] of index.nodes) {
      const distinct = [...new Set(ranks)].length;
      const first = index.chunks.filter((chunkStart) => chunkStart <= start).length - 1;
      const last = index.chunks.filter((chunkStart) => chunkStart <= start + Math.min(40, distinct) - 1).length - 1;
      expect(last - first).toBeLessThanOrEqual(1);
      start += distinct;
    }
  });

  it("refuses a name that cannot make a relative URL", () => {
    expect(() => splitGraphFile(small, { name: "a/graph.json" })).toThrow(/file name/);
    expect(() => splitGraphFile(small, { name: "graph#1.json" })).toThrow(/cannot name a split graph file/);
  });

  it("says which file is missing or does not hold what the index says", async () => {
    const entries = splitGraphFile(synthetic);
    const { head } = parts(entries);
    const missing = { ...entries };
    delete missing[head.evidence.chunks[1]!];
    await expect(readSplitGraphFile(head, reader(missing).read)).rejects.toThrow(`${head.evidence.chunks[1]}: no such file`);

    const wrong = JSON.parse(entries[head.evidence.chunks[0]!]!) as SentenceChunkFile;
    wrong.sentences[0] = { ...wrong.sentences[0]!, id: "s999999" };
    const swapped = { ...entries, [head.evidence.chunks[0]!]: JSON.stringify(wrong) };
    // Sentence 0 also comes in another entity's chunk, with its own id: the two disagree.
    await expect(readSplitGraphFile(head, reader(swapped).read)).rejects.toThrow(/holds sentence/);

    const short = { ...head, evidence: { ...head.evidence, plain: [], chunks: head.evidence.chunks.slice(0, 1) } };
    await expect(readSplitGraphFile(short, reader(entries).read)).rejects.toThrow(/no chunk holds sentence position/);
  });

  it("reads a few files at a time and reports progress", async () => {
    const entries = splitGraphFile(synthetic, { chunkBytes: 4_000 });
    const { head } = parts(entries);
    const progress: number[] = [];
    const { read, reads } = reader(entries);
    await readSplitGraphFile(head, read, { concurrency: 3, onProgress: (done) => progress.push(done) });
    const total = head.evidence.chunks.length + head.evidence.plain.length;
    expect(reads).toHaveLength(total);
    expect(progress).toEqual(Array.from({ length: total + 1 }, (_, i) => i));
  });
});

describe("the split form's checks", () => {
  const entries = splitGraphFile(small);
  const { head } = parts(entries);
  const indexText = entries[head.evidence.index]!;

  it.each([
    ["an absolute URL", "https://example.org/index.json"],
    ["a path from the root", "/graph.evidence/index.json"],
    ["a path out of the folder", "../secret/index.json"],
    ["a query", "graph.evidence/index.json?x=1"],
    ["a scheme", "javascript:alert(1)"],
    ["an empty segment", "graph.evidence//index.json"],
  ])("refuses %s in the descriptor", (_name, path) => {
    expect(() => checkEvidenceDescriptor({ ...head.evidence, index: path })).toThrow(/not a relative path inside/);
    expect(() => checkEvidenceDescriptor({ ...head.evidence, chunks: [path] })).toThrow(/not a relative path inside/);
  });

  it("accepts the descriptor it writes, and names a missing part", () => {
    expect(checkEvidenceDescriptor(head.evidence)).toEqual(head.evidence);
    expect(() => checkEvidenceDescriptor({ ...head.evidence, sentences: -1 })).toThrow(/"evidence.sentences"/);
    expect(() => checkEvidenceDescriptor({ ...head.evidence, plain: "x" })).toThrow(/"evidence.plain" is not a list/);
  });

  it("accepts the index it writes and refuses one that does not fit the graph file", () => {
    const index = JSON.parse(indexText) as EvidenceIndexFile;
    expect(parseEvidenceIndex(indexText, "index.json", head.evidence, head.documents.length)).toEqual(index);
    const bad = (change: Partial<EvidenceIndexFile> | Record<string, unknown>) => JSON.stringify({ ...index, ...change });
    expect(() => parseEvidenceIndex("{", "index.json", head.evidence, head.documents.length)).toThrow(/index.json is not valid JSON/);
    expect(() => parseEvidenceIndex(bad({ format: "x" }), "index.json", head.evidence, head.documents.length)).toThrow(/not an evidence index/);
    expect(() => parseEvidenceIndex(bad({ documents: index.documents.slice(1) }), "index.json", head.evidence, head.documents.length)).toThrow(/one entry per sentence/);
    expect(() => parseEvidenceIndex(bad({ documents: index.documents.map(() => 99) }), "index.json", head.evidence, head.documents.length)).toThrow(/not a position/);
    expect(() => parseEvidenceIndex(bad({ nodes: [["a", [3, 1]]] }), "index.json", head.evidence, head.documents.length)).toThrow(/"a" are not ascending/);
    expect(() => parseEvidenceIndex(bad({ chunks: [] }), "index.json", head.evidence, head.documents.length)).toThrow(/one start per chunk/);
    expect(() => parseEvidenceIndex(bad({ documentSentences: [] }), "index.json", head.evidence, head.documents.length)).toThrow(/one count per document/);
  });

  it("refuses a chunk that is not one", () => {
    const chunk = entries[head.evidence.chunks[0]!]!;
    expect(parseSentenceChunk(chunk, "c.json").sentences.length).toBeGreaterThan(0);
    expect(() => parseSentenceChunk("[]", "c.json")).toThrow(/c.json is not a sentence chunk/);
    expect(() => parseSentenceChunk(JSON.stringify({ ...JSON.parse(chunk), positions: [] }), "c.json")).toThrow(/same length/);
  });

  it("is refused by the Open button's reader, which cannot reach the files beside it", () => {
    expect(() => fromGraphJson(entries["graph.json"]!)).toThrow(/split form.*graph\.evidence\/.*single graph file/);
  });
});

describe("indexEvidence", () => {
  it("needs every document a sentence names", () => {
    expect(() => indexEvidence([], small.sentences)).toThrow(/names document/);
  });

  it.each(GRAPHS)("gives %s the same index in slices, saying how many sentences are done before each", (_name, file) => {
    const steps = indexEvidenceInSteps(file.documents, file.sentences, 3);
    const done: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) done.push(next.value);
    expect(next.value).toEqual(indexEvidence(file.documents, file.sentences));
    // Each slice goes through at most 3 documents' sentences, or a single sentence.
    const bounds = [0, ...done, file.sentences.length];
    for (let k = 1; k < bounds.length; k++) {
      const slice = file.sentences.slice(bounds[k - 1], bounds[k]);
      expect(slice.length === 1 || slice.reduce((sum, sentence) => sum + sentence.documents.length, 0) <= 3).toBe(true);
    }
    if (file.sentences.length > 3) expect(done.length).toBeGreaterThan(0);
  });

  it("yields between the sentences of a sentence repeated in many documents, not within it", () => {
    const documents = small.documents.slice(0, 3);
    const sentence = (id: string, docs: typeof documents) => ({ ...small.sentences[0]!, id, documents: docs.map((doc) => doc.id) });
    const sentences = [sentence("a", documents), sentence("b", documents), sentence("c", documents.slice(0, 1))];
    const steps = indexEvidenceInSteps(documents, sentences, 2);
    const done: number[] = [];
    for (let next = steps.next(); !next.done; next = steps.next()) done.push(next.value);
    expect(done).toEqual([1, 2]);
  });
});
