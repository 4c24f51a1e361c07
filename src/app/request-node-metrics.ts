// The explorer's graph → its node metrics, computed in a worker (src/app/metrics-worker.ts) so the page
// stays responsive; where workers are missing, in the page. Side effect: starts and ends one worker.
import { computeNodeMetrics, type NodeMetrics } from "../graph/compute-node-metrics.ts";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { MetricsMessage, MetricsRequest } from "./metrics-worker.ts";

/**
 * Computes every node's degree, weighted degree, PageRank and betweenness off the main thread.
 * @example const metrics = await requestNodeMetrics(explorer.graph);
 */
export function requestNodeMetrics(graph: AbstractGraph<Attributes, { weight: number }>): Promise<NodeMetrics> {
  if (typeof Worker === "undefined") return Promise.resolve(computeNodeMetrics(graph));
  const keys = graph.nodes();
  const position = new Map(keys.map((key, i) => [key, i]));
  const request: MetricsRequest = {
    keys,
    sources: new Uint32Array(graph.size),
    targets: new Uint32Array(graph.size),
    weights: new Float64Array(graph.size),
  };
  let i = 0;
  graph.forEachEdge((_edge, { weight }, source, target) => {
    request.sources[i] = position.get(source)!;
    request.targets[i] = position.get(target)!;
    request.weights[i++] = weight;
  });
  const worker = new Worker(new URL("./metrics-worker.ts", import.meta.url), { type: "module", name: "entity-graph-metrics" });
  return new Promise<NodeMetrics>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<MetricsMessage>) => {
      worker.terminate();
      if (event.data.type === "done") resolve(event.data.metrics);
      else reject(new Error(`entity-graph metrics: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`entity-graph metrics: the worker failed (${event.message})`));
    };
    worker.postMessage(request, [request.sources.buffer, request.targets.buffer, request.weights.buffer]);
  });
}
