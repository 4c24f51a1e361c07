// The graph as the page shows it → the graph every export writes: only the nodes and links the filters let
// through, with mentions, documents and weights counted over the documents that count, and each node at
// its drawn size. Pure: the caller passes what the page knows (visibility, evidence index, drawn sizes).
import { selectShownGraph, type ExportGraph } from "../export/index.ts";
import type { EntityGraph } from "../graph/types.ts";
import type { EvidenceIndex } from "./evidence-index.ts";
import type { Visibility } from "./visibility.ts";

/** What the page knows of the view. */
export interface ShownView {
  graph: EntityGraph;
  visibility: Visibility;
  /** The evidence index, once it is in (a split graph file's arrives after the first frame). */
  index: EvidenceIndex | null;
  excludedDocuments: readonly string[];
  /** The node's size as drawn, if it is drawn. */
  drawnSize?: (node: string) => number | undefined;
}

/**
 * The documents that name a node, the excluded ones left out; null until the evidence index is in.
 * @example countDocuments(index, "person:vladimir-putin", new Set(["a.txt"])) // 4
 */
export function countDocuments(index: EvidenceIndex | null, node: string, excluded: ReadonlySet<string>): number | null {
  if (!index) return null;
  const documents = new Set<string>();
  for (const rank of index.nodeSentences(node)) {
    const docs = index.documentsOf(rank);
    for (const position of typeof docs === "number" ? [docs] : docs) {
      const doc = index.documentOrder[position] as string;
      if (!excluded.has(doc)) documents.add(doc);
    }
  }
  return documents.size;
}

/**
 * The shown graph, ready for toGexf and the CSV writers.
 * @example toGexf(shownGraph({ graph, visibility, index, excludedDocuments: [] }))
 */
export function shownGraph(view: ShownView): ExportGraph {
  const { graph, visibility, index } = view;
  const { hiddenNodes, hiddenEdges, nodeMentions, edgeWeights, countedSentences } = visibility;
  const excluded = new Set(view.excludedDocuments);
  return selectShownGraph(graph, {
    hiddenNodes,
    hiddenEdges,
    // Colours stay the legend's (the default): a hover or a selection fades nodes, and that is not data.
    node: (key, attributes) => {
      const size = view.drawnSize?.(key);
      const documents = countedSentences ? countDocuments(index, key, excluded) : null;
      return {
        mentions: nodeMentions.get(key) ?? attributes.mentions,
        documents: documents ?? attributes.documents,
        ...(size === undefined ? {} : { size }),
      };
    },
    edge: (key, attributes) => ({
      weight: edgeWeights.get(key) ?? attributes.weight,
      sentences: countedSentences ? attributes.sentences.filter((id) => countedSentences.has(id)) : attributes.sentences,
    }),
  });
}
