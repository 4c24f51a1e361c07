import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS, type Filters } from "../../src/app/view-state.ts";
import { computeVisibility } from "../../src/app/visibility.ts";
import { importGraph, loadSmallGraphFile, indexGraphFile } from "./helpers.ts";

const file = loadSmallGraphFile();
const graph = importGraph(file);
const index = indexGraphFile(file);
const visibility = (filters: Partial<Filters>) => computeVisibility(graph, index, { ...DEFAULT_FILTERS, ...filters });
const EAWORLDVIEW = "eaworldview-rouhani-putin-call.txt";

describe("computeVisibility", () => {
  it("shows everything by default and counts every type", () => {
    const all = visibility({});
    expect(all.hiddenNodes.size).toBe(0);
    expect(all.hiddenEdges.size).toBe(0);
    expect(all.countedSentences).toBeNull();
    expect(all.typeCounts).toEqual({ person: 6, country: 6, place: 4, organization: 3, group: 0 });
    expect(all.visibleNodes).toBe(graph.order);
  });

  it("keeps the legend count of a hidden type, so the legend can say what it would show", () => {
    const noPlaces = visibility({ hiddenTypes: ["place"] });
    expect(noPlaces.typeCounts.place).toBe(4);
    expect(noPlaces.visibleNodes).toBe(graph.order - 4);
    expect(noPlaces.hiddenEdges.has(graph.edge("person:vladimir-putin", "place:hmeimim") ?? "")).toBe(true);
  });

  it("makes legend counts follow the mention threshold", () => {
    expect(visibility({ minMentions: 4 }).typeCounts).toEqual({ person: 3, country: 3, place: 0, organization: 0, group: 0 });
  });

  it("recounts mentions and weights over the documents that count", () => {
    const only = visibility({ excludedDocuments: file.documents.map((doc) => doc.id).filter((id) => id !== EAWORLDVIEW) });
    expect(only.countedSentences?.size).toBe(5);
    expect(only.nodeMentions.get("person:vladimir-putin")).toBe(3);
    expect(only.edgeWeights.get(graph.edge("person:vladimir-putin", "person:hassan-rouhani") ?? "")).toBe(2);
    // Bashar al-Assad is not named in that article.
    expect(only.hiddenNodes.has("person:bashar-al-assad")).toBe(true);
    expect(only.typeCounts.place).toBe(1);
  });

  it("counts a sentence repeated in two articles while either still counts", () => {
    const [beirut, gaza] = file.documents;
    expect(visibility({ excludedDocuments: [beirut!.id] }).hiddenNodes.has("place:bishkek")).toBe(false);
    expect(visibility({ excludedDocuments: [beirut!.id, gaza!.id] }).hiddenNodes.has("place:bishkek")).toBe(true);
  });

  it("hides everything when no document counts", () => {
    const none = visibility({ excludedDocuments: file.documents.map((doc) => doc.id) });
    expect(none.visibleNodes).toBe(0);
    expect(none.visibleEdges).toBe(0);
  });

  it("hides edges under the weight threshold but keeps their nodes", () => {
    const heavy = visibility({ minWeight: 3 });
    expect(heavy.visibleNodes).toBe(graph.order);
    expect(heavy.visibleEdges).toBeLessThan(graph.size);
    heavy.edgeWeights.forEach((weight, edge) => expect(heavy.hiddenEdges.has(edge)).toBe(weight < 3));
  });
});
