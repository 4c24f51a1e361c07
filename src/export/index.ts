// The export module: graph → GEXF / CSV / graph JSON strings (single or split), and files the user opens → graph file.
export { ALIAS_SEPARATOR, joinAliases, splitAliases } from "./aliases.ts";
export { problemOf } from "./check.ts";
export { fromGexf } from "./from-gexf.ts";
export { fromGraphJson, readGraphFile } from "./read-graph-file.ts";
export {
  checkEvidenceDescriptor,
  evidencePaths,
  isSplitGraphFile,
  parseEvidenceIndex,
  parseSentenceChunk,
  readSplitGraphFile,
  type ReadRelative,
} from "./read-split-graph-file.ts";
export {
  CHUNK_BYTES,
  indexEvidence,
  indexEvidenceInSteps,
  isEvidencePath,
  splitGraphFile,
  SPLIT_FROM_SENTENCES,
  type EvidenceDescriptor,
  type EvidenceIndexFile,
  type GraphFileHead,
  type SentenceChunkFile,
  type SplitGraphFile,
} from "./split-graph-file.ts";
export { candidateChunks, indexText, parseTextIndex, type TextIndexFile } from "./text-index.ts";
export { METRIC_COLUMNS, nodeMetricColumns, type ExportMetrics, type MetricColumn } from "./node-metric-columns.ts";
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
