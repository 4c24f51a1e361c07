// A graph → each node's degree, weighted degree, PageRank and betweenness, as arrays beside the node keys
// (cheap to post from a worker); `computeCheapMetrics` the first three alone (what every export writes).
// Pure. Betweenness is exact up to EXACT_BETWEENNESS_UP_TO nodes and sampled above (Brandes and Pich's
// pivots: shortest paths from BETWEENNESS_PIVOTS evenly spread sources).
import type Graph from "graphology";
import type { Attributes } from "graphology-types";
import betweennessCentrality from "graphology-metrics/centrality/betweenness";
import pagerank from "graphology-metrics/centrality/pagerank";
import { weightedDegree } from "graphology-metrics/node/weighted-degree";
import { createUnweightedIndexedBrandes } from "graphology-shortest-path/indexed-brandes";

/** The metrics computed here, in the order menus list them. */
export const COMPUTED_METRICS = ["degree", "weightedDegree", "pagerank", "betweenness"] as const;
export type ComputedMetric = (typeof COMPUTED_METRICS)[number];
/** The metrics that cost a pass or a few dozen over the links (not betweenness's O(V·E)). */
export const CHEAP_METRICS = ["degree", "weightedDegree", "pagerank"] as const satisfies readonly ComputedMetric[];
export type CheapMetric = (typeof CHEAP_METRICS)[number];

/** Exact betweenness costs O(V·E): past this many nodes it is sampled. */
export const EXACT_BETWEENNESS_UP_TO = 2_000;
/** Sources of the sampled betweenness: 500 of the UN graph's 9,235 nodes take about as long as exact on 2,000. */
export const BETWEENNESS_PIVOTS = 500;

/** Every node's metrics, `values[metric][i]` for `keys[i]`. */
export interface NodeMetrics {
  keys: string[];
  values: Record<ComputedMetric, number[]>;
  /** How betweenness was computed: exactly, or from this many sampled sources. */
  betweenness: { kind: "exact" } | { kind: "sampled"; pivots: number };
}

/** The cheap metrics of every node, `values[metric][i]` for `keys[i]`. */
export interface CheapNodeMetrics {
  keys: string[];
  values: Record<CheapMetric, number[]>;
}

/** Options of `computeNodeMetrics`, for tests: where sampling starts and with how many sources. */
export interface NodeMetricsOptions {
  exactBetweennessUpTo?: number;
  pivots?: number;
}

/**
 * Computes the metrics of every node. Links count by their `weight` (shared sentences) for the weighted
 * degree and PageRank; betweenness counts hops, since a heavy link is a strong one, not a long one.
 * @example const { keys, values } = computeNodeMetrics(graph); values.pagerank[keys.indexOf("person:donald-trump")]
 */
export function computeNodeMetrics<N extends Attributes, E extends Attributes>(graph: Graph<N, E>, options: NodeMetricsOptions = {}): NodeMetrics {
  const { keys, values } = computeCheapMetrics(graph);
  const exactUpTo = options.exactBetweennessUpTo ?? EXACT_BETWEENNESS_UP_TO;
  const pivots = Math.max(1, options.pivots ?? BETWEENNESS_PIVOTS);
  const sampled = graph.order > exactUpTo && pivots < graph.order;
  // graphology-metrics' Brandes cannot start on an empty graph (its stack needs a capacity).
  const betweenness =
    graph.order === 0 ? {} : sampled ? sampledBetweenness(graph, pivots) : betweennessCentrality(graph, { getEdgeWeight: null, normalized: true });
  return {
    keys,
    values: { ...values, betweenness: keys.map((key) => betweenness[key] ?? 0) },
    betweenness: sampled ? { kind: "sampled", pivots } : { kind: "exact" },
  };
}

/**
 * Degree, weighted degree and PageRank of every node: cheap enough to compute for every export.
 * @example const { keys, values } = computeCheapMetrics(graph); values.degree[keys.indexOf("country:iran")]
 */
export function computeCheapMetrics<N extends Attributes, E extends Attributes>(graph: Graph<N, E>): CheapNodeMetrics {
  const keys = graph.nodes();
  const weight = (_edge: string, attributes: E) => (typeof attributes.weight === "number" ? attributes.weight : 1);
  const ranks = graph.size === 0 ? null : pagerank(graph, { getEdgeWeight: (edge, attributes) => weight(edge, attributes) });
  return {
    keys,
    values: {
      degree: keys.map((key) => graph.degree(key)),
      weightedDegree: keys.map((key) => weightedDegree(graph, key, weight)),
      pagerank: keys.map((key) => ranks?.[key] ?? (graph.order > 0 ? 1 / graph.order : 0)),
    },
  };
}

/**
 * Betweenness from `pivots` sources spread evenly over the nodes, scaled by order / pivots and normalised
 * as graphology-metrics does, so it estimates the exact figure (Brandes & Pich 2007). Brandes' single-source
 * step is graphology-shortest-path's, the one graphology-metrics runs for every source.
 */
function sampledBetweenness<N extends Attributes, E extends Attributes>(graph: Graph<N, E>, pivots: number): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const order = graph.order;
  const delta = new Float64Array(order);
  const centralities = new Float64Array(order);
  const step = order / pivots;
  for (let p = 0; p < pivots; p++) {
    const source = Math.floor(p * step);
    const [stack, predecessors, paths] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop()!;
      const coefficient = (1 + delta[w]!) / paths[w]!;
      for (const v of predecessors[w]!) delta[v]! += paths[v]! * coefficient;
      if (w !== source) centralities[w]! += delta[w]!;
    }
  }
  const scale = (order / pivots) * (order <= 2 ? 1 : 1 / ((order - 1) * (order - 2)));
  const result: Record<string, number> = {};
  const collected = (brandes as unknown as { index: { collect(values: Float64Array): Record<string, number> } }).index.collect(centralities);
  for (const [key, value] of Object.entries(collected)) result[key] = value * scale;
  return result;
}
