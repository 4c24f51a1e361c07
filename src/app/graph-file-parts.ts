// A graph file ⇄ messages of a bounded size, so that handing a big built graph from the extraction worker
// to the page costs the page's main thread several short tasks (one per message it receives) rather than
// one long one. Pure.
import type { GraphFile } from "../graph/types.ts";

/**
 * Items of a list per message. A 5,005-document graph received in one message was 69 ms of the page's
 * longest task after a big pick (BENCHMARKS.md, issue 14); in slices of this many, each message is a task
 * of its own, of a few ms.
 */
export const ITEMS_PER_PART = 5_000;

/** One slice of one of the file's big lists. */
export type GraphFilePart =
  | { list: "documents"; items: GraphFile["documents"] }
  | { list: "sentences"; items: GraphFile["sentences"] }
  | { list: "nodes"; items: GraphFile["graph"]["nodes"] }
  | { list: "edges"; items: GraphFile["graph"]["edges"] };

/**
 * The file cut into its big lists' slices, in order, and the rest: the file with those lists empty.
 * `fromGraphFileParts(rest, parts)` gives the file back.
 * @example const { parts, rest } = toGraphFileParts(file); for (const part of parts) post(part); post(rest)
 */
export function toGraphFileParts(file: GraphFile, size = ITEMS_PER_PART): { parts: GraphFilePart[]; rest: GraphFile } {
  const parts: GraphFilePart[] = [];
  const slices = <T>(items: readonly T[], make: (slice: T[]) => GraphFilePart) => {
    for (let start = 0; start < items.length; start += size) parts.push(make(items.slice(start, start + size)));
  };
  slices(file.documents, (items) => ({ list: "documents", items }));
  slices(file.sentences, (items) => ({ list: "sentences", items }));
  slices(file.graph.nodes, (items) => ({ list: "nodes", items }));
  slices(file.graph.edges, (items) => ({ list: "edges", items }));
  return { parts, rest: { ...file, documents: [], sentences: [], graph: { ...file.graph, nodes: [], edges: [] } } };
}

/** The file `toGraphFileParts` cut: `rest` with each part's items appended to its list, in order. */
export function fromGraphFileParts(rest: GraphFile, parts: readonly GraphFilePart[]): GraphFile {
  const file: GraphFile = { ...rest, documents: [...rest.documents], sentences: [...rest.sentences], graph: { ...rest.graph, nodes: [...rest.graph.nodes], edges: [...rest.graph.edges] } };
  for (const part of parts) {
    // A loop, not push(...items): spreading a long list as arguments can overflow the stack.
    const into: unknown[] = part.list === "documents" ? file.documents : part.list === "sentences" ? file.sentences : part.list === "nodes" ? file.graph.nodes : file.graph.edges;
    for (const item of part.items) into.push(item);
  }
  return file;
}
