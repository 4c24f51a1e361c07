// Graph → the same graph with `community` (Louvain) and `x`, `y` (ForceAtlas2) on every node.
// Deterministic: the same graph gets the same picture on every run. Side effect: writes node attributes.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { weightedDegree } from "graphology-metrics/node/weighted-degree";
import type { EntityGraph } from "./types.ts";
import { BARNES_HUT_ORDER } from "./layout-settings.ts";

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

/**
 * Barnes-Hut ForceAtlas2 iterations that fit a fixed budget of work (an iteration costs about n log n):
 * 500 up to about 2,000 nodes, 75 at 10,000, 30 from about 25,000; the start is laid out well enough
 * that the last iterations only refine.
 */
export function layoutIterations(order: number): number {
  if (order < 2) return 0;
  return Math.max(30, Math.min(500, Math.round(ITERATION_BUDGET / (order * Math.log2(order)))));
}

const ITERATION_BUDGET = 75 * 10_000 * Math.log2(10_000);

/** Gephi's default approximation: twice as fast as graphology's 0.5 here, and the same picture. */
const BARNES_HUT_THETA = 1.2;

/** Distance between neighbouring nodes in the start, close to where ForceAtlas2's forces settle. */
const NODE_SPACING = 50;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** What the layout took, for the command line's summary and the benchmark. */
export interface LayoutReport {
  communities: number;
  iterations: number;
  seconds: number;
}

/**
 * Finds communities, places them apart (the community graph laid out by ForceAtlas2, pieces without links
 * to the rest in a ring around it, each community a disc with its hubs in the middle), then runs
 * Barnes-Hut ForceAtlas2 on the whole graph for a number of iterations chosen by its size.
 * @example layOutGraph(graph); graph.getNodeAttribute("person:vladimir-putin", "x")
 */
export function layOutGraph(graph: EntityGraph, options: { iterations?: number } = {}): LayoutReport {
  const started = performance.now();
  if (graph.order === 0) return { communities: 0, iterations: 0, seconds: 0 };
  const communities = louvain(graph, { getEdgeWeight: "weight", rng: seededRandom(1) });

  // Community 0 is the largest: the legend and the explorer's colours follow this order.
  const sizes = new Map<number, number>();
  for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c]) => c);
  const rank = new Map(ranked.map((c, i) => [c, i]));
  graph.forEachNode((node) => graph.setNodeAttribute(node, "community", rank.get(communities[node] ?? 0) ?? 0));

  placeStart(graph, ranked.length);

  const iterations = options.iterations ?? layoutIterations(graph.order);
  if (iterations > 0) {
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ORDER, barnesHutTheta: BARNES_HUT_THETA };
    forceAtlas2.assign(graph, { iterations, settings, getEdgeWeight: "weight" });
  }
  graph.forEachNode((node, attributes) => {
    // Rounded so the file is smaller and identical across machines' last-bit float differences.
    graph.mergeNodeAttributes(node, { x: Math.round(attributes.x * 100) / 100, y: Math.round(attributes.y * 100) / 100 });
  });
  return { communities: ranked.length, iterations, seconds: (performance.now() - started) / 1000 };
}

interface CommunityPlace {
  members: string[];
  radius: number;
  x: number;
  y: number;
}

/**
 * Sets every node's start position from its `community`: linked communities where a small ForceAtlas2
 * run on the community graph puts them, unlinked ones (most often lone entities) in a ring around those.
 */
