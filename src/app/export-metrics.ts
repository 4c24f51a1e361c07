// The explorer + the graph an export writes → the metrics the export writes with it: none until the user
// has asked for metrics (the export then computes degree, weighted degree and PageRank itself), else the
// exported graph's own, betweenness included: the page's when the export is the whole graph, otherwise
// computed for the exported graph in the metrics worker. Side effect: may start that worker.
import type { ExportGraph } from "../export/index.ts";
import type { NodeMetrics } from "../graph/compute-node-metrics.ts";
import type { Explorer } from "./explorer.ts";
import { requestNodeMetrics } from "./request-node-metrics.ts";

/**
 * The metrics to pass to an export of `shown`, or undefined when the user has computed none.
 * @example format.render(shown, { metrics: await exportMetrics(explorer, shown) })
 */
export async function exportMetrics(explorer: Explorer, shown: ExportGraph): Promise<NodeMetrics | undefined> {
  const { metrics } = explorer.look.get();
  if (metrics === null) return undefined;
  // Every node and link, each link at its full weight: the metrics the page computed are this graph's.
  const whole = shown.order === explorer.graph.order && shown.size === explorer.graph.size && explorer.visibility().countedSentences === null;
  return whole ? metrics : requestNodeMetrics(shown);
}
