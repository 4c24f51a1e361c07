// Two entities → the shortest paths between them (fewest links), up to `limit`, heaviest first (the most
// shared sentences along the way). Pure: breadth-first from both ends, then the k heaviest paths of the
// shortest-path graph by dynamic programming, one pass over its edges.
import type { EntityGraph } from "../graph/types.ts";

/** One path: its nodes from source to target, the edges between them, and the sum of their weights. */
export interface EntityPath {
  nodes: string[];
  edges: string[];
  weight: number;
}

/** What counts as a link, and how strong it is, under the current filters. */
export interface PathOptions {
  /** Most paths returned. */
  limit: number;
  /** False for an edge the filters hide: no path goes through it. */
  isShown(edge: string): boolean;
  weight(edge: string): number;
}

/**
 * Finds the shortest paths from `source` to `target` over the shown edges; among them the `limit` heaviest,
 * ties by their nodes' keys. Empty when either node is missing, they are the same, or nothing links them.
 *
 * graphology-shortest-path finds one shortest path (or all from one source) over every edge of the graph;
 * the filters need a walk that skips hidden edges, and the ranking needs every shortest path, so the
 * breadth-first search is here (a hub's thousands of equally short paths are never listed one by one).
 * @example pathsBetween(graph, "person:bashar-al-assad", "person:mohammad-javad-zarif", { limit: 5, isShown: () => true, weight: (e) => graph.getEdgeAttribute(e, "weight") })
 */
export function pathsBetween(graph: EntityGraph, source: string, target: string, options: PathOptions): EntityPath[] {
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target || options.limit < 1) return [];
  const fromSource = distances(graph, source, options.isShown, target);
  const length = fromSource.get(target);
  if (length === undefined) return [];
  const fromTarget = distances(graph, target, options.isShown, source);
  const onPath = (node: string, step: number) => fromSource.get(node) === step && fromTarget.get(node) === length - step;

  // Layers of the shortest-path graph: layer i holds the nodes i links from the source on a shortest path.
  const layers: string[][] = Array.from({ length: length + 1 }, () => []);
  for (const [node, step] of fromSource) if (step <= length && onPath(node, step)) layers[step]!.push(node);

  // best.get(v): the `limit` heaviest paths from v to the target, heaviest first.
  const best = new Map<string, EntityPath[]>([[target, [{ nodes: [target], edges: [], weight: 0 }]]]);
  for (let step = length - 1; step >= 0; step--) {
    for (const node of layers[step]!) {
      const candidates: EntityPath[] = [];
      graph.forEachEdge(node, (edge, _attributes, a, b) => {
        if (!options.isShown(edge)) return;
        const next = a === node ? b : a;
        const tails = best.get(next);
        if (!tails || !onPath(next, step + 1)) return;
        const weight = options.weight(edge);
        for (const tail of tails) candidates.push({ nodes: [node, ...tail.nodes], edges: [edge, ...tail.edges], weight: weight + tail.weight });
      });
      candidates.sort(heaviestFirst);
      best.set(node, candidates.slice(0, options.limit));
    }
  }
  return best.get(source) ?? [];
}

/** Heavier first; equal weights by their nodes' keys, so the order is the same from run to run. */
function heaviestFirst(a: EntityPath, b: EntityPath): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  const x = a.nodes.join("\u0000");
  const y = b.nodes.join("\u0000");
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Links from `start` to every node it reaches over shown edges; stops after the layer that reaches `stop`. */
function distances(graph: EntityGraph, start: string, isShown: (edge: string) => boolean, stop: string): Map<string, number> {
  const seen = new Map([[start, 0]]);
  let frontier = [start];
  for (let step = 1; frontier.length > 0 && !seen.has(stop); step++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attributes, a, b) => {
        const other = a === node ? b : a;
        if (seen.has(other) || !isShown(edge)) return;
        seen.set(other, step);
        next.push(other);
      });
    }
    frontier = next;
  }
  return seen;
}
