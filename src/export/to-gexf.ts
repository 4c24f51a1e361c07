// Graph → GEXF 1.3 string (graphology-gexf, pedantic), with viz colour, size and position for every node.
// Pure: no file system, no DOM; the caller decides where the string goes.
import { UndirectedGraph } from "graphology";
import { write } from "graphology-gexf";
import type { AbstractGraph } from "graphology-types";
import { nodeSize, TYPE_COLORS } from "../graph/appearance.ts";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import { joinAliases } from "./aliases.ts";
import { nodeMetricColumns, type ExportMetrics, type MetricColumn } from "./node-metric-columns.ts";
import { formatRgbColor, parseCssColor } from "./rgb-color.ts";
import { isXmlText, toXmlText } from "./xml-text.ts";

/** How the page draws a node right now; any field given here wins over the one derived from the data. */
export interface NodeDisplayOverrides {
  color?: string;
  size?: number;
}

/** Node attributes an export accepts: the graph file's, plus the page's display overrides. */
export type ExportNodeAttributes = EntityNodeAttributes & NodeDisplayOverrides;

/** Edge attributes an export reads: only `weight` is needed (`sentences` is not exported). */
export type ExportEdgeAttributes = Pick<EntityEdgeAttributes, "weight"> & Partial<EntityEdgeAttributes>;

/** A graph any export accepts. */
export type ExportGraph = AbstractGraph<ExportNodeAttributes, ExportEdgeAttributes>;

/** Options of `toGexf`. */
export interface ToGexfOptions {
  /** Written to `<meta><description>`. */
  description?: string;
  /** Written to `<meta lastmodifieddate>`, as YYYY-MM-DD; left out when not given, so output is reproducible. */
  lastModifiedDate?: string;
  /** Indent the XML (default true). */
  pretty?: boolean;
  /** The exported graph's metrics (betweenness included), when computed; else degree, weighted degree and PageRank are computed here. */
  metrics?: ExportMetrics;
}

/** The GEXF node attributes, in the order they are declared; then the metric columns (node-metric-columns.ts). */
type GexfNodeAttributes = {
  type: string;
  mentions: number;
  documents: number;
  aliases: string;
  community?: number;
  [metric: string]: string | number | undefined;
};

const FALLBACK_COLOR = "rgb(127, 127, 127)";
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function finiteOr(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

function nodeColor(attributes: ExportNodeAttributes): string {
  const override = attributes.color === undefined ? null : parseCssColor(attributes.color);
  if (override) return formatRgbColor(override);
  const byType = TYPE_COLORS[attributes.type] as string | undefined;
  const parsed = byType === undefined ? null : parseCssColor(byType);
  return parsed ? formatRgbColor(parsed) : FALLBACK_COLOR;
}

function formatNode(key: string, attributes: ExportNodeAttributes, metrics: readonly MetricColumn[]) {
  const mentions = finiteOr(attributes.mentions, 0);
  const gexfAttributes: GexfNodeAttributes = {
    type: toXmlText(String(attributes.type)),
    mentions,
    documents: finiteOr(attributes.documents, 0),
    aliases: toXmlText(joinAliases(attributes.aliases ?? [])),
  };
  if (Number.isInteger(attributes.community)) gexfAttributes.community = attributes.community;
  for (const { name, values } of metrics) gexfAttributes[name] = finiteOr(values.get(key), 0);
  return {
    label: toXmlText(attributes.label ?? key) || key,
    attributes: gexfAttributes,
    viz: {
      color: nodeColor(attributes),
      size: Math.max(0, finiteOr(attributes.size, nodeSize(mentions))),
      x: finiteOr(attributes.x, 0),
      y: finiteOr(attributes.y, 0),
    },
  };
}

function formatEdge(_key: string, attributes: ExportEdgeAttributes) {
  const weight = Math.max(0, finiteOr(attributes.weight, 1));
  // The link's top relation label and its class, when its sentences give one.
  const top = attributes.relations?.[0];
  if (!top) return { weight };
  return { weight, attributes: { relation: toXmlText(top.label), relation_class: top.class ?? "" } };
}

function checkKey(kind: "node" | "edge", key: string): void {
  if (!isXmlText(key)) {
    throw new Error(`entity-graph/export: ${kind} key ${JSON.stringify(key)} has characters XML cannot carry`);
  }
}

/**
 * Writes the graph as a GEXF 1.3 document that Gephi, networkx and graphology-gexf read with colours,
 * sizes, positions and weights. Node attributes: type, mentions, documents, aliases (joined by " | "),
 * community, degree, weighted_degree, pagerank (of this graph), and betweenness when `metrics` has it; edges carry their weight and, when their sentences give one, their top relation label and its
 * class (relation, relation_class; sentence ids stay in the graph JSON).
 *
 * @example
 *   const xml = toGexf(graph, { description: "5 articles, 2024-05-01" });
 */
export function toGexf(graph: ExportGraph, options: ToGexfOptions = {}): string {
  if (graph.directedSize > 0) {
    throw new Error(
      `entity-graph/export: toGexf expects an undirected graph, this one has ${graph.directedSize} directed edges`,
    );
  }
  if (options.lastModifiedDate !== undefined && !DATE.test(options.lastModifiedDate)) {
    throw new Error(`entity-graph/export: lastModifiedDate must be YYYY-MM-DD, got ${options.lastModifiedDate}`);
  }
  // A copy with only the meta the pedantic writer keeps (creator, description): the input is never mutated.
  const out = new UndirectedGraph<ExportNodeAttributes, ExportEdgeAttributes>({ multi: graph.multi });
  out.setAttribute("creator", "Entity Graph");
  if (options.description) out.setAttribute("description", toXmlText(options.description));
  if (options.lastModifiedDate) out.setAttribute("lastModifiedDate", options.lastModifiedDate);
  graph.forEachNode((key, attributes) => {
    checkKey("node", key);
    out.addNode(key, attributes);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    checkKey("edge", key);
    out.addEdgeWithKey(key, source, target, attributes);
  });
  const metrics = nodeMetricColumns(graph, options.metrics);
  return write(out, {
    version: "1.3",
    pedantic: true,
    pretty: options.pretty ?? true,
    formatNode: (key, attributes) => formatNode(key, attributes, metrics),
    formatEdge,
  });
}
