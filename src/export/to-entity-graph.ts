// A graph read from a file (GEXF or graph JSON) → the explorer's serialized entity graph, or an error naming
// the node, edge or attribute that does not fit. Missing optional attributes get defaults, never guesses.
import type { AbstractGraph, Attributes, SerializedGraph } from "graphology-types";
import { METRIC_COLUMNS } from "./node-metric-columns.ts";
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import { splitAliases } from "./aliases.ts";
import { fail } from "./check.ts";

/** The serialized graph of a graph file. */
export type SerializedEntityGraph = SerializedGraph<EntityNodeAttributes, EntityEdgeAttributes>;

const TYPES = new Set<string>(ENTITY_TYPES);
// How a GEXF reader hands over viz data: display, not data, so it is not carried into the graph file.
// The metric columns the exports write (degree, PageRank...) are derived from the graph: recomputed, not kept.
const DISPLAY_ATTRIBUTES = new Set(["color", "size", "z", "shape", "thickness", "kind", ...METRIC_COLUMNS.map((c) => c.name)]);

function withoutDisplay(attributes: Attributes): Attributes {
  return Object.fromEntries(Object.entries(attributes).filter(([name]) => !DISPLAY_ATTRIBUTES.has(name)));
}

function isEntityType(value: unknown): value is EntityType {
  return typeof value === "string" && TYPES.has(value);
}

function entityType(key: string, attributes: Attributes): EntityType {
  if (isEntityType(attributes.type)) return attributes.type;
  if (attributes.type !== undefined) {
    fail(`node "${key}" has type ${JSON.stringify(attributes.type)}; expected one of ${ENTITY_TYPES.join(", ")}`);
  }
  // A file without the attribute may still use our keys, `person:vladimir-putin`.
  const prefix = key.slice(0, key.indexOf(":"));
  if (isEntityType(prefix)) return prefix;
  return fail(`node "${key}" has no type attribute (one of ${ENTITY_TYPES.join(", ")})`);
}

function count(owner: string, name: string, value: unknown, fallback: number): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    fail(`${owner} has ${name} ${JSON.stringify(value)}; expected a number of at least 0`);
  }
  return value;
}

function aliases(key: string, value: unknown, label: string): string[] {
  if (value === undefined || value === null) return [label];
  if (typeof value === "string") return splitAliases(value);
  if (Array.isArray(value) && value.every((alias) => typeof alias === "string")) return value;
  return fail(`node "${key}" has aliases ${JSON.stringify(value)}; expected text or a list of texts`);
}

function sentences(owner: string, value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value) && value.every((id) => typeof id === "string")) return value;
  return fail(`${owner} has sentences ${JSON.stringify(value)}; expected a list of sentence ids`);
}

/**
 * Checks a graph read from a file and returns it in the graph file's shape: undirected, simple, every node
 * with a valid type. Attributes beyond the contract are kept, viz ones (colour, size…) dropped. Nodes without
 * a position are put on a circle so the explorer can still draw them.
 */
export function toEntityGraph(graph: AbstractGraph): SerializedEntityGraph {
  if (graph.directedSize > 0) {
    fail(`the graph has ${graph.directedSize} directed edges; entity graphs are undirected`);
  }
  if (graph.multi) {
    graph.forEachNode((node) => {
      graph.forEachNeighbor(node, (neighbor) => {
        if (graph.undirectedEdges(node, neighbor).length > 1) {
          fail(`the graph has more than one edge between "${node}" and "${neighbor}"`);
        }
      });
    });
  }
  const order = graph.order;
  let index = 0;
  const nodes: SerializedEntityGraph["nodes"] = graph.mapNodes((key, attributes) => {
    const angle = (2 * Math.PI * index++) / Math.max(1, order);
    const label = typeof attributes.label === "string" && attributes.label !== "" ? attributes.label : key;
    const owner = `node "${key}"`;
    const hasPosition = Number.isFinite(attributes.x) && Number.isFinite(attributes.y);
    const community = attributes.community;
    return {
      key,
      attributes: {
        ...withoutDisplay(attributes),
        label,
        type: entityType(key, attributes),
        aliases: aliases(key, attributes.aliases, label),
        mentions: count(owner, "mentions", attributes.mentions, 0),
        documents: count(owner, "documents", attributes.documents, 0),
        community: Number.isInteger(community) ? (community as number) : 0,
        x: hasPosition ? (attributes.x as number) : 100 * Math.cos(angle),
        y: hasPosition ? (attributes.y as number) : 100 * Math.sin(angle),
      },
    };
  });
  const edges: SerializedEntityGraph["edges"] = graph.mapEdges((key, attributes, source, target) => {
    const owner = `edge "${key}" (${source} – ${target})`;
    return {
      key,
      source,
      target,
      undirected: true,
      attributes: {
        ...withoutDisplay(attributes),
        weight: count(owner, "weight", attributes.weight, 1),
        sentences: sentences(owner, attributes.sentences),
      },
    };
  });
  return {
    attributes: { ...graph.getAttributes() },
    options: { type: "undirected", multi: false, allowSelfLoops: true },
    nodes,
    edges,
  };
}
