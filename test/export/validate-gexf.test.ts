import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/index.ts";
import { buildNastyGraph, buildPlainGraph, type FixtureGraph } from "./fixtures.ts";
import { validateGexf } from "./validate.ts";

describe("validate-gexf on toGexf output", () => {
  it.each([
    ["the plain graph", buildPlainGraph],
    ["the graph of nasty labels", buildNastyGraph],
    ["the empty graph", () => new UndirectedGraph() as FixtureGraph],
    [
      "a graph with the page's hex and rgba colours",
      () => {
        const graph = buildPlainGraph();
        graph.mergeNodeAttributes("place:tehran", { color: "#ccc", size: 2 });
        graph.mergeNodeAttributes("country:iran", { color: "rgba(41, 128, 185, 0.25)" });
        return graph;
      },
    ],
  ])("passes for %s", (_, build) => {
    const graph = build();
    const { status, output } = validateGexf(toGexf(graph, { description: "test & <check>", lastModifiedDate: "2024-05-01" }));
    expect(status, output).toBe(0);
    expect(output).toContain("RESULT: PASS");
    expect(output).toContain(`INFO: nodes: ${graph.order}`);
    expect(output).toContain(`INFO: edges: ${graph.size}`);
    if (graph.order > 0) {
      expect(output).toContain(`color=${graph.order}, position=${graph.order}, size=${graph.order}`);
      expect(output).toMatch(/node attribute keys \(networkx, key=count\): aliases=\d+, community=\d+, documents=\d+, label=\d+, mentions=\d+, type=\d+, viz=\d+/);
    }
  });

  it("fails on a file a client would reject (so a pass above means something)", () => {
    const broken = toGexf(buildPlainGraph()).replace('<viz:color r="228" g="87" b="46"/>', '<viz:color hex="#e4572e"/>');
    const { status, output } = validateGexf(broken);
    expect(status, output).toBe(1);
    expect(output).toContain("networkx.read_gexf raised");
  });
});
