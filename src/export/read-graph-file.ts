// Text of a file the user opened → graph file: graph JSON (what `npm run graph` writes) or GEXF.
// Throws an error that names the problem, for the page to show as it is. The split form's graph JSON is
// refused: its sentences are in files beside it (read it with readSplitGraphFile or readGraphJson).
import Graph from "graphology";
import type { GraphFile } from "../graph/types.ts";
import { fromGexf } from "./from-gexf.ts";
import { isSplitGraphFile } from "./read-split-graph-file.ts";
import { toEntityGraph } from "./to-entity-graph.ts";
import { fail, isRecord } from "./check.ts";
import { describeReservedKeys, reservedNodeKeys } from "./reserved-node-keys.ts";
import { parseCorrections } from "../graph/corrections/parse-corrections.ts";
import type { CorrectionsFile } from "../graph/corrections/corrections-file.ts";

/** The corrections a graph file records, checked as a corrections file is. */
function readCorrections(value: unknown): CorrectionsFile {
  try {
    return parseCorrections(value);
  } catch (error) {
    fail(`graph JSON: "corrections": ${error instanceof Error ? error.message : String(error)}`);
  }
}

function list<T>(file: Record<string, unknown>, name: string): T[] {
  const value = file[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) fail(`graph JSON: "${name}" is not a list`);
  return value as T[];
}

/** Reads graph JSON text into a graph file, checking its format, version and every node and edge. */
export function fromGraphJson(text: string): GraphFile {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isRecord(data) || data.format !== "entity-graph") {
    fail('not an Entity Graph file: the JSON has no "format": "entity-graph"');
  }
  if (data.version !== 1) fail(`graph JSON version ${JSON.stringify(data.version)} is not supported (expected 1)`);
  if (isSplitGraphFile(data)) {
    const evidence: Record<string, unknown> = isRecord(data.evidence) ? data.evidence : {};
    const files = Array.isArray(evidence.chunks) && Array.isArray(evidence.plain) ? evidence.chunks.length + evidence.plain.length + 1 : "several";
    fail(
      `this is the split form: its sentences are in ${files} files beside it (${String(evidence.index ?? "").split("/")[0] || "an evidence folder"}/), which an opened file cannot reach; open the single graph file instead (Save graph JSON in the explorer writes one, so does npm run graph -- … --single)`,
    );
  }
  const serialized = data.graph;
  if (!isRecord(serialized) || !Array.isArray(serialized.nodes) || !Array.isArray(serialized.edges)) {
    fail('graph JSON: "graph" must be a serialized graphology graph with "nodes" and "edges" lists');
  }
  const reserved = reservedNodeKeys(serialized.nodes.map((node: unknown) => String(isRecord(node) ? node.key : "")));
  if (reserved.length > 0) fail(`graph JSON: ${describeReservedKeys(reserved)}`);
  let graph;
  try {
    graph = Graph.from(serialized as Parameters<typeof Graph.from>[0]);
  } catch (error) {
    fail(`graph JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    format: "entity-graph",
    version: 1,
    documents: list(data, "documents"),
    sentences: list(data, "sentences"),
    skipped: list(data, "skipped"),
    graph: toEntityGraph(graph),
    ...(data.corrections === undefined ? {} : { corrections: readCorrections(data.corrections) }),
  };
}

/**
 * Reads a file the user picked: graph JSON if the text starts with `{`, GEXF if it starts with `<`.
 *
 * @example
 *   const file = readGraphFile(await picked.text(), picked.name);
 */
export function readGraphFile(text: string, name = "the file"): GraphFile {
  const body = text.replace(/^\uFEFF/, "");
  const first = body.trimStart()[0];
  try {
    if (first === "{") return fromGraphJson(body);
    if (first === "<") return fromGexf(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.replace(/^entity-graph\/export: /, `entity-graph/export: ${name}: `), { cause: error });
  }
  throw new Error(`entity-graph/export: ${name} is neither graph JSON nor GEXF (it is ${first === undefined ? "empty" : "something else"})`);
}
