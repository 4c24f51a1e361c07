// Writes the graph's exports to files: GEXF, nodes.csv, edges.csv (each only when a path is given).
// Side effect: creates the files and their parent folders. The content comes from src/export/.
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { toEdgesCsv, toGexf, toNodesCsv, type ExportGraph } from "../export/index.ts";

/** Where each export goes; a missing path means that export is not written. */
export interface ExportPaths {
  gexf?: string;
  nodesCsv?: string;
  edgesCsv?: string;
  /** Written into the GEXF `<meta><description>`, e.g. the input folder. */
  description?: string;
}

async function writeText(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, "utf8");
}

/**
 * Writes the requested exports and returns the paths written, in the order gexf, nodes, edges.
 *
 * @example
 *   await writeExports(graph, { gexf: "out/graph.gexf", nodesCsv: "out/nodes.csv", edgesCsv: "out/edges.csv" });
 */
export async function writeExports(graph: ExportGraph, paths: ExportPaths): Promise<string[]> {
  const jobs: [string | undefined, () => string][] = [
    [paths.gexf, () => toGexf(graph, paths.description ? { description: paths.description } : {})],
    [paths.nodesCsv, () => toNodesCsv(graph)],
    [paths.edgesCsv, () => toEdgesCsv(graph)],
  ];
  const written: string[] = [];
  for (const [path, render] of jobs) {
    if (path === undefined) continue;
    await writeText(path, render());
    written.push(path);
  }
  return written;
}
