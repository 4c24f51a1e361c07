// The graph's export formats, each once: what the command line writes and what the Export menu offers.
// A new format is a renderer (graph → text) and one line here. Pure. The PNG and the graph JSON are not
// here: they are the page's picture and the whole file, not a rendering of the shown graph.
import { toEdgesCsv, toNodesCsv } from "./to-csv.ts";
import type { ExportMetrics } from "./node-metric-columns.ts";
import { toGexf, type ExportGraph } from "./to-gexf.ts";

/** One export format of the graph. */
export interface GraphExportFormat {
  /** The Export menu's data-export id and the key of the command line's paths. */
  id: string;
  /** The Export menu's button, and its tooltip. */
  label: string;
  title: string;
  mime: string;
  /** The file name a download gets. */
  fileName: string;
  /** The command line's option and the file it writes in the folder it is given, if it takes a folder. */
  cli: { option: string; inFolder?: string; help: string };
  /** The file's text; `metrics`: the graph's own, betweenness included, when the caller computed them. */
  render(graph: ExportGraph, options: { description?: string; metrics?: ExportMetrics }): string;
}

/** nodes.csv or edges.csv: one `--csv FOLDER` writes both. */
function csvFormat(name: "nodes" | "edges", title: string, render: GraphExportFormat["render"]): GraphExportFormat {
  const fileName = `${name}.csv`;
  return {
    id: `${name}-csv`,
    label: `Export ${fileName}`,
    title,
    mime: "text/csv;charset=utf-8",
    fileName,
    cli: { option: "csv", inFolder: fileName, help: "also write nodes.csv and edges.csv into FOLDER" },
    render,
  };
}

export const GRAPH_EXPORT_FORMATS: readonly GraphExportFormat[] = [
  {
    id: "gexf",
    label: "Export GEXF",
    title: "The graph as shown, for Gephi, networkx and R (GEXF 1.3)",
    mime: "application/gexf+xml",
    fileName: "entity-graph.gexf",
    cli: { option: "gexf", help: "also write a GEXF 1.3 file for Gephi, networkx and others" },
    render: (graph, { description, metrics }) => toGexf(graph, { ...(description ? { description } : {}), ...(metrics ? { metrics } : {}) }),
  },
  csvFormat("nodes", "Shown entities: id, label, type, aliases, mentions, documents, community, degree, weighted degree, PageRank (and betweenness once computed)", (graph, { metrics }) => toNodesCsv(graph, metrics ? { metrics } : {})),
  csvFormat("edges", "Shown links: source, target, weight", toEdgesCsv),
];
