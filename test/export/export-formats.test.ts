import { describe, expect, it } from "vitest";
import { GRAPH_EXPORT_FORMATS } from "../../src/export/export-formats.ts";
import { readGraphFile } from "../../src/export/index.ts";
import { buildPlainGraph } from "./fixtures.ts";

describe("GRAPH_EXPORT_FORMATS", () => {
  it("names each format, its button and its download once", () => {
    for (const key of ["id", "label", "fileName"] as const) {
      const values = GRAPH_EXPORT_FORMATS.map((f) => f[key]);
      expect(new Set(values).size).toBe(values.length);
    }
  });

  it("renders the shown graph in each format: GEXF that reads back, a CSV row per node and per edge", () => {
    const graph = buildPlainGraph();
    const rendered = Object.fromEntries(GRAPH_EXPORT_FORMATS.map((f) => [f.id, f.render(graph, { description: "test" })]));
    expect(readGraphFile(rendered.gexf ?? "").graph.nodes).toHaveLength(graph.order);
    expect(rendered["nodes-csv"]?.split("\r\n")).toHaveLength(graph.order + 2);
    expect(rendered["edges-csv"]?.split("\r\n")).toHaveLength(graph.size + 2);
  });
});
