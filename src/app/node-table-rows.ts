// Graph + what the filters hide + metrics → the rows of the node table, and their order for a column.
// Pure: src/app/node-table.ts draws the rows in view.
import { COMPUTED_METRICS, type ComputedMetric, type NodeMetrics } from "../graph/compute-node-metrics.ts";
import { TYPE_SINGULAR } from "../graph/appearance.ts";
import type { EntityGraph } from "../graph/types.ts";
import type { EntityType } from "../extract/types.ts";

/** The table's columns, in order: what each shows and whether it is text or a number. */
export const TABLE_COLUMNS = [
  { id: "label", label: "Entity", numeric: false },
  { id: "type", label: "Type", numeric: false },
  { id: "mentions", label: "Mentions", numeric: true },
  { id: "documents", label: "Documents", numeric: true },
  { id: "degree", label: "Degree", numeric: true },
  { id: "weightedDegree", label: "Weighted degree", numeric: true },
  { id: "pagerank", label: "PageRank", numeric: true },
  { id: "betweenness", label: "Betweenness", numeric: true },
] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number]["id"];

/** One node's row; computed metrics are null until they are in. */
export interface TableRow {
  key: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
  degree: number | null;
  weightedDegree: number | null;
  pagerank: number | null;
  betweenness: number | null;
}

/** The rows of the nodes the filters leave visible, in the graph's order. */
export function tableRows(graph: EntityGraph, hiddenNodes: ReadonlySet<string>, metrics: NodeMetrics | null): TableRow[] {
  const position = metrics ? new Map(metrics.keys.map((key, i) => [key, i])) : null;
  const rows: TableRow[] = [];
  graph.forEachNode((key, { label, type, mentions, documents }) => {
    if (hiddenNodes.has(key)) return;
    const i = position?.get(key);
    const metric = (id: ComputedMetric) => (metrics && i !== undefined ? (metrics.values[id][i] ?? null) : null);
    rows.push({ key, label, type, mentions, documents, ...Object.fromEntries(COMPUTED_METRICS.map((id) => [id, metric(id)])) } as TableRow);
  });
  return rows;
}

/** The rows sorted by a column: numbers and text as the user expects, ties by label then key, missing values last. */
export function sortRows(rows: readonly TableRow[], column: TableColumn, direction: "ascending" | "descending"): TableRow[] {
  const sign = direction === "ascending" ? 1 : -1;
  const text = (row: TableRow) => (column === "type" ? TYPE_SINGULAR[row.type] : row.label);
  const byLabel = (a: TableRow, b: TableRow) => a.label.localeCompare(b.label, "en") || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return [...rows].sort((a, b) => {
    if (column === "label" || column === "type") return sign * text(a).localeCompare(text(b), "en") || byLabel(a, b);
    const x = a[column];
    const y = b[column];
    if (x === null || y === null) return x === y ? byLabel(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byLabel(a, b);
  });
}

/** A cell's text: counts with separators, metrics to three significant digits, "…" while being computed. */
export function formatCell(row: TableRow, column: TableColumn): string {
  if (column === "label") return row.label;
  if (column === "type") return TYPE_SINGULAR[row.type];
  const value = row[column];
  if (value === null) return "…";
  if (column === "pagerank" || column === "betweenness") return value === 0 ? "0" : value.toPrecision(3);
  return value.toLocaleString("en-US");
}

/** The rows to draw for a scroll position: first and end index, with `overscan` rows beyond each edge. */
export function visibleRange(scrollTop: number, viewportHeight: number, rowHeight: number, count: number, overscan = 8): { start: number; end: number } {
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((scrollTop + viewportHeight) / rowHeight) + overscan);
  return { start, end: Math.max(start, end) };
}
