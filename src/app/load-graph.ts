// graph.json → a checked graph file, single or split (then its sentences stay beside it, for the evidence
// store to fetch). `fetchGraphFile` downloads with progress; `parseGraphFile` is pure and says exactly what
// is wrong with a bad file.
import { problemOf } from "../export/check.ts";
import { checkEvidenceDescriptor } from "../export/read-split-graph-file.ts";
import type { SplitGraphFile } from "../export/split-graph-file.ts";
import type { GraphFile } from "../graph/types.ts";

/** What graph.json can hold: the single file, or the split form's graph JSON. */
export type LoadedGraphFile = GraphFile | SplitGraphFile;

/** Download progress: bytes so far and the total when the server says it (null otherwise). */
export interface LoadProgress {
  loaded: number;
  total: number | null;
}

/** A graph file that could not be loaded, with a message for the page. */
export class GraphLoadError extends Error {
  constructor(
    message: string,
    /** What the user can do about it. */
    readonly hint: string,
  ) {
    super(message);
    this.name = "GraphLoadError";
  }
}

const PROGRESS_INTERVAL_MS = 100;
const HINT_CREATE = "Create it with `npm run graph` (or start the explorer with `npm start`), then reload.";

/** Fetches and parses the graph file at `url`, reporting download progress. */
export async function fetchGraphFile(url: string, onProgress: (progress: LoadProgress) => void): Promise<LoadedGraphFile> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-cache" });
  } catch (error) {
    throw new GraphLoadError(`Could not reach ${url}: ${(error as Error).message}.`, "Check that the server is running.");
  }
  if (!response.ok) {
    const missing = response.status === 404;
    throw new GraphLoadError(
      missing ? `There is no graph file at ${url} (HTTP 404).` : `Loading ${url} failed: HTTP ${response.status}.`,
      missing ? HINT_CREATE : "Check the server, then reload.",
    );
  }
  const text = await readWithProgress(response, onProgress);
  return parseGraphFile(text, url);
}

/** Parses and checks a graph file's text; throws GraphLoadError naming the first problem. */
export function parseGraphFile(text: string, name = "graph.json"): LoadedGraphFile {
  const invalid = (what: string) =>
    new GraphLoadError(`${name} is not a valid entity graph: ${what}.`, "Rebuild it with `npm run graph`, then reload.");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (text.trimStart().startsWith("<")) {
      throw new GraphLoadError(`${name} is an HTML page, not a graph file.`, HINT_CREATE);
    }
    throw invalid(`the JSON does not parse (${(error as Error).message})`);
  }
  if (!isObject(data)) throw invalid("the file is not a JSON object");
  if (data.format !== "entity-graph") throw invalid(`"format" is ${JSON.stringify(data.format)}, not "entity-graph"`);
  if (data.version !== 1) throw invalid(`version ${JSON.stringify(data.version)} is not supported (expected 1)`);
  if (!Array.isArray(data.documents)) throw invalid(`"documents" is not a list`);
  if (data.evidence !== undefined && data.sentences === undefined) {
    try {
      data.evidence = checkEvidenceDescriptor(data.evidence);
    } catch (error) {
      throw invalid(problemOf(error));
    }
  } else if (!Array.isArray(data.sentences)) {
    throw invalid(`"sentences" is not a list`);
  }
  const graph = data.graph;
  if (!isObject(graph) || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    throw invalid(`"graph" has no "nodes" and "edges" lists`);
  }
  for (const node of graph.nodes as unknown[]) {
    if (!isObject(node) || typeof node.key !== "string" || !isObject(node.attributes)) throw invalid("a node has no key or attributes");
    const { x, y, label, type } = node.attributes;
    if (typeof x !== "number" || typeof y !== "number" || !Number.isFinite(x) || !Number.isFinite(y)) {
      throw invalid(`node "${node.key}" has no position`);
    }
    if (typeof label !== "string" || typeof type !== "string") throw invalid(`node "${node.key}" has no label or type`);
  }
  if (!Array.isArray(data.skipped)) data.skipped = [];
  return data as unknown as LoadedGraphFile;
}

async function readWithProgress(response: Response, onProgress: (progress: LoadProgress) => void): Promise<string> {
  const length = Number(response.headers.get("content-length"));
  // With content-encoding the header counts compressed bytes while the stream yields decompressed ones.
  const total = length > 0 && !response.headers.get("content-encoding") ? length : null;
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let loaded = 0;
  let reported = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    loaded += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    // A big file arrives in hundreds of chunks: report a few times a second, not at every chunk.
    if (performance.now() - reported > PROGRESS_INTERVAL_MS) {
      reported = performance.now();
      onProgress({ loaded, total });
    }
  }
  onProgress({ loaded, total });
  parts.push(decoder.decode());
  return parts.join("");
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
