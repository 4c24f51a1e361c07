// The page's metrics worker: a graph's node keys and links → computeNodeMetrics of it, so PageRank and
// betweenness of a big graph never hold the page. Started by src/app/request-node-metrics.ts.
import { UndirectedGraph } from "graphology";
import { computeNodeMetrics, type NodeMetrics } from "../graph/compute-node-metrics.ts";

/** What the page sends: node keys, and each link as two positions in `keys` and its weight. */
export interface MetricsRequest {
  keys: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  weights: Float64Array;
}

/** What the worker answers. */
export type MetricsMessage = { type: "done"; metrics: NodeMetrics } | { type: "failed"; message: string };

// The DOM typings describe a window; this is a dedicated worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MetricsRequest>) => void) | null;
  postMessage(message: MetricsMessage): void;
};

scope.onmessage = (event) => {
  try {
    const { keys, sources, targets, weights } = event.data;
    const graph = new UndirectedGraph<Record<string, never>, { weight: number }>();
    for (const key of keys) graph.addNode(key);
    for (let i = 0; i < sources.length; i++) graph.addEdge(keys[sources[i]!]!, keys[targets[i]!]!, { weight: weights[i]! });
    scope.postMessage({ type: "done", metrics: computeNodeMetrics(graph) });
  } catch (error) {
    scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) });
  }
};
