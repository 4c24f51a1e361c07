// The graph on the page, the serialized graph it shows and the next one (a correction applied) → the graph
// changed in place into the next: nodes and links dropped, added, or given their new attributes, each node
// kept where the page has it. Only what differs is written, so sigma, which hears the graph's events,
// reprocesses only that. Side effect: the graph's events.
import type { SerializedGraph } from "graphology-types";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes } from "../graph/types.ts";

type Serialized = SerializedGraph<EntityNodeAttributes, EntityEdgeAttributes>;
type GraphEvent = Parameters<EntityGraph["listeners"]>[0];

/** What `updateGraph` changed, by key. */
export interface GraphChanges {
  droppedNodes: string[];
  addedNodes: string[];
  updatedNodes: string[];
  droppedEdges: string[];
  addedEdges: string[];
  updatedEdges: string[];
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Equal node attributes, the position aside (the page's layout may have moved the node). */
function sameNode(a: EntityNodeAttributes, b: EntityNodeAttributes): boolean {
  return a.label === b.label && a.type === b.type && a.mentions === b.mentions && a.documents === b.documents && a.community === b.community && sameList(a.aliases, b.aliases);
}

function sameEdge(a: EntityEdgeAttributes, b: EntityEdgeAttributes): boolean {
  return a.weight === b.weight && sameList(a.sentences, b.sentences) && JSON.stringify(a.relations) === JSON.stringify(b.relations);
}

/**
 * Changes `graph`, which shows `from`, into `to`. Entries that are the same objects in both (what a correction
 * left alone) are skipped without a look; the others are compared, so a link recounted to the same weight and
 * sentences is not written again. A node that stays keeps its position in `graph`; a new one takes its
 * position from `to`. Attributes are copied: the graph never shares an object with the files.
 *
 * Links are dropped with the graph's `edgeDropped` listeners held back (those a dropped node takes with it
 * included): sigma answers each by reprocessing the whole graph, thousands of times for a hub, so the caller
 * refreshes the renderer once instead (`droppedEdges` lists them). With `quiet`, every listener of the graph
 * is held back while it changes, and the caller refreshes what shows it (sigma answers a dropped node, too,
 * by reprocessing everything).
 * @example const changes = updateGraph(explorer.graph, shown.graph, corrected.graph, { quiet: true });
 */
export function updateGraph(graph: EntityGraph, from: Serialized, to: Serialized, options: { quiet?: boolean } = {}): GraphChanges {
  if (!options.quiet) return withListenersHeld(graph, ["edgeDropped"], () => changeGraph(graph, from, to));
  // The graph emits only its own events, so every name it has listeners for is one of them.
  return withListenersHeld(graph, graph.eventNames() as GraphEvent[], () => changeGraph(graph, from, to));
}

/** Runs `change` with the graph's listeners of these events taken off, and puts them back. */
export function withListenersHeld<T>(graph: EntityGraph, events: readonly GraphEvent[], change: () => T): T {
  const held = events.map((event) => [event, graph.listeners(event) as ((...args: unknown[]) => void)[]] as const);
  for (const [event] of held) graph.removeAllListeners(event);
  try {
    return change();
  } finally {
    for (const [event, listeners] of held) for (const listener of listeners) graph.on(event, listener);
  }
}

/** A serialized graph's entries by key. */
interface Keyed {
  nodes: Map<string, Serialized["nodes"][number]>;
  edges: Map<string, Serialized["edges"][number]>;
}

/** The files are never changed once made: the graph a correction led to is the next one's `from`, keyed once. */
const keyedGraphs = new WeakMap<Serialized, Keyed>();

/**
 * Keys a serialized graph now (its nodes and links by key), so that the first updateGraph from it does not:
 * the page calls it when idle for the file it shows.
 */
export function keyGraph(serialized: Serialized): void {
  keyed(serialized);
}

function keyed(serialized: Serialized): Keyed {
  let found = keyedGraphs.get(serialized);
  if (found === undefined) {
    found = { nodes: new Map(), edges: new Map() };
    for (const node of serialized.nodes) found.nodes.set(node.key, node);
    for (const edge of serialized.edges) found.edges.set(edge.key as string, edge);
    keyedGraphs.set(serialized, found);
  }
  return found;
}

function changeGraph(graph: EntityGraph, from: Serialized, to: Serialized): GraphChanges {
  const changes: GraphChanges = { droppedNodes: [], addedNodes: [], updatedNodes: [], droppedEdges: [], addedEdges: [], updatedEdges: [] };
  const { nodes: fromNodes, edges: fromEdges } = keyed(from);
  const { nodes: toNodes, edges: toEdges } = keyed(to);

  // graphology announces each link a dropped node takes with it, too.
  for (const key of fromNodes.keys()) {
    if (toNodes.has(key) || !graph.hasNode(key)) continue;
    changes.droppedEdges.push(...graph.edges(key));
    graph.dropNode(key);
    changes.droppedNodes.push(key);
  }
  for (const key of fromEdges.keys()) {
    if (toEdges.has(key) || !graph.hasEdge(key)) continue;
    graph.dropEdge(key);
    changes.droppedEdges.push(key);
  }

  for (const { key, attributes } of to.nodes) {
    const next = attributes as EntityNodeAttributes;
    if (!graph.hasNode(key)) {
      graph.addNode(key, { ...next, aliases: [...next.aliases] });
      changes.addedNodes.push(key);
      continue;
    }
    const before = fromNodes.get(key);
    if (before === undefined || before.attributes === attributes) continue;
    const current = graph.getNodeAttributes(key);
    if (sameNode(current, next)) continue;
    graph.replaceNodeAttributes(key, { ...next, aliases: [...next.aliases], x: current.x, y: current.y });
    changes.updatedNodes.push(key);
  }

  for (const edge of to.edges) {
    const key = edge.key as string;
    const next = edge.attributes as EntityEdgeAttributes;
    const copy = (): EntityEdgeAttributes => ({ ...next, sentences: [...next.sentences], ...(next.relations ? { relations: next.relations.length === 0 ? [] : structuredClone(next.relations) } : {}) });
    if (!graph.hasEdge(key)) {
      graph.addUndirectedEdgeWithKey(key, edge.source, edge.target, copy());
      changes.addedEdges.push(key);
      continue;
    }
    const before = fromEdges.get(key);
    if (before === undefined || before.attributes === edge.attributes || sameEdge(graph.getEdgeAttributes(key), next)) continue;
    graph.replaceEdgeAttributes(key, copy());
    changes.updatedEdges.push(key);
  }
  return changes;
}
