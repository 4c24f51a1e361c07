// A graph (+ its metrics, when the caller computed them) → the metric columns every export writes per node:
// degree, weighted degree and PageRank always (computed here, on the graph written: cheap), betweenness when
// the caller gives metrics (the page computes them in a worker once the user asked for them). Pure.
import { computeCheapMetrics, type ComputedMetric } from "../graph/compute-node-metrics.ts";
import type { ExportGraph } from "./to-gexf.ts";

/** The metric columns, in the order the exports write them: the metric and its column (and GEXF attribute) name. */
export const METRIC_COLUMNS: readonly { metric: ComputedMetric; name: string }[] = [
  { metric: "degree", name: "degree" },
  { metric: "weightedDegree", name: "weighted_degree" },
  { metric: "pagerank", name: "pagerank" },
  { metric: "betweenness", name: "betweenness" },
];

/**
 * Metrics of the very graph being exported, `values[metric][i]` for `keys[i]`: what `computeNodeMetrics`
 * returns. Metrics it leaves out are computed by the export when cheap, else not written.
 */
export interface ExportMetrics {
  keys: readonly string[];
  values: Partial<Record<ComputedMetric, readonly number[]>>;
}

/** One metric column: its name and each node's value. */
export interface MetricColumn {
  name: string;
  values: ReadonlyMap<string, number>;
}

/**
 * The metric columns of `graph`: those of `metrics` (which must cover every node: they are the metrics of
 * this graph, not of a bigger one it was cut from), the cheap ones computed where `metrics` has none.
 * @example nodeMetricColumns(graph).map((column) => column.name) // ["degree", "weighted_degree", "pagerank"]
 */
export function nodeMetricColumns(graph: ExportGraph, metrics?: ExportMetrics): MetricColumn[] {
  const given = metrics ? positions(graph, metrics) : null;
  const cheap = METRIC_COLUMNS.some(({ metric }) => metric !== "betweenness" && !metrics?.values[metric]) ? computeCheapMetrics(graph) : null;
  const columns: MetricColumn[] = [];
  for (const { metric, name } of METRIC_COLUMNS) {
    const fromCaller = metrics?.values[metric];
    if (fromCaller && given) {
      columns.push({ name, values: new Map([...given].map(([key, i]) => [key, fromCaller[i] ?? 0])) });
    } else if (cheap && metric !== "betweenness") {
      const computed = cheap.values[metric];
      columns.push({ name, values: new Map(cheap.keys.map((key, i) => [key, computed[i] ?? 0])) });
    }
  }
  return columns;
}

/** Where each node of the graph is in `metrics`; throws when one is missing (metrics of another graph). */
function positions(graph: ExportGraph, metrics: ExportMetrics): Map<string, number> {
  const index = new Map(metrics.keys.map((key, i) => [key, i]));
  const out = new Map<string, number>();
  graph.forEachNode((key) => {
    const i = index.get(key);
    if (i === undefined) throw new Error(`entity-graph/export: the metrics given have no value for node ${JSON.stringify(key)}: they must be the exported graph's`);
    out.set(key, i);
  });
  return out;
}
