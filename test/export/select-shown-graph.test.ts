import { describe, expect, it } from "vitest";
import { selectShownGraph } from "../../src/export/index.ts";
import { buildPlainGraph } from "./fixtures.ts";

describe("selectShownGraph", () => {
  it.each([
    ["nothing hidden", [], [], 5, 5],
    ["places hidden (their edges go too)", ["place:tehran"], [], 4, 4],
    ["one edge hidden", [], ["e1"], 5, 4],
    ["a node and an edge hidden", ["organization:united-nations"], ["e0"], 4, 2],
    ["everything hidden", ["country:iran", "person:hassan-rouhani", "country:united-states", "place:tehran", "organization:united-nations"], [], 0, 0],
  ])("keeps what is shown with %s", (_, hiddenNodes, hiddenEdges, order, size) => {
    const shown = selectShownGraph(buildPlainGraph(), { hiddenNodes: new Set(hiddenNodes), hiddenEdges: new Set(hiddenEdges) });
    expect([shown.order, shown.size]).toEqual([order, size]);
    for (const node of hiddenNodes) expect(shown.hasNode(node)).toBe(false);
    for (const edge of hiddenEdges) expect(shown.hasEdge(edge)).toBe(false);
  });

  it("applies the page's per-item changes without touching the graph it reads", () => {
    const graph = buildPlainGraph();
    const before = JSON.stringify(graph.export());
    const shown = selectShownGraph(graph, {
      hiddenNodes: new Set(),
      hiddenEdges: new Set(),
      node: (key, attributes) => (key === "country:iran" ? { mentions: attributes.mentions - 4, size: 30 } : {}),
      edge: (key) => (key === "e0" ? { weight: 1 } : {}),
    });
    expect(shown.getNodeAttributes("country:iran")).toMatchObject({ mentions: 10, size: 30, label: "Iran" });
    expect(shown.getEdgeAttribute("e0", "weight")).toBe(1);
    expect(shown.getEdgeAttribute("e1", "weight")).toBe(4);
    expect(JSON.stringify(graph.export())).toBe(before);
    shown.setNodeAttribute("place:tehran", "label", "changed");
    expect(graph.getNodeAttribute("place:tehran", "label")).toBe("Tehran");
  });
});
