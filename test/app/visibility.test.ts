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

  describe("with dates and relations", () => {
    // The same graph, its documents dated one a month from January 2019 but the last (undated), and the
    // Putin–Rouhani link's sentences in EA WorldView labelled "ask" (communicates).
    const dated = { ...file, documents: file.documents.map((doc, i) => (i < file.documents.length - 1 ? { ...doc, date: `2019-0${i + 1}-15` } : doc)) };
    const datedIndex = indexGraphFile(dated);
    const relationGraph = importGraph(file);
    const putinRouhani = relationGraph.edge("person:vladimir-putin", "person:hassan-rouhani")!;
    const inEaWorldView = new Set(file.sentences.filter((s) => s.documents.includes(EAWORLDVIEW)).map((s) => s.id));
    const askSentences = relationGraph.getEdgeAttribute(putinRouhani, "sentences").filter((id) => inEaWorldView.has(id));
    relationGraph.setEdgeAttribute(putinRouhani, "relations", [{ label: "ask", class: "communicates", count: askSentences.length, sentences: askSentences, from: "person:hassan-rouhani" }]);
    const view = (filters: Partial<Filters>) => computeVisibility(relationGraph, datedIndex, { ...DEFAULT_FILTERS, ...filters });
    const eaMonth = `2019-0${file.documents.findIndex((doc) => doc.id === EAWORLDVIEW) + 1}`;

    it("counts only the documents dated in the brushed range, as the document list would", () => {
      const range = view({ dateRange: { from: eaMonth, to: eaMonth }, excludeUndated: true });
      const unticked = visibility({ excludedDocuments: file.documents.map((doc) => doc.id).filter((id) => id !== EAWORLDVIEW) });
      expect(range.countedSentences).toEqual(unticked.countedSentences);
      expect(range.nodeMentions).toEqual(unticked.nodeMentions);
      expect(range.edgeWeights).toEqual(unticked.edgeWeights);
      // With the undated document let in, more is counted.
      expect(view({ dateRange: { from: eaMonth, to: eaMonth } }).countedSentences!.size).toBeGreaterThan(range.countedSentences!.size);
    });

    it("shows only links with a relation of the chosen class, in the documents that count", () => {
      expect(askSentences.length).toBeGreaterThan(0);
      const talks = view({ relationClass: "communicates" });
      expect(talks.visibleEdges).toBe(1);
      expect(talks.hiddenEdges.has(putinRouhani)).toBe(false);
      expect(talks.visibleNodes).toBe(relationGraph.order);
      expect(view({ relationClass: "opposes" }).visibleEdges).toBe(0);
      // Out of EA WorldView's month, no counted sentence says "ask": the link is hidden.
      const other = file.documents.findIndex((doc, i) => doc.id !== EAWORLDVIEW && i < file.documents.length - 1);
      const month = `2019-0${other + 1}`;
      expect(view({ relationClass: "communicates", dateRange: { from: month, to: month } }).hiddenEdges.has(putinRouhani)).toBe(true);
    });
  });
});