function placeStart(graph: EntityGraph, count: number): void {
  const places: CommunityPlace[] = Array.from({ length: count }, () => ({ members: [], radius: 0, x: 0, y: 0 }));
  graph.forEachNode((node, attributes) => places[attributes.community]?.members.push(node));
  for (const place of places) place.radius = spiralPoint(place.members.length, NODE_SPACING).distance + NODE_SPACING / 2;

  // The community graph: one node per community, weighted by the links between them.
  const between = new Graph<{ x: number; y: number; size: number }, { weight: number }>({ type: "undirected" });
  graph.forEachEdge((_, attributes, _source, _target, source, target) => {
    const a = source.community;
    const b = target.community;
    if (a === b) return;
    for (const c of [a, b]) if (!between.hasNode(c)) between.addNode(c, { x: 0, y: 0, size: places[c]?.radius ?? 1 });
    between.updateEdge(Math.min(a, b), Math.max(a, b), (edge) => ({ weight: (edge.weight ?? 0) + attributes.weight }));
  });

  // Linked communities start on a spiral, largest first, and ForceAtlas2 pulls linked ones together.
  let linkedRadius = 0;
  if (between.order > 0) {
    const linked = between.nodes().map(Number).sort((a, b) => a - b);
    const spacing = Math.max(...linked.map((c) => places[c]?.radius ?? 0)) * 2;
    linked.forEach((c, i) => {
      const { x, y } = spiralPoint(i, spacing);
      between.mergeNodeAttributes(String(c), { x, y });
    });
    const settings = { ...forceAtlas2.inferSettings(between), adjustSizes: true, barnesHutOptimize: between.order > BARNES_HUT_ORDER };
    forceAtlas2.assign(between, { iterations: 200, settings, getEdgeWeight: "weight" });
    // Keep the arrangement, but as tight as it goes without two discs overlapping.
    const scale = tightScale(linked.map((c) => ({ ...between.getNodeAttributes(String(c)), radius: places[c]?.radius ?? 0 })));
    between.updateEachNodeAttributes((_, a) => ({ ...a, x: a.x * scale, y: a.y * scale }));
    let cx = 0;
    let cy = 0;
    between.forEachNode((_, a) => {
      cx += a.x;
      cy += a.y;
    });
    cx /= between.order;
    cy /= between.order;
    between.forEachNode((key, a) => {
      const place = places[Number(key)] as CommunityPlace;
      place.x = a.x - cx;
      place.y = a.y - cy;
      linkedRadius = Math.max(linkedRadius, Math.hypot(place.x, place.y) + place.radius);
    });
  }

  // Unlinked communities fill rings outward from the linked ones, largest first, each in an equal area.
  let area = Math.PI * (linkedRadius + (linkedRadius > 0 ? 2 * NODE_SPACING : 0)) ** 2;
  let index = 0;
  places.forEach((place, c) => {
    if (between.hasNode(c)) return;
    const cell = Math.PI * (place.radius + NODE_SPACING) ** 2;
    const distance = Math.sqrt((area + cell / 2) / Math.PI);
    const angle = index * GOLDEN_ANGLE;
    place.x = distance * Math.cos(angle);
    place.y = distance * Math.sin(angle);
    area += cell;
    index++;
  });

  // Inside a community, hubs (by weighted degree) go to the middle and the rest on a spiral around them.
  for (const place of places) {
    const ordered = place.members.map((node) => ({ node, strength: weightedDegree(graph, node) })).sort((a, b) => b.strength - a.strength);
    ordered.forEach(({ node }, i) => {
      const point = spiralPoint(i, NODE_SPACING);
      graph.mergeNodeAttributes(node, { x: place.x + point.x, y: place.y + point.y });
    });
  }
}

/** The i-th point of a sunflower spiral, whose points are about `spacing` from their neighbours. */
function spiralPoint(i: number, spacing: number): { x: number; y: number; distance: number } {
  // Equal area per point: π c² = (√3 / 2) spacing², the area of a hexagonal cell.
  const distance = spacing * 0.525 * Math.sqrt(i + 0.5);
  return { x: distance * Math.cos(i * GOLDEN_ANGLE), y: distance * Math.sin(i * GOLDEN_ANGLE), distance };
}

/** The factor that brings discs as close as they go without any two overlapping. */
function tightScale(discs: readonly { x: number; y: number; radius: number }[]): number {
  let scale = 0;
  for (let i = 0; i < discs.length; i++) {
    const a = discs[i] as (typeof discs)[number];
    for (let j = i + 1; j < discs.length; j++) {
      const b = discs[j] as (typeof discs)[number];
      const distance = Math.hypot(a.x - b.x, a.y - b.y);
      scale = Math.max(scale, distance > 0 ? (a.radius + b.radius) / distance : 0);
    }
  }
  return scale > 0 ? scale : 1;
}
