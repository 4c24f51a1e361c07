// The page's curation controller in Node: corrections apply with the command line's code, undo and redo
// step through them, each can be reverted alone, and they are kept per graph content in the storage.
import { describe, expect, it } from "vitest";
import type { CorrectionOperation } from "../../src/graph/corrections/corrections-file.ts";
import { applyCorrections } from "../../src/graph/corrections/apply-corrections.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { createCuration, type CorrectionsStorage } from "../../src/app/curation.ts";
import { createCurationHistory } from "../../src/app/curation-history.ts";
import { describeCorrection } from "../../src/app/describe-correction.ts";
import { graphContentKey } from "../../src/app/graph-content-key.ts";
import { splitGraphFile, type SplitGraphFile } from "../../src/export/split-graph-file.ts";
import { smallGraphFile } from "../graph/corrections/small-graph.ts";

function memoryStorage(): CorrectionsStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v), removeItem: (k) => void items.delete(k) };
}

const keysOf = (file: unknown) => (file as GraphFile).graph.nodes.map((n) => n.key);
const merge: CorrectionOperation = { op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" };
const remove: CorrectionOperation = { op: "remove", node: "organization:wn" };

describe("createCurationHistory", () => {
  it("undoes and redoes every step, a revert and a replace included", () => {
    const history = createCurationHistory();
    history.add(merge);
    history.add(remove);
    history.revert(0);
    expect(history.operations()).toEqual([remove]);
    expect(history.undo()).toBe(true);
    expect(history.operations()).toEqual([merge, remove]);
    expect(history.redo()).toBe(true);
    expect(history.operations()).toEqual([remove]);
    history.replace([]);
    expect(history.canRedo()).toBe(false);
    while (history.undo());
    expect(history.operations()).toEqual([]);
    expect(history.canUndo()).toBe(false);
  });

  it("starts from stored corrections that undo one by one", () => {
    const history = createCurationHistory([merge, remove]);
    expect(history.undo()).toBe(true);
    expect(history.operations()).toEqual([merge]);
    expect(history.undo()).toBe(true);
    expect(history.undo()).toBe(false);
    expect(history.operations()).toEqual([]);
  });
});

describe("createCuration", () => {
  const base = smallGraphFile();

  it("shows the base with the corrections applied by applyCorrections, and the base again after undo", () => {
    const curation = createCuration(null);
    expect(curation.load(base)).toBe(base);
    curation.add(merge);
    expect(curation.shown()).toStrictEqual(applyCorrections(base, [merge]).file);
    curation.undo();
    expect(curation.shown()).toStrictEqual(base);
    curation.redo();
    expect(keysOf(curation.shown())).not.toContain("place:zorvia");
  });

  it("keeps the corrections for the graph's content, and brings them back on the next load", () => {
    const storage = memoryStorage();
    const first = createCuration(storage);
    first.load(base);
    first.add(merge);
    first.add(remove);
    expect([...storage.items.keys()]).toEqual([`entity-graph:corrections:${graphContentKey(base)}`]);
    const again = createCuration(storage);
    expect(keysOf(again.load(structuredClone(base)))).toEqual(keysOf(first.shown()));
    expect(again.history().operations()).toEqual([merge, remove]);
    // Another graph has none of them.
    const other = smallGraphFile({ "c.txt": [["Ilse Morvan spoke.", [["Ilse Morvan", "person"]]]] });
    expect(createCuration(storage).load(other)).toBe(other);
    // All reverted: nothing is kept.
    again.revert(1);
    again.revert(0);
    expect(storage.items.size).toBe(0);
  });

  it("reports the corrections that no longer apply, and keeps picked nodes that still exist", () => {
    const curation = createCuration(null);
    curation.load(base);
    curation.setPicked(["place:zorvia", "country:zorvia-republic"]);
    curation.add(merge);
    expect(curation.picked()).toEqual(["country:zorvia-republic"]);
    curation.add({ op: "rename", node: "place:zorvia", label: "Z" });
    expect(curation.skipped().map((s) => [s.index, s.reason])).toEqual([[1, "node place:zorvia is not in the graph"]]);
  });

  it("opens a corrections file, refuses a bad one with its message, and downloads what the page applied", () => {
    const curation = createCuration(null);
    curation.load(base);
    curation.open(JSON.stringify({ format: "entity-graph-corrections", version: 1, operations: [remove] }));
    expect(curation.history().operations()).toEqual([remove]);
    expect(() => curation.open('{"format":"entity-graph-corrections","version":1,"operations":[{"op":"melt"}]}')).toThrow(/operation 0: unknown operation "melt"/);
    expect(curation.history().operations()).toEqual([remove]);
    expect(curation.download()).toEqual({ format: "entity-graph-corrections", version: 1, operations: [remove] });
  });

  it("downloads a graph's recorded corrections before the page's, and does not apply them twice when opened", () => {
    const built = applyCorrections(base, [merge]).file;
    const curation = createCuration(null);
    curation.load(built);
    curation.add(remove);
    const file = curation.download();
    expect(file.operations).toEqual([merge, remove]);
    curation.undo();
    curation.open(JSON.stringify(file));
    expect(curation.history().operations()).toEqual([remove]);
  });

  it("waits for a split graph's sentences, keeping its stored corrections, then applies them", () => {
    const storage = memoryStorage();
    const first = createCuration(storage);
    first.load(base);
    first.add(merge);
    const head = JSON.parse(splitGraphFile(base)["graph.json"] as string) as SplitGraphFile;
    const curation = createCuration(storage);
    expect(curation.load(head)).toBe(head);
    expect(curation.needsSentences()).toBe(true);
    expect(curation.unavailable()).toBeNull();
    // Nothing changes the kept corrections while they cannot be shown.
    curation.undo();
    curation.add(remove);
    expect(curation.history().operations()).toEqual([merge]);
    const heard: string[] = [];
    curation.subscribe((change) => heard.push(change));
    curation.loadSentences(smallGraphFile({ "c.txt": [["Ilse Morvan spoke.", [["Ilse Morvan", "person"]]]] }));
    expect(curation.needsSentences()).toBe(true);
    curation.loadSentences(base);
    expect(curation.needsSentences()).toBe(false);
    expect(heard).toEqual(["graph"]);
    expect(curation.shown()).toStrictEqual(applyCorrections(base, [merge]).file);
  });

  it("says why a graph without sentences cannot be corrected", () => {
    const curation = createCuration(null);
    curation.load({ ...base, sentences: [] });
    expect(curation.unavailable()).toMatch(/no sentences/);
  });
});

describe("describeCorrection", () => {
  it.each([
    [merge, "Merge place:zorvia into Zorvia Republic"],
    [{ op: "split", node: "person:a", alias: "Al" }, "Split “Al” out of person:a"],
    [{ op: "split", node: "person:a", document: "d.txt", into: "person:b" }, "Split the mentions in d.txt out of person:a into person:b"],
    [{ op: "stop", name: "WN" }, "Stop list: “WN”"],
  ] satisfies [CorrectionOperation, string][])("describes %j", (operation, text) => {
    expect(describeCorrection(operation, (key) => (key === "country:zorvia-republic" ? "Zorvia Republic" : undefined))).toBe(text);
  });
});
