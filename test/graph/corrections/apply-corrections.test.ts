// Each correction on a small graph: what moves, what is recounted, and that undoing gives the graph back.
import { describe, expect, it } from "vitest";
import type { CorrectionOperation } from "../../../src/graph/corrections/corrections-file.ts";
import { applyCorrections, prepareCorrections } from "../../../src/graph/corrections/apply-corrections.ts";
import type { EntityNodeAttributes, GraphFile } from "../../../src/graph/types.ts";
import { SMALL_CORPUS, smallGraphFile } from "./small-graph.ts";
import { extractDocument } from "../../../src/extract/extract-document.ts";
import { createGraphFileBuilder } from "../../../src/graph/build-graph-file.ts";

/** A file's content regardless of order: nodes and links sorted by key. */
function canonical(file: GraphFile) {
  const byKey = <T extends { key?: string }>(items: T[]) => [...items].sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return { sentences: file.sentences, nodes: byKey(file.graph.nodes), edges: byKey(file.graph.edges) };
}

function node(file: GraphFile, key: string): EntityNodeAttributes | undefined {
  return file.graph.nodes.find((n) => n.key === key)?.attributes as EntityNodeAttributes | undefined;
}

function edge(file: GraphFile, a: string, b: string): { weight: number; sentences: string[] } | undefined {
  const [s, t] = [a, b].sort();
  const found = file.graph.edges.find((e) => e.key === `${s}|${t}`)?.attributes;
  return found && { weight: found.weight, sentences: found.sentences };
}

function keys(file: GraphFile): string[] {
  return file.graph.nodes.map((n) => n.key).sort();
}

const base = smallGraphFile();
const apply = (...operations: CorrectionOperation[]) => applyCorrections(base, operations);

