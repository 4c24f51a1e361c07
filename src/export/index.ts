// The export module: graph → GEXF / CSV / graph JSON strings, and files the user opens → graph file.
export { ALIAS_SEPARATOR, joinAliases, splitAliases } from "./aliases.ts";
export { fromGexf } from "./from-gexf.ts";
export { fromGraphJson, readGraphFile } from "./read-graph-file.ts";
export { formatRgbColor, parseCssColor, type RgbColor } from "./rgb-color.ts";
export { toCsvCell, toEdgesCsv, toNodesCsv } from "./to-csv.ts";
export { toEntityGraph, type SerializedEntityGraph } from "./to-entity-graph.ts";
export {
  toGexf,
  type ExportEdgeAttributes,
  type ExportGraph,
  type ExportNodeAttributes,
  type NodeDisplayOverrides,
  type ToGexfOptions,
} from "./to-gexf.ts";
export { toGraphJson } from "./to-graph-json.ts";
export { selectShownGraph, type ShownSelection } from "./select-shown-graph.ts";
