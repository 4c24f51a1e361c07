// A correction shown in place: the graph on the page becomes the corrected graph (as if loaded from it),
// nodes that stay keep where the page has them, only what changed is written, and the evidence index
// patched for the moved mentions is the one built from the corrected file.
import { describe, expect, it } from "vitest";
import { createDrawnGraph, linksGraph } from "../../src/app/focus-drawn-graph.ts";
import { patchEvidenceIndex } from "../../src/app/patch-evidence-index.ts";
import { deriveDisplayModel } from "../../src/app/reducers.ts";
import { deriveScopedView, highlightScope } from "../../src/app/scope-view.ts";
import { createViewStore, DEFAULT_FILTERS } from "../../src/app/view-state.ts";
import { computeVisibility } from "../../src/app/visibility.ts";
import { updateGraph } from "../../src/app/update-graph.ts";
import { indexEvidence } from "../../src/export/split-graph-file.ts";
import { applyCorrections } from "../../src/graph/corrections/apply-corrections.ts";
import type { CorrectionOperation } from "../../src/graph/corrections/corrections-file.ts";
import type { EntityGraph, GraphFile } from "../../src/graph/types.ts";
import { importGraph } from "./helpers.ts";
import { smallGraphFile } from "../graph/corrections/small-graph.ts";

const base = smallGraphFile();
const MERGE: CorrectionOperation = { op: "merge", nodes: ["place:zorvia", "country:zorvia-republic"], into: "country:zorvia-republic" };
const STEPS: [string, CorrectionOperation[]][] = [
  ["a merge", [MERGE]],
  ["a split into a new node", [{ op: "split", node: "person:alma-qarnabi", alias: "Qarnabi" }]],
  ["a split of one document into another node", [{ op: "split", node: "place:zorvia", document: "b.txt", into: "country:zorvia-republic" }]],
  ["a rename and a retype", [{ op: "rename", node: "organization:wn", label: "Wire News" }, { op: "retype", node: "organization:wn", type: "group" }]],
  ["a removal", [{ op: "remove", node: "organization:wn" }]],
  ["a stop entry", [{ op: "stop", name: "Qarnabi" }]],
  ["an alias entry", [{ op: "alias", name: "ZU", node: "organization:zorvian-union" }]],
];

