// Graph + metrics + the user's choice → how big and which colour each node is drawn: size by mentions,
// documents, degree, weighted degree, PageRank or betweenness; colour by entity type or Louvain community,
// with the legend of the largest communities. Pure: the node reducer, the table and the exports read it.
import { COMPUTED_METRICS, type ComputedMetric, type NodeMetrics } from "../graph/compute-node-metrics.ts";
import { TYPE_COLORS, nodeSize } from "../graph/appearance.ts";
import type { EntityGraph, EntityNodeAttributes } from "../graph/types.ts";

/** What node sizes can follow: two attributes of the graph file and the computed metrics. */
export type SizeBy = "mentions" | "documents" | ComputedMetric;
/** What node colours can follow. */
export type ColourBy = "type" | "community";

/** The size options, in menu order, each with what it shows the user. */
export const SIZE_OPTIONS: readonly { id: SizeBy; label: string; title: string }[] = [
  { id: "mentions", label: "Mentions", title: "How often the entity is named" },
  { id: "documents", label: "Documents", title: "How many documents name it" },
  { id: "degree", label: "Degree", title: "How many entities it shares a sentence with" },
  { id: "weightedDegree", label: "Weighted degree", title: "How many sentences it shares with other entities" },
  { id: "pagerank", label: "PageRank", title: "Linked with entities that are themselves well linked" },
  { id: "betweenness", label: "Betweenness", title: "How often it lies on the shortest path between two others: the brokers" },
];

/** The colour options. */
export const COLOUR_OPTIONS: readonly { id: ColourBy; label: string }[] = [
  { id: "type", label: "Type" },
  { id: "community", label: "Community" },
];

/** Whether a size option needs the computed metrics (the others are in the graph file). */
export function needsMetrics(sizeBy: SizeBy): sizeBy is ComputedMetric {
  return (COMPUTED_METRICS as readonly string[]).includes(sizeBy);
}

/**
 * Colours of the largest communities, biggest first (Tableau 10, as `rgb()` like the type colours); every
 * other community is OTHER_COMMUNITY_COLOR: past ten, colours stop being told apart.
 */
export const COMMUNITY_COLORS: readonly string[] = [
  "rgb(78, 121, 167)",
  "rgb(242, 142, 43)",
  "rgb(225, 87, 89)",
  "rgb(118, 183, 178)",
  "rgb(89, 161, 79)",
  "rgb(237, 201, 72)",
  "rgb(176, 122, 161)",
  "rgb(255, 157, 167)",
  "rgb(156, 117, 95)",
  "rgb(186, 176, 172)",
];
export const OTHER_COMMUNITY_COLOR = "rgb(120, 128, 138)";

/** A community of the legend: its Louvain index, named by its most mentioned node. */
export interface CommunityEntry {
  community: number;
  /** The label of its most mentioned node. */
  label: string;
  /** Its most mentioned node. */
  node: string;
  /** How many nodes it has. */
  nodes: number;
  color: string;
}

/** The communities of the graph, largest first (ties: the bigger top node), each with its colour. */
export function rankCommunities(graph: EntityGraph): CommunityEntry[] {
  const groups = new Map<number, { nodes: number; top: string; topMentions: number }>();
  graph.forEachNode((node, { community, mentions }) => {
    const group = groups.get(community);
    if (!group) groups.set(community, { nodes: 1, top: node, topMentions: mentions });
    else {
      group.nodes++;
      if (mentions > group.topMentions || (mentions === group.topMentions && node < group.top)) Object.assign(group, { top: node, topMentions: mentions });
    }
  });
  return [...groups]
    .sort(([a, x], [b, y]) => y.nodes - x.nodes || y.topMentions - x.topMentions || a - b)
    .map(([community, group], rank) => ({
      community,
      label: graph.getNodeAttribute(group.top, "label"),
      node: group.top,
      nodes: group.nodes,
      color: COMMUNITY_COLORS[rank] ?? OTHER_COMMUNITY_COLOR,
    }));
}

/** How the reducer sizes and colours a node (before the big-graph scale and the fading of a focus). */
export interface NodeLook {
  sizeBy: SizeBy;
  colourBy: ColourBy;
  size(node: string, data: EntityNodeAttributes): number;
  color(node: string, data: EntityNodeAttributes): string;
  /** A node's value for the size option (mentions, a PageRank…). */
  value(node: string, data: EntityNodeAttributes): number;
}

/**
 * The look for a choice. A metric spans the same sizes as mentions: the node with the highest value is as
 * big as the most mentioned node, and sizes grow with the square root in between, as for mentions.
 * Without `metrics` a computed metric cannot be read yet: nodes keep their size by mentions.
 * @example const look = createNodeLook(graph, metrics, "betweenness", "community"); look.size(key, attributes)
 */
export function createNodeLook(graph: EntityGraph, metrics: NodeMetrics | null, sizeBy: SizeBy, colourBy: ColourBy, communities = rankCommunities(graph)): NodeLook {
  const effective: SizeBy = needsMetrics(sizeBy) && metrics === null ? "mentions" : sizeBy;
  let maxMentions = 0;
  graph.forEachNode((_node, { mentions }) => (maxMentions = Math.max(maxMentions, mentions)));
  const computed = needsMetrics(effective) && metrics ? indexMetric(metrics, effective) : null;
  const value = (node: string, data: EntityNodeAttributes): number =>
    effective === "mentions" ? data.mentions : effective === "documents" ? data.documents : (computed?.values.get(node) ?? 0);
  let maxValue = 0;
  if (effective === "documents") graph.forEachNode((_node, { documents }) => (maxValue = Math.max(maxValue, documents)));
  else if (computed) maxValue = computed.max;
  const communityColors = new Map(communities.map((entry) => [entry.community, entry.color]));
  return {
    sizeBy: effective,
    colourBy,
    value,
    size: (node, data) => (effective === "mentions" ? nodeSize(data.mentions) : nodeSize(maxValue > 0 ? (maxMentions * value(node, data)) / maxValue : 0)),
    color: (_node, data) => (colourBy === "community" ? (communityColors.get(data.community) ?? OTHER_COMMUNITY_COLOR) : TYPE_COLORS[data.type]),
  };
}

function indexMetric(metrics: NodeMetrics, metric: ComputedMetric): { values: Map<string, number>; max: number } {
  const values = new Map<string, number>();
  let max = 0;
  metrics.keys.forEach((key, i) => {
    const value = metrics.values[metric][i] ?? 0;
    values.set(key, value);
    max = Math.max(max, value);
  });
  return { values, max };
}
