// Evidence index (the split form's index.json, or the same computed from a single file's sentences) →
// lookups: which sentences name each entity, in which documents, in what order. Pure. Everything the panel
// lists, counts and filters comes from here; only the sentences' text waits for their chunk. Sentences are
// handled by rank (their position among the sentences that name an entity, which is reading order), and
// documents by position: a hub's thousands of sentences are lists of small integers.
import type { DocumentRecord } from "../extract/types.ts";
import { readingOrder, type EvidenceIndexFile } from "../export/split-graph-file.ts";

/** Documents, the sentences that name an entity, and the sentences each entity is named in, in file order. */
export interface EvidenceIndex {
  documents: ReadonlyMap<string, DocumentRecord>;
  /** Document ids by position (file order). */
  documentOrder: readonly string[];
  /** Position of each document id. */
  documentPosition: ReadonlyMap<string, number>;
  /** Sentences of each document, entity or not, by document position. */
  documentSentences: readonly number[];
  /** How many sentences name an entity (ranks are 0 to this, excluded). */
  sentenceCount: number;
  /** Id of the sentence of this rank. */
  sentenceId(rank: number): string;
  /** Rank of a sentence id; undefined for a sentence that names no entity or is not in the file. */
  rankOf(id: string): number | undefined;
  /** Document position(s) of the sentence of this rank. */
  documentsOf(rank: number): number | readonly number[];
  /** Ranks of the sentences naming a node, ascending, each once. */
  nodeSentences(node: string): readonly number[];
  /** Ranks of the sentences naming a node, once per mention (as many as its mentions), ascending. */
  nodeMentions(node: string): readonly number[];
  /** Node stream position of each chunk file's first sentence; empty when every sentence is in memory. */
  chunkStarts: readonly number[];
  /** Where the node stream holds a sentence of this node: the chunk file's number, or undefined if it does not. */
  chunkOf(node: string, rank: number): number | undefined;
  /** The sentence rank at a node stream position. */
  streamRank(position: number): number;
}

const NONE: readonly number[] = [];

/**
 * Wraps an evidence index file (already checked) with the graph file's documents. Cheap: lookups that
 * need a pass over every sentence are built on first use.
 * @example const index = buildEvidenceIndex(file.documents, indexEvidence(file.documents, file.sentences));
 */
export function buildEvidenceIndex(documents: readonly DocumentRecord[], file: EvidenceIndexFile): EvidenceIndex {
  const documentOrder = documents.map((doc) => doc.id);
  const nodes = new Map(file.nodes);
  const distinct = new Map<string, readonly number[]>();
  let ranks: Map<string, number> | null = null;
  const nodeSentences = (node: string): readonly number[] => {
    let list = distinct.get(node);
    if (!list) {
      const mentions = nodes.get(node) ?? NONE;
      // Ascending, so a sentence naming the node twice is two neighbours in the list.
      list = mentions.filter((rank, i) => rank !== mentions[i - 1]);
      distinct.set(node, list);
    }
    return list;
  };
  // Where each node's sentences are in the node stream: where they start (in stream order), and each
  // sentence's place among them, in reading order (built on first use).
  const orders = new Map<string, number[]>();
  const ordered = (node: string) => {
    let order = orders.get(node);
    if (!order) orders.set(node, (order = readingOrder(nodeSentences(node), file.documents)));
    return order;
  };
  const placeOf = new Map<string, Map<number, number>>();
  const readingPlace = (node: string) => {
    let places = placeOf.get(node);
    if (!places) placeOf.set(node, (places = new Map(ordered(node).map((rank, j) => [rank, j]))));
    return places;
  };
  let stream: { keys: string[]; starts: number[]; byKey: Map<string, number> } | null = null;
  const streamLayout = () => {
    if (!stream) {
      const keys = file.nodes.map(([key]) => key);
      const starts: number[] = [];
      let position = 0;
      for (const key of keys) {
        starts.push(position);
        position += nodeSentences(key).length;
      }
      stream = { keys, starts, byKey: new Map(keys.map((key, i) => [key, starts[i]!])) };
    }
    return stream;
  };

  return {
    documents: new Map(documents.map((doc) => [doc.id, doc])),
    documentOrder,
    documentPosition: new Map(documentOrder.map((id, i) => [id, i])),
    documentSentences: file.documentSentences,
    sentenceCount: file.sentences.length,
    sentenceId: (rank) => file.sentences[rank]!,
    rankOf(id) {
      if (!ranks) {
        ranks = new Map();
        for (let rank = 0; rank < file.sentences.length; rank++) ranks.set(file.sentences[rank]!, rank);
      }
      return ranks.get(id);
    },
    documentsOf: (rank) => file.documents[rank]!,
    nodeSentences,
    nodeMentions: (node) => nodes.get(node) ?? NONE,
    chunkStarts: file.chunks,
    chunkOf(node, rank) {
      const start = streamLayout().byKey.get(node);
      const j = start === undefined ? undefined : readingPlace(node).get(rank);
      if (start === undefined || j === undefined) return undefined;
      return upperBound(file.chunks, start + j) - 1;
    },
    streamRank(position) {
      const { keys, starts } = streamLayout();
      const at = upperBound(starts, position) - 1;
      return ordered(keys[at]!)[position - starts[at]!]!;
    },
  };
}

/** First index whose value is above `value` in an ascending list. */
function upperBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]! <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}