describe("applyCorrections", () => {
  it("rebuilds the builder's file exactly when there is nothing to apply", () => {
    expect(applyCorrections(base, []).file).toStrictEqual(base);
  });

  it("merges: keeps the key of `into`, unites aliases, mentions and documents, counts a shared sentence once", () => {
    const { file, skipped } = apply({ op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" });
    expect(skipped).toEqual([]);
    expect(node(file, "place:zorvia")).toBeUndefined();
    expect(node(file, "country:zorvia-republic")).toMatchObject({ label: "Zorvia Republic", type: "country", aliases: ["Zorvia", "Zorvia Republic"], mentions: 5, documents: 2 });
    // Alma shares s1 with Zorvia and s6 with both: two sentences, not 2 + 1.
    expect(edge(file, "person:alma-qarnabi", "country:zorvia-republic")).toEqual({ weight: 2, sentences: ["s1", "s6"] });
    expect(edge(file, "person:borin-lekfjs", "country:zorvia-republic")).toEqual({ weight: 2, sentences: ["s1", "s4"] });
    // The link between the two merged nodes is gone; no self-loop.
    expect(file.graph.edges.some((e) => e.source === e.target)).toBe(false);
    expect(file.sentences[5]?.mentions.map((m) => m.entity)).toEqual(["person:alma-qarnabi", "country:zorvia-republic", "country:zorvia-republic"]);
  });

  it("merges to what the builder makes of a corpus that named the two as one", () => {
    const { file } = apply({ op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" });
    const asOne = Object.fromEntries(
      Object.entries(SMALL_CORPUS).map(([id, sentences]) => [id, sentences.map(([text, names]) => [text, names.map(([written, type, name]) => (written === "Zorvia" ? [written, "country", "Zorvia Republic"] : [written, type, name]))])]),
    ) as typeof SMALL_CORPUS;
    expect(canonical(file)).toStrictEqual(canonical(smallGraphFile(asOne)));
  });

  it("removes to what the builder makes of a corpus that never named the node", () => {
    const { file } = apply({ op: "remove", node: "organization:wn" });
    const without = Object.fromEntries(Object.entries(SMALL_CORPUS).map(([id, sentences]) => [id, sentences.map(([text, names]) => [text, names.filter(([written]) => written !== "WN")])])) as typeof SMALL_CORPUS;
    expect(canonical(file)).toStrictEqual(canonical(smallGraphFile(without)));
  });

  it("merges under the label the user picks, into a node that is not listed in `nodes`", () => {
    const { file } = apply({ op: "merge", nodes: ["organization:zu"], into: "organization:zorvian-union", label: "Zorvian Union (ZU)" });
    expect(node(file, "organization:zorvian-union")).toMatchObject({ label: "Zorvian Union (ZU)", aliases: ["Zorvian Union", "Zorvian Union (ZU)", "ZU"], mentions: 3, documents: 2 });
    expect(edge(file, "organization:wn", "organization:zorvian-union")).toEqual({ weight: 1, sentences: ["s7"] });
  });

  it("splits an alias out into a new node keyed type:slug, with its sentences", () => {
    const { file } = apply({ op: "split", node: "person:alma-qarnabi", alias: "Qarnabi" });
    expect(node(file, "person:qarnabi")).toMatchObject({ label: "Qarnabi", type: "person", aliases: ["Qarnabi"], mentions: 1, documents: 1 });
    expect(node(file, "person:alma-qarnabi")).toMatchObject({ aliases: ["Alma Qarnabi"], mentions: 3 });
    expect(edge(file, "person:qarnabi", "organization:zorvian-union")).toEqual({ weight: 1, sentences: ["s2"] });
    expect(edge(file, "person:alma-qarnabi", "organization:zorvian-union")).toBeUndefined();
  });

  it("splits the mentions of one document out, into another node", () => {
    const { file } = apply({ op: "split", node: "place:zorvia", document: "b.txt", into: "country:zorvia-republic" });
    expect(node(file, "place:zorvia")).toMatchObject({ mentions: 1, documents: 1 });
    expect(node(file, "country:zorvia-republic")).toMatchObject({ mentions: 4 });
    expect(edge(file, "place:zorvia", "country:zorvia-republic")).toBeUndefined();
  });

  it("splits one document's mentions into a new node named by how they are written, with a free key", () => {
    const { file } = apply({ op: "split", node: "person:borin-lekfjs", document: "b.txt" });
    expect(node(file, "person:borin-lekfjs-2")).toMatchObject({ label: "Borin Lekfjs", mentions: 2, documents: 1 });
    expect(node(file, "person:borin-lekfjs")).toMatchObject({ mentions: 1, documents: 1 });
  });

  it("renames and retypes without changing the key", () => {
    const { file } = apply({ op: "rename", node: "organization:wn", label: "Wire News" }, { op: "retype", node: "organization:wn", type: "group" });
    expect(node(file, "organization:wn")).toMatchObject({ label: "Wire News", type: "group", aliases: ["Wire News", "WN"] });
    expect(keys(file)).toEqual(keys(base));
  });

  it("removes a node and its links; its sentences stay with the others", () => {
    const { file } = apply({ op: "remove", node: "organization:wn" });
    expect(node(file, "organization:wn")).toBeUndefined();
    expect(file.graph.edges.filter((e) => String(e.key).includes("organization:wn"))).toEqual([]);
    expect(file.sentences.length).toBe(base.sentences.length);
    expect(file.sentences[4]?.mentions.map((m) => m.entity)).toEqual(["person:alma-qarnabi", "person:borin-lekfjs"]);
    expect(node(file, "organization:zu")).toMatchObject({ mentions: 1 });
    expect(file.graph.edges.some((e) => String(e.key).includes("organization:zu"))).toBe(false);
  });

  it("stops a name wherever it is written, ignoring case and accents", () => {
    const { file } = apply({ op: "stop", name: "wn" });
    expect(node(file, "organization:wn")).toBeUndefined();
    const { file: surname } = apply({ op: "stop", name: "Qarnabí" });
    expect(node(surname, "person:alma-qarnabi")).toMatchObject({ aliases: ["Alma Qarnabi"], mentions: 3 });
    expect(surname.sentences[1]?.mentions.map((m) => m.entity)).toEqual(["organization:zorvian-union"]);
  });

  it("acts with stop and alias entries on a document added after they were made, as if it had been extracted so", () => {
    // c.txt is new: the entries were made on a.txt and b.txt, and the build of all three applies them to it too.
    const corpus = { ...SMALL_CORPUS, "c.txt": [["WN says ZU and Borin Lekfjs met.", [["WN", "organization"], ["ZU", "organization"], ["Borin Lekfjs", "person"]]]] } as typeof SMALL_CORPUS;
    const entries: CorrectionOperation[] = [
      { op: "stop", name: "WN" },
      { op: "alias", name: "ZU", node: "organization:zorvian-union" },
    ];
    const { file, skipped } = applyCorrections(smallGraphFile(corpus), entries);
    expect(skipped).toEqual([]);
    const extractedSo = Object.fromEntries(
      Object.entries(corpus).map(([id, sentences]) => [
        id,
        sentences.map(([text, names]) => [text, names.filter(([written]) => written !== "WN").map(([written, type, name]) => (written === "ZU" ? [written, type, "Zorvian Union"] : [written, type, name]))]),
      ]),
    ) as typeof SMALL_CORPUS;
    expect(canonical(file)).toStrictEqual(canonical(smallGraphFile(extractedSo)));
    expect(edge(file, "organization:zorvian-union", "person:borin-lekfjs")).toEqual({ weight: 1, sentences: ["s8"] });
  });

  it("names a node by its most written remaining form when its label was stopped or aliased away", () => {
    const file = smallGraphFile({ "a.txt": [["Borin Lekfjs met Alma Qarnabi.", [["Borin Lekfjs", "person"], ["Alma Qarnabi", "person"]]], ["Lekfjs left.", [["Lekfjs", "person"]]]] });
    expect(file.graph.nodes.map((n) => n.key)).toEqual(["person:borin-lekfjs", "person:alma-qarnabi"]);
    const stopped = applyCorrections(file, [{ op: "stop", name: "Borin Lekfjs" }]).file;
    // The key stays (keys never change); the label is no longer a name the user said is never an entity.
    expect(node(stopped, "person:borin-lekfjs")).toMatchObject({ label: "Lekfjs", aliases: ["Lekfjs"], mentions: 1 });
    const aliased = applyCorrections(file, [{ op: "alias", name: "Borin Lekfjs", node: "person:alma-qarnabi" }]).file;
    expect(node(aliased, "person:borin-lekfjs")).toMatchObject({ label: "Lekfjs", aliases: ["Lekfjs"], mentions: 1 });
    expect(node(aliased, "person:alma-qarnabi")).toMatchObject({ label: "Alma Qarnabi", aliases: ["Alma Qarnabi", "Borin Lekfjs"], mentions: 2 });
  });

  it("moves every mention written as an alias to its node", () => {
    const { file } = apply({ op: "alias", name: "ZU", node: "organization:zorvian-union" });
    expect(node(file, "organization:zu")).toBeUndefined();
    expect(node(file, "organization:zorvian-union")).toMatchObject({ aliases: ["Zorvian Union", "ZU"], mentions: 3, documents: 2 });
    expect(edge(file, "organization:wn", "organization:zorvian-union")).toEqual({ weight: 1, sentences: ["s7"] });
  });

  it("skips an operation whose node is gone, names it, and applies the rest", () => {
    const { file, skipped } = apply(
      { op: "remove", node: "organization:zu" },
      { op: "merge", nodes: ["organization:zu", "organization:wn"], into: "organization:wn" },
      { op: "rename", node: "person:nobody", label: "X" },
      { op: "rename", node: "organization:wn", label: "Wire News" },
    );
    expect(skipped.map(({ index, reason }) => [index, reason])).toEqual([
      [1, "node organization:zu is not in the graph"],
      [2, "node person:nobody is not in the graph"],
    ]);
    expect(node(file, "organization:wn")?.label).toBe("Wire News");
  });

  it("leaves nothing of an operation that fails half-way", () => {
    // The merge unites nothing: one of its nodes is missing, so Zorvia keeps its mentions.
    const { file, skipped } = apply({ op: "merge", nodes: ["place:zorvia", "place:gone"], into: "country:zorvia-republic" });
    expect(skipped).toHaveLength(1);
    expect(file.graph).toStrictEqual(base.graph);
  });

  it("leaves the file it is given as it was", () => {
    const copy = structuredClone(base);
    apply({ op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" }, { op: "stop", name: "WN" }, { op: "split", node: "person:alma-qarnabi", alias: "Qarnabi" });
    expect(base).toStrictEqual(copy);
  });

  it("records the corrections it applied after those the file was built with", () => {
    const once = apply({ op: "remove", node: "organization:zu" }).file;
    const twice = applyCorrections(once, [{ op: "stop", name: "WN" }]).file;
    expect(twice.corrections?.operations.map((o) => o.op)).toEqual(["remove", "stop"]);
  });

  const operations: CorrectionOperation[] = [
    { op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic", label: "Zorvia" },
    { op: "split", node: "person:alma-qarnabi", alias: "Qarnabi" },
    { op: "rename", node: "person:qarnabi", label: "Dr Qarnabi" },
    { op: "retype", node: "organization:wn", type: "group" },
    { op: "stop", name: "ZU" },
    { op: "alias", name: "Zorvian Union", node: "person:qarnabi" },
    { op: "remove", node: "person:borin-lekfjs" },
  ];
  it.each(operations.map((_, i) => [i, operations[i]?.op]))("undoing operation %i (%s) gives back the graph before it exactly", (i) => {
    const before = applyCorrections(base, operations.slice(0, i));
    const after = applyCorrections(base, operations.slice(0, i + 1));
    expect(after.skipped).toEqual([]);
    expect(after.file).not.toStrictEqual(before.file);
    expect(applyCorrections(base, after.file.corrections?.operations.slice(0, -1) ?? []).file).toStrictEqual(before.file);
  });
});

describe("prepareCorrections", () => {
  const operations: CorrectionOperation[] = [
    { op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" },
    { op: "split", node: "person:alma-qarnabi", alias: "Qarnabi" },
    { op: "stop", name: "WN" },
    { op: "alias", name: "ZU", node: "organization:zorvian-union" },
    { op: "remove", node: "person:borin-lekfjs" },
  ];

  it("applies list after list to one file as applyCorrections does each time: no correction is left behind", () => {
    const prepared = prepareCorrections(base);
    const lists = [operations, operations.slice(0, 2), [], operations.slice(2), [operations[1] as CorrectionOperation, operations[0] as CorrectionOperation], operations];
    for (const list of lists) expect(prepared.apply(list)).toStrictEqual(applyCorrections(base, list));
  });

  it("gives back the file's own sentences, nodes and links where a correction left them alone", () => {
    const { file } = prepareCorrections(base).apply([{ op: "rename", node: "organization:wn", label: "Wire News" }]);
    const wn = file.graph.nodes.findIndex((n) => n.key === "organization:wn");
    file.graph.nodes.forEach((n, i) => (i === wn ? expect(n).not.toBe(base.graph.nodes[i]) : expect(n).toBe(base.graph.nodes[i])));
    file.graph.edges.forEach((e, i) => expect(e).toBe(base.graph.edges[i]));
    file.sentences.forEach((s, i) => expect(s).toBe(base.sentences[i]));
    const merged = prepareCorrections(base).apply([operations[0] as CorrectionOperation]).file;
    // s1 names Zorvia: it changed; s2 does not.
    expect(merged.sentences[0]).not.toBe(base.sentences[0]);
    expect(merged.sentences[1]).toBe(base.sentences[1]);
    // A link of the two merged nodes stays the file's own unless it was Zorvia's, one of its sentences named
    // Zorvia (those changed) or such a sentence names its other end (it gains that sentence): Zorvia
    // Republic's link with the Zorvian Union, from sentences that never named Zorvia, stays too.
    const named = base.sentences.filter((s) => s.mentions.some((m) => m.entity === "place:zorvia"));
    const merging = (e: { source: string; target: string }) => [e.source, e.target].some((k) => k === "place:zorvia" || k === "country:zorvia-republic");
    const changes = (e: (typeof base.graph.edges)[number]) => {
      if (!merging(e)) return false;
      if (e.source === "place:zorvia" || e.target === "place:zorvia") return true;
      const other = e.source === "country:zorvia-republic" ? e.target : e.source;
      return named.some((s) => (e.attributes?.sentences ?? []).includes(s.id) || s.mentions.some((m) => m.entity === other));
    };
    const kept = base.graph.edges.filter((e) => !changes(e)).map((e) => e.key);
    expect(kept).toContain("country:zorvia-republic|organization:zorvian-union");
    expect(merged.graph.edges.filter((e) => base.graph.edges.includes(e)).map((e) => e.key).sort()).toEqual(kept.sort());
  });
});

describe("applyCorrections and relation labels", () => {
  it("carries what the sentences say onto the links of merged nodes", () => {
    const builder = createGraphFileBuilder();
    const text = "Hassan Rouhani asked Vladimir Putin for help. Rouhani also asked Bashar al-Assad for help.";
    builder.addDocument({ document: { id: "a.txt", path: "a.txt", title: "a", url: null }, extraction: extractDocument(text) });
    const file = builder.build().file;
    const { file: merged } = applyCorrections(file, [{ op: "merge", nodes: ["person:vladimir-putin", "person:bashar-al-assad"], into: "person:vladimir-putin" }]);
    const link = merged.graph.edges.find((e) => e.key === "person:hassan-rouhani|person:vladimir-putin")?.attributes;
    expect(link?.relations).toEqual([{ label: "ask", class: "communicates", count: 2, sentences: ["s1", "s2"], from: "person:hassan-rouhani" }]);
  });
});