/** What a graph holds, in an order that does not depend on how it was made. */
function content(graph: EntityGraph) {
  const nodes = graph.mapNodes((key, attributes) => [key, attributes] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const edges = graph.mapEdges((key, attributes, source, target) => [key, [source, target].sort(), attributes] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return { nodes, edges };
}

/** Records the graph's events while `run` changes it. */
function events(graph: EntityGraph, run: () => void): string[] {
  const heard: string[] = [];
  const names = ["nodeAdded", "nodeDropped", "nodeAttributesUpdated", "edgeAdded", "edgeDropped", "edgeAttributesUpdated"] as const;
  const listeners = names.map((name) => [name, (payload: { key: string }) => heard.push(`${name} ${payload.key}`)] as const);
  for (const [name, listener] of listeners) graph.on(name, listener);
  run();
  for (const [name, listener] of listeners) graph.off(name, listener);
  return heard;
}

describe("updateGraph", () => {
  it.each(STEPS)("turns the graph into the corrected one after %s, and back again on undo", (_, operations) => {
    const corrected = applyCorrections(base, operations).file;
    const graph = importGraph(base);
    updateGraph(graph, base.graph, corrected.graph);
    expect(content(graph)).toStrictEqual(content(importGraph(corrected)));
    updateGraph(graph, corrected.graph, base.graph);
    expect(content(graph)).toStrictEqual(content(importGraph(base)));
  });

  it("writes only what the correction changed", () => {
    const graph = importGraph(base);
    const corrected = applyCorrections(base, [{ op: "rename", node: "organization:wn", label: "Wire News" }]).file;
    expect(events(graph, () => updateGraph(graph, base.graph, corrected.graph))).toEqual(["nodeAttributesUpdated organization:wn"]);
    const merged = applyCorrections(base, [MERGE]).file;
    const heard = events(graph, () => updateGraph(graph, corrected.graph, merged.graph));
    // The rename undone, Zorvia dropped (its links with it), the sentences it brought counted on Zorvia Republic's links.
    expect(heard).toContain("nodeDropped place:zorvia");
    expect(heard).toContain("nodeAttributesUpdated organization:wn");
    expect(heard).toContain("nodeAttributesUpdated country:zorvia-republic");
    expect(heard).toContain("edgeAttributesUpdated country:zorvia-republic|person:borin-lekfjs");
    expect(heard.filter((e) => e.startsWith("edge")).every((e) => e.includes("country:zorvia-republic"))).toBe(true);
    expect(heard.some((e) => e.includes("organization:zorvian-union|person:alma-qarnabi"))).toBe(false);
  });

  it("keeps each node where the page has it (the layout may have moved it); a new node takes the file's place", () => {
    const graph = importGraph(base);
    graph.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x + 10, y: 7 }));
    const corrected = applyCorrections(base, [{ op: "split", node: "person:alma-qarnabi", alias: "Qarnabi" }]).file;
    updateGraph(graph, base.graph, corrected.graph);
    expect(graph.getNodeAttributes("person:alma-qarnabi")).toMatchObject({ y: 7, mentions: 3 });
    const added = corrected.graph.nodes.find((n) => n.key === "person:qarnabi")?.attributes;
    expect(graph.getNodeAttributes("person:qarnabi")).toMatchObject({ x: added?.x, y: added?.y });
  });

  it("drops links without their edgeDropped listeners (sigma reprocesses everything on each), and gives the listeners back", () => {
    const graph = importGraph(base);
    const heard: string[] = [];
    graph.on("edgeDropped", ({ key }: { key: string }) => heard.push(key));
    // Zorvia's b.txt mentions go to Zorvia Republic: the link between the two goes, both nodes stay.
    const corrected = applyCorrections(base, [{ op: "split", node: "place:zorvia", document: "b.txt", into: "country:zorvia-republic" }]).file;
    const changes = updateGraph(graph, base.graph, corrected.graph);
    expect(changes.droppedEdges).toEqual(["country:zorvia-republic|place:zorvia"]);
    expect(heard).toEqual([]);
    // A merge drops Zorvia and the links it takes with it.
    const merged = applyCorrections(base, [MERGE]).file;
    expect(updateGraph(graph, corrected.graph, merged.graph).droppedEdges).toEqual(["person:alma-qarnabi|place:zorvia", "person:borin-lekfjs|place:zorvia"]);
    expect(heard).toEqual([]);
    expect(graph.listeners("edgeDropped")).toHaveLength(1);
    graph.dropEdge("person:alma-qarnabi|person:borin-lekfjs");
    expect(heard).toEqual(["person:alma-qarnabi|person:borin-lekfjs"]);
  });

  it("quiet, tells no listener, and gives every listener back", () => {
    const graph = importGraph(base);
    const corrected = applyCorrections(base, [MERGE]).file;
    expect(events(graph, () => updateGraph(graph, base.graph, corrected.graph, { quiet: true }))).toEqual([]);
    expect(content(graph)).toStrictEqual(content(importGraph(corrected)));
    expect(events(graph, () => graph.dropNode("organization:wn"))).toContain("nodeDropped organization:wn");
  });

  it("never shares an attribute object with the files", () => {
    const graph = importGraph(structuredClone(base));
    const corrected = applyCorrections(base, [MERGE]).file;
    updateGraph(graph, base.graph, corrected.graph);
    graph.updateNodeAttribute("country:zorvia-republic", "aliases", (aliases) => [...(aliases ?? []), "Z"]);
    graph.forEachEdge((_, attributes) => attributes.sentences.push("s99"));
    expect(corrected).toStrictEqual(applyCorrections(base, [MERGE]).file);
  });
});

