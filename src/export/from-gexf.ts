// GEXF text → the explorer's graph file, via graphology-gexf's parser; works in Node and in the browser.
// Documents and sentences are empty: a GEXF file carries the graph, not the evidence.
import Graph from "graphology";
import createParserFunction from "graphology-gexf/common/parser.js";
import type { GraphFile } from "../graph/types.ts";
import { parseXml } from "./parse-xml.ts";
import { describeReservedKeys, reservedNodeKeys } from "./reserved-node-keys.ts";
import { toEntityGraph } from "./to-entity-graph.ts";

const GEXF_NAMESPACES = new Set(["http://gexf.net/1.3", "http://www.gexf.net/1.2draft", "http://www.gexf.net/1.1draft"]);

/**
 * Reads a GEXF file (as written by `toGexf`, Gephi or networkx) into a graph file, or throws an error naming
 * the problem: not XML, not GEXF, a node without a valid type, a directed edge…
 *
 * @example
 *   const file = fromGexf(await blob.text());
 */
export function fromGexf(text: string): GraphFile {
  const xml = parseXml(text);
  const root = xml.document.documentElement;
  const rootName = root?.localName ?? root?.nodeName;
  if (!root || rootName !== "gexf") {
    throw new Error(`entity-graph/export: not a GEXF file: the root element is <${rootName ?? "?"}>, not <gexf>`);
  }
  if (root.namespaceURI !== null && !GEXF_NAMESPACES.has(root.namespaceURI)) {
    throw new Error(`entity-graph/export: not a GEXF file: unknown namespace ${root.namespaceURI}`);
  }
  if (root.getElementsByTagName("graph").length === 0) {
    throw new Error("entity-graph/export: the GEXF file has no <graph> element");
  }
  const ids = Array.from(root.getElementsByTagName("node"), (node) => node.getAttribute("id") ?? "");
  const reserved = reservedNodeKeys(ids);
  if (reserved.length > 0) throw new Error(`entity-graph/export: ${describeReservedKeys(reserved)}`);
  const parse = createParserFunction(xml.DOMParser, xml.Document);
  let graph;
  try {
    graph = parse(Graph, xml.document, { allowUndeclaredAttributes: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`entity-graph/export: cannot read the GEXF file: ${message.replace(/^graphology-gexf\/parser: /, "")}`, {
      cause: error,
    });
  }
  return {
    format: "entity-graph",
    version: 1,
    documents: [],
    sentences: [],
    skipped: [],
    graph: toEntityGraph(graph),
  };
}
