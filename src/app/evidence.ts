// Which sentences back a node or a pair, in reading order and grouped by document. Pure.
import type { EvidenceIndex } from "./evidence-index.ts";

/** One listed sentence: the document it is shown under and the sentence id. */
export interface EvidenceItem {
  document: string;
  sentence: string;
}

/**
 * Lists sentences in file order under each document they appear in (a sentence repeated verbatim in two
 * articles is shown under both), keeping only sentences and documents that count under the filters.
 */
export function listEvidence(
  index: EvidenceIndex,
  sentenceIds: readonly string[],
  excludedDocuments: ReadonlySet<string>,
): EvidenceItem[] {
  const byDocument = new Map<string, string[]>();
  for (const id of sentenceIds) {
    const sentence = index.sentences.get(id);
    if (!sentence) continue;
    for (const doc of sentence.documents) {
      if (excludedDocuments.has(doc)) continue;
      let list = byDocument.get(doc);
      if (!list) byDocument.set(doc, (list = []));
      list.push(id);
    }
  }
  const rank = (id: string) => index.sentenceRank.get(id) ?? 0;
  const items: EvidenceItem[] = [];
  for (const doc of orderDocuments(index, byDocument.keys())) {
    const ids = [...new Set(byDocument.get(doc))].sort((a, b) => rank(a) - rank(b));
    for (const sentence of ids) items.push({ document: doc, sentence });
  }
  return items;
}

/** Sentence ids the two nodes share: both are mentioned in each. */
export function sharedSentences(index: EvidenceIndex, a: string, b: string): string[] {
  const ofB = new Set(index.nodeSentences.get(b) ?? []);
  return (index.nodeSentences.get(a) ?? []).filter((id) => ofB.has(id));
}

function orderDocuments(index: EvidenceIndex, docs: Iterable<string>): string[] {
  const position = new Map(index.documentOrder.map((doc, i) => [doc, i]));
  return [...docs].sort((a, b) => (position.get(a) ?? Number.MAX_SAFE_INTEGER) - (position.get(b) ?? Number.MAX_SAFE_INTEGER));
}
