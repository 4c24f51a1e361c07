// Options → a synthetic entity graph shaped like a news corpus's: planted communities of skewed sizes,
// hubs, mostly in-community edges and a share of lone entities. For the layout benchmark and its tests.
import Graph from "graphology";
import { weightedDegree } from "graphology-metrics/node/weighted-degree";
import { ENTITY_TYPES } from "../../extract/types.ts";
import type { EntityGraph } from "../types.ts";
import { seededRandom } from "../lay-out-graph.ts";

/** Options of `createPlantedGraph`. */
export interface PlantedGraphOptions {
  nodes: number;
  /** Edges per linked node (default 4). */
  edgesPerNode?: number;
  /** Share of nodes with no edge at all (default 0.15, as in the UN speeches' graph). */
  lone?: number;
  /** Share of edges that leave their community (default 0.15). */
  crossing?: number;
  seed?: number;
}

/** The graph, and the community each node was planted in. */
export interface PlantedGraph {
  graph: EntityGraph;
  planted: Map<string, number>;
}

/**
 * Creates a deterministic synthetic graph: the same options give the same graph.
 * @example const { graph, planted } = createPlantedGraph({ nodes: 10_000 });
 */
export function createPlantedGraph(options: PlantedGraphOptions): PlantedGraph {
  const random = seededRandom(options.seed ?? 1);
  const n = options.nodes;
  const communities = Math.max(1, Math.round(Math.sqrt(n) / 3));
  const graph: EntityGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const planted = new Map<string, number>();
  const members: string[][] = Array.from({ length: communities }, () => []);
  const linked: string[] = [];
  for (let i = 0; i < n; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length] as (typeof ENTITY_TYPES)[number];
    const key = `${type}:synthetic-${i}`;
    // Squaring a uniform number skews sizes: community 0 is the largest, the last ones are small.
    const community = Math.floor(communities * random() ** 2);
    graph.addNode(key, { label: `Synthetic ${i}`, type, aliases: [`Synthetic ${i}`], mentions: 0, documents: 1, community: 0, x: 0, y: 0 });
    planted.set(key, community);
    if (random() >= (options.lone ?? 0.15)) {
      members[community]?.push(key);
      linked.push(key);
    }
  }
  const edges = Math.round(linked.length * (options.edgesPerNode ?? 4));
  for (let e = 0; e < edges && linked.length > 1; e++) {
    // A steep power law picks the source, so a few nodes become hubs.
    const source = linked[Math.floor(linked.length * random() ** 3)] as string;
    const own = members[planted.get(source) ?? 0] as string[];
    const pool = random() < (options.crossing ?? 0.15) || own.length < 2 ? linked : own;
    const target = pool[Math.floor(pool.length * random())] as string;
    if (source === target) continue;
    const weight = 1 + Math.floor(-Math.log(1 - random()) * 1.5);
    const [a, b] = source < target ? [source, target] : [target, source];
    graph.updateEdgeWithKey(`${a}|${b}`, a, b, (attributes) => ({ weight: (attributes.weight ?? 0) + weight, sentences: [] }));
  }
  graph.forEachNode((node) => graph.setNodeAttribute(node, "mentions", Math.max(1, weightedDegree(graph, node))));
  return { graph, planted };
}
