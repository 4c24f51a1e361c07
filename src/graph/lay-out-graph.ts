// Graph → the same graph with `community` (Louvain) and `x`, `y` (ForceAtlas2) on every node.
// Deterministic: the same graph gets the same picture on every run. Side effect: writes node attributes.
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { EntityGraph } from "./build-graph-file.ts";

/** A small seeded random generator (mulberry32), so communities and layout repeat exactly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** ForceAtlas2 iterations for a graph of this many nodes: fewer on big graphs, which start well placed. */
export function layoutIterations(order: number): number {
  if (order <= 1_000) return 500;
  if (order <= 5_000) return 200;
  if (order <= 20_000) return 80;
  return 40;
}

/** What the layout took, for the command line's summary and the benchmark. */
export interface LayoutReport {
  communities: number;
  iterations: number;
  seconds: number;
}

/**
 * Finds communities, places each community in its own region, then runs ForceAtlas2.
 * @example layOutGraph(graph); graph.getNodeAttribute("person:vladimir-putin", "x")
 */
export function layOutGraph(graph: EntityGraph, options: { iterations?: number } = {}): LayoutReport {
  const started = performance.now();
  if (graph.order === 0) return { communities: 0, iterations: 0, seconds: 0 };
  const random = seededRandom(1);
  const communities = louvain(graph, { getEdgeWeight: "weight", rng: random });

  // Start each community around its own point on a circle: ForceAtlas2 then only refines.
  const sizes = new Map<number, number>();
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(ranked.map((c, i) => [c, i]));
  const spread = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    const community = communities[node] ?? 0;
    const i = rank.get(community) ?? 0;
    const angle = (2 * Math.PI * i) / Math.max(1, ranked.length);
    const radius = ranked.length > 1 ? spread : 0;
    const local = Math.sqrt(sizes.get(community) ?? 1) * 5;
    graph.mergeNodeAttributes(node, {
      community: i,
      x: radius * Math.cos(angle) + (random() - 0.5) * local,
      y: radius * Math.sin(angle) + (random() - 0.5) * local,
    });
  });

  const iterations = options.iterations ?? layoutIterations(graph.order);
  const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 1_000 };
  forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  graph.forEachNode((node, attributes) => {
    // Rounded so the file is smaller and identical across machines' last-bit float differences.
    graph.mergeNodeAttributes(node, { x: Math.round(attributes.x * 100) / 100, y: Math.round(attributes.y * 100) / 100 });
  });
  return { communities: ranked.length, iterations, seconds: (performance.now() - started) / 1000 };
}
