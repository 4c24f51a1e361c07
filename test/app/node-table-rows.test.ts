import { describe, expect, it } from "vitest";
import { computeNodeMetrics } from "../../src/graph/compute-node-metrics.ts";
import { formatCell, sortRows, tableRows, visibleRange } from "../../src/app/node-table-rows.ts";
import { importGraph, loadSmallGraphFile } from "./helpers.ts";

const graph = importGraph(loadSmallGraphFile());
const metrics = computeNodeMetrics(graph);

describe("tableRows and sortRows", () => {
  it("has a row per visible node, with its metrics once computed and '…' before", () => {
    const hidden = new Set(graph.nodes().slice(0, 3));
    const rows = tableRows(graph, hidden, metrics);
    expect(rows).toHaveLength(graph.order - 3);
    expect(rows.some((row) => hidden.has(row.key))).toBe(false);
    const before = tableRows(graph, new Set(), null);
    expect(before.every((row) => row.pagerank === null)).toBe(true);
    expect(formatCell(before[0]!, "pagerank")).toBe("…");
  });

  it("sorts by a number both ways, and by label alphabetically", () => {
    const rows = tableRows(graph, new Set(), metrics);
    const byDegree = sortRows(rows, "degree", "descending").map((row) => row.degree!);
    expect(byDegree).toEqual([...byDegree].sort((a, b) => b - a));
    const up = sortRows(rows, "mentions", "ascending").map((row) => row.mentions);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    const labels = sortRows(rows, "label", "ascending").map((row) => row.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("formats counts with separators and metrics to three digits", () => {
    const row = { ...tableRows(graph, new Set(), metrics)[0]!, mentions: 12345, pagerank: 0.0123456 };
    expect(formatCell(row, "mentions")).toBe("12,345");
    expect(formatCell(row, "pagerank")).toBe("0.0123");
  });
});

describe("visibleRange", () => {
  it("draws only the rows in view of 10,000, plus the overscan", () => {
    expect(visibleRange(0, 260, 26, 10_000, 8)).toEqual({ start: 0, end: 18 });
    expect(visibleRange(26 * 5000, 260, 26, 10_000, 8)).toEqual({ start: 4992, end: 5018 });
    expect(visibleRange(26 * 9995, 260, 26, 10_000, 8)).toEqual({ start: 9987, end: 10_000 });
    expect(visibleRange(0, 260, 26, 0)).toEqual({ start: 0, end: 0 });
  });
});
