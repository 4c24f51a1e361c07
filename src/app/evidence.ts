// Which sentences back a node or a pair, in reading order and grouped by document. Pure. Works on ranks
// and document positions in typed arrays: listing a hub's 16,000 sentences is two passes over integers.
import type { EntityGraph } from "../graph/types.ts";
import type { EvidenceIndex } from "./evidence-index.ts";

/** Sentences the details panel renders per page, and the first page prefetching loads. */
export const SENTENCE_PAGE_SIZE = 40;

/** Sentences listed under their documents: item i is sentence `ranks[i]` shown under document `documents[i]`. */
export interface EvidenceList {
  /** Number of items: a sentence in two documents that count is listed under both. */
  length: number;
  ranks: Int32Array;
  /** Document position of each item. */
  documents: Int32Array;
  /** Distinct sentences listed. */
  sentences: number;
  /** Items under each document position that has any. */
  perDocument: ReadonlyMap<number, number>;
}

/** Sentence ranks of a list of sentence ids (an edge's), ascending; ids of no listed sentence are dropped. */
export function ranksOf(index: EvidenceIndex, ids: readonly string[]): number[] {
  const ranks: number[] = [];
  let sorted = true;
  for (const id of ids) {
    const rank = index.rankOf(id);
    if (rank === undefined) continue;
    if (ranks.length > 0 && rank <= ranks[ranks.length - 1]!) sorted = false;
    ranks.push(rank);
  }
  return sorted ? ranks : [...new Set(ranks)].sort((a, b) => a - b);
}

/** 1 at the position of each excluded document (ids the graph file does not list are ignored), else 0. */
export function excludedMask(index: EvidenceIndex, excludedDocuments: Iterable<string>): Uint8Array {
  const excluded = new Uint8Array(index.documentOrder.length);
  for (const id of excludedDocuments) {
    const position = index.documentPosition.get(id);
    if (position !== undefined) excluded[position] = 1;
  }
  return excluded;
}

/**
 * Lists sentences (ranks, ascending) in file order under each document they appear in (a sentence repeated
 * verbatim in two articles is shown under both), documents in file order, leaving out excluded documents.
 *
 * @example const list = listEvidence(index, index.nodeSentences("country:iran"), new Set());
 */
export function listEvidence(index: EvidenceIndex, ranks: readonly number[], excludedDocuments: ReadonlySet<string>): EvidenceList {
  const documentCount = index.documentOrder.length;
  const excluded = excludedMask(index, excludedDocuments);
  // Pass 1: how many items each document gets, and how many sentences count at all.
  const counts = new Int32Array(documentCount + 1);
  let length = 0;
  let sentences = 0;
  for (const rank of ranks) {
    const docs = index.documentsOf(rank);
    let counted = false;
    if (typeof docs === "number") {
      if (!excluded[docs]) {
        counts[docs + 1]!++;
        length++;
        counted = true;
      }
    } else {
      for (const doc of docs) {
        if (excluded[doc]) continue;
        counts[doc + 1]!++;
        length++;
        counted = true;
      }
    }
    if (counted) sentences++;
  }
  // Pass 2: each document's items start where the previous document's end; ranks arrive ascending.
  const perDocument = new Map<number, number>();
  for (let doc = 0; doc < documentCount; doc++) {
    if (counts[doc + 1]! > 0) perDocument.set(doc, counts[doc + 1]!);
    counts[doc + 1]! += counts[doc]!;
  }
  const outRanks = new Int32Array(length);
  const outDocuments = new Int32Array(length);
  const place = (doc: number, rank: number) => {
    const at = counts[doc]!++;
    outRanks[at] = rank;
    outDocuments[at] = doc;
  };
  for (const rank of ranks) {
    const docs = index.documentsOf(rank);
    if (typeof docs === "number") {
      if (!excluded[docs]) place(docs, rank);
    } else {
      for (const doc of docs) if (!excluded[doc]) place(doc, rank);
    }
  }
  return { length, ranks: outRanks, documents: outDocuments, sentences, perDocument };
}

/** Ranks of the sentences two nodes share (both are named in each), ascending. */
export function sharedSentences(index: EvidenceIndex, a: string, b: string): number[] {
  const ofA = index.nodeSentences(a);
  const ofB = index.nodeSentences(b);
  const shared: number[] = [];
  for (let i = 0, j = 0; i < ofA.length && j < ofB.length; ) {
    if (ofA[i]! < ofB[j]!) i++;
    else if (ofA[i]! > ofB[j]!) j++;
    else {
      shared.push(ofA[i]!);
      i++;
      j++;
    }
  }
  return shared;
}

/** Ranks of the sentences a pair shares: its edge's, or, with no edge between them, those naming both. */
export function pairSentences(graph: EntityGraph, index: EvidenceIndex, a: string, b: string): readonly number[] {
  const edge = graph.edge(a, b);
  return edge !== undefined ? ranksOf(index, graph.getEdgeAttribute(edge, "sentences")) : sharedSentences(index, a, b);
}

/** Of two nodes, the one with fewer sentences: the sentences they share are all among its own. */
export function smallerNode(index: EvidenceIndex, a: string, b: string): string {
  return index.nodeSentences(a).length <= index.nodeSentences(b).length ? a : b;
}

/** Sentence ranks of items [start, end) of a list. */
export function pageRanks(list: EvidenceList, start: number, end: number): number[] {
  return [...list.ranks.subarray(start, Math.min(end, list.length))];
}
