import { describe, expect, it } from "vitest";
import { countDocuments, shownGraph } from "../../src/app/shown-graph.ts";
import { DEFAULT_FILTERS, type Filters } from "../../src/app/view-state.ts";
import { computeVisibility } from "../../src/app/visibility.ts";
import { importGraph, indexGraphFile, loadSmallGraphFile } from "./helpers.ts";

const file = loadSmallGraphFile();
const graph = importGraph(file);
const index = indexGraphFile(file);
const EAWORLDVIEW = "eaworldview-rouhani-putin-call.txt";
const PUTIN = "person:vladimir-putin";
const view = (filters: Partial<Filters>, drawnSize?: (node: string) => number | undefined) => {
  const all = { ...DEFAULT_FILTERS, ...filters };
  return shownGraph({ graph, visibility: computeVisibility(graph, index, all), index, excludedDocuments: all.excludedDocuments, drawnSize });
};

describe("shownGraph", () => {
  it("is the whole graph, counts as stored, when nothing is filtered", () => {
    const shown = view({});
    expect(shown.order).toBe(graph.order);
    expect(shown.size).toBe(graph.size);
    expect(shown.getNodeAttribute(PUTIN, "documents")).toBe(graph.getNodeAttribute(PUTIN, "documents"));
  });

  it("leaves out a hidden type and the links to it", () => {
    const shown = view({ hiddenTypes: ["place"] });
    expect(shown.filterNodes((_, a) => a.type === "place")).toEqual([]);
    expect(shown.hasNode("place:hmeimim")).toBe(false);
    expect(shown.order).toBe(graph.order - 4);
  });

  it("counts mentions, documents and weights over the documents that count", () => {
    const shown = view({ excludedDocuments: file.documents.map((doc) => doc.id).filter((id) => id !== EAWORLDVIEW) });
    expect(shown.getNodeAttribute(PUTIN, "mentions")).toBe(3);
    expect(shown.getNodeAttribute(PUTIN, "documents")).toBe(1);
    expect(shown.getEdgeAttribute(shown.edge(PUTIN, "person:hassan-rouhani") as string, "weight")).toBe(2);
    expect(shown.hasNode("person:bashar-al-assad")).toBe(false);
  });

  it("gives each node its drawn size, and leaves the stored graph as it was", () => {
    const shown = view({}, (node) => (node === PUTIN ? 42 : undefined));
    expect(shown.getNodeAttribute(PUTIN, "size")).toBe(42);
    expect(graph.getNodeAttributes(PUTIN)).not.toHaveProperty("size", 42);
  });
});

describe("countDocuments", () => {
  it("counts the documents naming a node, the excluded ones left out", () => {
    expect(countDocuments(index, PUTIN, new Set())).toBe(graph.getNodeAttribute(PUTIN, "documents"));
    expect(countDocuments(index, PUTIN, new Set([EAWORLDVIEW]))).toBe(graph.getNodeAttribute(PUTIN, "documents") - 1);
    expect(countDocuments(null, PUTIN, new Set())).toBeNull();
  });
});
