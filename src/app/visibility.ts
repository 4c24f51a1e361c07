// Filters (types, thresholds, documents and their dates, relation class) → which nodes and edges are
// shown, their counts under the filters, and the legend's counts. Pure; recomputed when the filters change, never while drawing.
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";
import type { EntityEdgeAttributes, EntityGraph } from "../graph/types.ts";
import type { EvidenceIndex } from "./evidence-index.ts";
import { excludedMask } from "./evidence.ts";
import { filtersDocuments, uncountedDocuments } from "./timeline-range.ts";
import type { Filters } from "./view-state.ts";

/** What the filters leave on screen. */
export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  /** Mentions of each node in the documents that count. */
  nodeMentions: ReadonlyMap<string, number>;
  /** Shared sentences of each edge in the documents that count. */
  edgeWeights: ReadonlyMap<string, number>;
  /** Sentences that count, or null when every document counts. */
  countedSentences: ReadonlySet<string> | null;
  /** Nodes of each type that pass every filter but the type filter. */
  typeCounts: Readonly<Record<EntityType, number>>;
  visibleNodes: number;
  visibleEdges: number;
}

/**
 * Applies the filters to the graph. The document filter needs the evidence index: without it (a split
 * graph file whose index has not arrived yet) every document counts until it does.
 */
export function computeVisibility(graph: EntityGraph, index: EvidenceIndex | null, filters: Filters): Visibility {
  const hiddenTypes = new Set(filters.hiddenTypes);
  const counted = filtersDocuments(filters) && index ? countedRanks(index, filters) : null;
  let countedSentences: Set<string> | null = null;

  const nodeMentions = new Map<string, number>();
  if (counted && index) {
    countedSentences = new Set();
    for (let rank = 0; rank < counted.length; rank++) if (counted[rank]) countedSentences.add(index.sentenceId(rank));
    graph.forEachNode((node) => {
      let mentions = 0;
      for (const rank of index.nodeMentions(node)) mentions += counted[rank]!;
      nodeMentions.set(node, mentions);
    });
  } else {
    graph.forEachNode((node, attributes) => nodeMentions.set(node, attributes.mentions));
  }

  const typeCounts = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
  const hiddenNodes = new Set<string>();
  graph.forEachNode((node, attributes) => {
    const mentions = nodeMentions.get(node) ?? 0;
    if (mentions < Math.max(1, filters.minMentions)) {
      hiddenNodes.add(node);
      return;
    }
    typeCounts[attributes.type] = (typeCounts[attributes.type] ?? 0) + 1;
    if (hiddenTypes.has(attributes.type)) hiddenNodes.add(node);
  });

  const edgeWeights = new Map<string, number>();
  const hiddenEdges = new Set<string>();
  const { relationClass } = filters;
  // A link passes the relation filter when a sentence that counts gives it a relation of that class.
  const hasClass = (attributes: EntityEdgeAttributes) =>
    (attributes.relations ?? []).some((relation) => relation.class === relationClass && (countedSentences === null || relation.sentences.some((id) => countedSentences.has(id))));
  graph.forEachEdge((edge, attributes, source, target) => {
    const weight = countedSentences
      ? attributes.sentences.reduce((sum, id) => sum + (countedSentences.has(id) ? 1 : 0), 0)
      : attributes.weight;
    edgeWeights.set(edge, weight);
    if (weight < Math.max(1, filters.minWeight) || hiddenNodes.has(source) || hiddenNodes.has(target) || (relationClass !== null && !hasClass(attributes))) {
      hiddenEdges.add(edge);
    }
  });

  return {
    hiddenNodes,
    hiddenEdges,
    nodeMentions,
    edgeWeights,
    countedSentences,
    typeCounts,
    visibleNodes: graph.order - hiddenNodes.size,
    visibleEdges: graph.size - hiddenEdges.size,
  };
}

/** 1 for each sentence rank in a document that counts, else 0. */
function countedRanks(index: EvidenceIndex, filters: Filters): Uint8Array {
  const excluded = excludedMask(index, uncountedDocuments(index.documents.values(), filters));
  const counted = new Uint8Array(index.sentenceCount);
  for (let rank = 0; rank < index.sentenceCount; rank++) {
    const docs = index.documentsOf(rank);
    counted[rank] = typeof docs === "number" ? 1 - excluded[docs]! : docs.some((doc) => !excluded[doc]) ? 1 : 0;
  }
  return counted;
}

