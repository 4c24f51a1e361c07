// Writes the graph's exports to files, one per format of GRAPH_EXPORT_FORMATS whose command-line option is
// given (--gexf FILE, --csv FOLDER), each atomically (write-file-atomic.ts: a killed build leaves the old
// file whole). Side effect: creates the files and their parent folders.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { GRAPH_EXPORT_FORMATS, type GraphExportFormat } from "../export/export-formats.ts";
import type { ExportGraph } from "../export/index.ts";
import { writeFileAtomic } from "./write-file-atomic.ts";

/** The export options of the command line, once each: option, its argument, its help. */
export const EXPORT_OPTIONS: readonly { option: string; argument: "FILE" | "FOLDER"; help: string }[] = [
  ...new Map(GRAPH_EXPORT_FORMATS.map((f) => [f.cli.option, { option: f.cli.option, argument: f.cli.inFolder ? "FOLDER" : "FILE", help: f.cli.help } as const])).values(),
];

/** Where a format goes, given the options' values; undefined when its option is not given. */
function pathOf(format: GraphExportFormat, values: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = values[format.cli.option];
  if (value === undefined) return undefined;
  return format.cli.inFolder ? join(value, format.cli.inFolder) : value;
}

/**
 * Writes the exports asked for and returns the paths written, in the order of GRAPH_EXPORT_FORMATS.
 *
 * @example
 *   await writeExports(graph, { gexf: "out/graph.gexf", csv: "out" }) // ["out/graph.gexf", "out/nodes.csv", "out/edges.csv"]
 */
export async function writeExports(graph: ExportGraph, values: Readonly<Record<string, string | undefined>>, description?: string): Promise<string[]> {
  const written: string[] = [];
  for (const format of GRAPH_EXPORT_FORMATS) {
    const path = pathOf(format, values);
    if (path === undefined) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, format.render(graph, { description }));
    written.push(path);
  }
  return written;
}
