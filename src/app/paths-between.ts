// Two entities → the shortest paths between them (fewest links), up to `limit`, heaviest first (the most
// shared sentences along the way). Pure: breadth-first from both ends until they meet, then the k heaviest
// paths of the shortest-path graph by dynamic programming, one pass over its edges.
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
 * breadth-first search is here (a hub's thousands of equally short paths are never listed one by one). It
 * grows the smaller side a layer at a time: three links from a hub such as United States reach most of the
 * UN graph, while searches from both ends meet long before.
 * @example pathsBetween(graph, "person:bashar-al-assad", "person:mohammad-javad-zarif", { limit: 5, isShown: () => true, weight: (e) => graph.getEdgeAttribute(e, "weight") })
 */
export function pathsBetween(graph: EntityGraph, source: string, target: string, options: PathOptions): EntityPath[] {
  if (!graph.hasNode(source) || !graph.hasNode(target) || source === target || options.limit < 1) return [];
  const layers = shortestPathLayers(graph, source, target, options.isShown);
  if (layers === null) return [];

  // best.get(v): the `limit` heaviest paths from v to the target, heaviest first.
  const best = new Map<string, EntityPath[]>([[target, [{ nodes: [target], edges: [], weight: 0 }]]]);
  for (let step = layers.length - 2; step >= 0; step--) {
    const nextLayer = layers[step + 1]!;
    for (const node of layers[step]!) {
      const candidates: EntityPath[] = [];
      graph.forEachEdge(node, (edge, _attributes, a, b) => {
        const next = a === node ? b : a;
        const tails = best.get(next);
        if (!tails || !nextLayer.has(next) || !options.isShown(edge)) return;
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

/**
 * The layers of the shortest-path graph: layer i holds the nodes i links from `source` on some shortest path
 * to `target` (the first layer is the source, the last the target); null when no shown path links them.
 */
function shortestPathLayers(graph: EntityGraph, source: string, target: string, isShown: (edge: string) => boolean): Set<string>[] | null {
  const fromSource = new Map([[source, 0]]);
  const fromTarget = new Map([[target, 0]]);
  let sourceFrontier = [source];
  let targetFrontier = [target];
  let sourceDepth = 0;
  let targetDepth = 0;
  let length = Infinity;
  while (length === Infinity) {
    if (sourceFrontier.length === 0 || targetFrontier.length === 0) return null;
    const sourceSide = sourceFrontier.length <= targetFrontier.length;
    const depth = sourceSide ? ++sourceDepth : ++targetDepth;
    const next = expandLayer(graph, sourceSide ? sourceFrontier : targetFrontier, sourceSide ? fromSource : fromTarget, depth, isShown);
    // No earlier layer of either side touched the other: a node the other side reached in d links closes a
    // path of depth + d links, and the smallest such is the shortest there is.
    const other = sourceSide ? fromTarget : fromSource;
    for (const node of next) {
      const d = other.get(node);
      if (d !== undefined) length = Math.min(length, depth + d);
    }
    if (sourceSide) sourceFrontier = next;
    else targetFrontier = next;
  }
  // At the source side's last step both distances are known for every node on a shortest path (the target
  // side reached the rest of the way): those whose two distances add up to the length. From there the
  // other layers follow link by link towards each end, by the distances of the side that walked them.
  const meet = sourceDepth;
  const layers: Set<string>[] = Array.from({ length: length + 1 }, () => new Set<string>());
  for (const [node, step] of fromSource) if (step === meet && fromTarget.get(node) === length - meet) layers[meet]!.add(node);
  for (let step = meet - 1; step >= 0; step--) layers[step] = linkedLayer(graph, layers[step + 1]!, fromSource, step, isShown);
  for (let step = meet + 1; step <= length; step++) layers[step] = linkedLayer(graph, layers[step - 1]!, fromTarget, length - step, isShown);
  return layers;
}

/** The nodes one shown link past `frontier` that `seen` does not hold yet, recorded in it at `depth`. */
function expandLayer(graph: EntityGraph, frontier: readonly string[], seen: Map<string, number>, depth: number, isShown: (edge: string) => boolean): string[] {
  const next: string[] = [];
  for (const node of frontier) {
    graph.forEachEdge(node, (edge, _attributes, a, b) => {
      const other = a === node ? b : a;
      if (seen.has(other) || !isShown(edge)) return;
      seen.set(other, depth);
      next.push(other);
    });
  }
  return next;
}

/** The nodes `distance` links from their end (by `distances`) that a shown link joins to a node of `layer`. */
function linkedLayer(graph: EntityGraph, layer: ReadonlySet<string>, distances: ReadonlyMap<string, number>, distance: number, isShown: (edge: string) => boolean): Set<string> {
  const linked = new Set<string>();
  for (const node of layer) {
    graph.forEachEdge(node, (edge, _attributes, a, b) => {
      const other = a === node ? b : a;
      if (distances.get(other) === distance && isShown(edge)) linked.add(other);
    });
  }
  return linked;
}
