// Graph → nodes.csv and edges.csv text: RFC 4180 (comma, CRLF, fields quoted when needed) for spreadsheets.
// Text cells that a spreadsheet would run as a formula (= + - @, tab, CR first) get a leading apostrophe.
import { joinAliases } from "./aliases.ts";
import { nodeMetricColumns, type ExportMetrics } from "./node-metric-columns.ts";
import type { ExportGraph } from "./to-gexf.ts";

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** Quotes one text cell: neutralises formula starts, then doubles quotes and wraps when RFC 4180 needs it. */
export function toCsvCell(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toCsvNumber(value: number): string {
  return Number.isFinite(value) ? String(value) : "";
}

function toCsv(rows: string[][]): string {
  return rows.map((row) => row.join(",")).join("\r\n") + "\r\n";
}

/**
 * One row per node: id, label, type, aliases (joined by " | "), mentions, documents, community, then the
 * metrics of this graph: degree, weighted_degree, pagerank, and betweenness when `metrics` has it.
 */
export function toNodesCsv(graph: ExportGraph, options: { metrics?: ExportMetrics } = {}): string {
  const metrics = nodeMetricColumns(graph, options.metrics);
  const rows = [["id", "label", "type", "aliases", "mentions", "documents", "community", ...metrics.map(({ name }) => name)]];
  graph.forEachNode((key, attributes) => {
    rows.push([
      toCsvCell(key),
      toCsvCell(attributes.label ?? key),
      toCsvCell(String(attributes.type)),
      toCsvCell(joinAliases(attributes.aliases ?? [])),
      toCsvNumber(attributes.mentions),
      toCsvNumber(attributes.documents),
      Number.isInteger(attributes.community) ? String(attributes.community) : "",
      ...metrics.map(({ values }) => toCsvNumber(values.get(key) ?? NaN)),
    ]);
  });
  return toCsv(rows);
}

/** One row per edge: source and target node ids, weight (the number of shared sentences), top relation label and class. */
export function toEdgesCsv(graph: ExportGraph): string {
  const rows = [["source", "target", "weight", "relation", "relation_class"]];
  graph.forEachEdge((_key, attributes, source, target) => {
    const top = attributes.relations?.[0];
    rows.push([toCsvCell(source), toCsvCell(target), toCsvNumber(attributes.weight), toCsvCell(top?.label ?? ""), toCsvCell(top?.class ?? "")]);
  });
  return toCsv(rows);
}