describe("the links graph a highlight draws, patched after a correction", () => {
  /** The graph sigma draws while `node` is selected, as the explorer derives it. */
  const view = (graph: EntityGraph, node: string) => {
    const scoped = deriveScopedView(graph, null, computeVisibility(graph, null, DEFAULT_FILTERS));
    const model = highlightScope(deriveDisplayModel(graph, { ...createViewStore().get(), selection: { kind: "node", node } }, scoped.visibility), scoped);
    return { scoped, model };
  };

  it.each(STEPS)("is the links graph built anew after %s, and after its undo", (_, operations) => {
    const corrected = applyCorrections(base, operations).file;
    const graph = importGraph(base);
    const drawnGraph = createDrawnGraph(graph);
    // Zorvia Republic is in every corrected graph, and a merge gives it links it did not have.
    const before = view(graph, "country:zorvia-republic");
    const drawn = drawnGraph(before.scoped, before.model);
    for (const [from, to] of [
      [base, corrected],
      [corrected, base],
    ] as const) {
      const changes = updateGraph(graph, from.graph, to.graph, { quiet: true });
      const { scoped, model } = view(graph, "country:zorvia-republic");
      const patched = drawnGraph.patch(scoped, model, changes);
      expect(patched).not.toBeNull();
      // The same graph object, now the one the view draws: nothing is built again.
      expect(drawnGraph(scoped, model)).toBe(drawn);
      const fresh = linksGraph(graph, model.focusEdges!);
      expect(drawn.nodes()).toEqual(fresh.nodes());
      expect(drawn.edges().sort()).toEqual(fresh.edges().sort());
      drawn.forEachNode((node, attributes) => expect(attributes).toBe(graph.getNodeAttributes(node)));
      drawn.forEachEdge((edge, attributes, source, target) => {
        expect(attributes).toBe(graph.getEdgeAttributes(edge));
        expect([source, target]).toEqual(graph.extremities(edge));
      });
      // What sigma is told: every link that left, came or changed, and the nodes as the graph's changes say.
      expect(patched!.droppedNodes).toEqual(changes.droppedNodes.filter((node) => !graph.hasNode(node)));
      expect(patched!.addedNodes).toEqual(changes.addedNodes);
      for (const edge of patched!.addedEdges) expect(drawn.hasEdge(edge)).toBe(true);
      for (const edge of patched!.droppedEdges) expect(drawn.hasEdge(edge) && !patched!.addedEdges.includes(edge)).toBe(false);
    }
  });

  it("is not patched when nothing is highlighted: the graph itself is drawn", () => {
    const graph = importGraph(base);
    const drawnGraph = createDrawnGraph(graph);
    const scoped = deriveScopedView(graph, null, computeVisibility(graph, null, DEFAULT_FILTERS));
    const model = highlightScope(deriveDisplayModel(graph, createViewStore().get(), scoped.visibility), scoped);
    expect(drawnGraph(scoped, model)).toBe(graph);
    const changes = updateGraph(graph, base.graph, applyCorrections(base, [MERGE]).file.graph, { quiet: true });
    expect(drawnGraph.patch(scoped, model, changes)).toBeNull();
  });
});

describe("patchEvidenceIndex", () => {
  const sorted = (index: ReturnType<typeof indexEvidence>) => ({ ...index, nodes: [...index.nodes].sort((a, b) => (a[0] < b[0] ? -1 : 1)) });

  it.each([...STEPS, ["a stop entry that empties no sentence and a merge", [{ op: "stop", name: "ZU" }, MERGE]] as [string, CorrectionOperation[]]])(
    "gives the corrected file's index after %s, and the base's again on undo",
    (_, operations) => {
      const index = indexEvidence(base.documents, base.sentences);
      const corrected: GraphFile = applyCorrections(base, operations).file;
      const patched = patchEvidenceIndex(base, index, corrected);
      expect(sorted(patched)).toStrictEqual(sorted(indexEvidence(corrected.documents, corrected.sentences)));
      expect(sorted(patchEvidenceIndex(corrected, patched, base))).toStrictEqual(sorted(index));
    },
  );

  it("builds the index anew when a sentence loses its last mention, and for another graph", () => {
    const emptied = smallGraphFile({ "a.txt": [["WN wrote.", [["WN", "organization"]]], ["Alma Qarnabi spoke.", [["Alma Qarnabi", "person"]]]] });
    const index = indexEvidence(emptied.documents, emptied.sentences);
    const corrected = applyCorrections(emptied, [{ op: "remove", node: "organization:wn" }]).file;
    const patched = patchEvidenceIndex(emptied, index, corrected);
    expect(patched.sentences).toEqual([corrected.sentences[1]?.id]);
    expect(patched).toStrictEqual(indexEvidence(corrected.documents, corrected.sentences));
    expect(patchEvidenceIndex(emptied, index, base)).toStrictEqual(indexEvidence(base.documents, base.sentences));
  });
});
