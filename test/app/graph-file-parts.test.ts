// A built graph file handed from the page's extraction worker in parts: no part holds more than its share of
// items, and the parts put together give the file back exactly (the same JSON, so the same content key).
import { describe, expect, it } from "vitest";
import { fromGraphFileParts, toGraphFileParts } from "../../src/app/graph-file-parts.ts";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";
import type { GraphFile } from "../../src/graph/types.ts";

/** What a worker's message does to its data (a structured clone), here through JSON. */
const posted = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("toGraphFileParts and fromGraphFileParts", () => {
  it("cut a graph file into parts of at most `size` items and give it back as it was", () => {
    const file = createSyntheticGraphFile({ nodes: 700, edges: 2_500, seed: 3 });
    const { parts, rest } = toGraphFileParts(file, 300);
    expect(Math.max(...parts.map((part) => part.items.length))).toBeLessThanOrEqual(300);
    const lists = (list: string) => parts.filter((part) => part.list === list).length;
    expect([lists("documents"), lists("sentences"), lists("nodes"), lists("edges")]).toEqual([file.documents.length, file.sentences.length, 700, 2_500].map((n) => Math.ceil(n / 300)));
    // What the last message carries is small: the big lists are empty in it.
    expect(rest.sentences).toEqual([]);
    expect(rest.graph.edges).toEqual([]);
    const joined = fromGraphFileParts(posted(rest), posted(parts));
    expect(JSON.stringify(joined)).toBe(JSON.stringify(file));
  });

  it("leave the file it cut unchanged, and give an empty file back whole", () => {
    const file = createSyntheticGraphFile({ nodes: 50, edges: 80, seed: 5 });
    const before = JSON.stringify(file);
    const { parts, rest } = toGraphFileParts(file, 7);
    fromGraphFileParts(rest, parts);
    expect(JSON.stringify(file)).toBe(before);

    const empty: GraphFile = { format: "entity-graph", version: 1, documents: [], sentences: [], skipped: [], graph: { attributes: {}, options: { type: "undirected", multi: false, allowSelfLoops: false }, nodes: [], edges: [] } };
    const cut = toGraphFileParts(empty);
    expect(cut.parts).toEqual([]);
    expect(fromGraphFileParts(cut.rest, cut.parts)).toEqual(empty);
  });
});
