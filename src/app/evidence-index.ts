// Graph file → lookup tables for the evidence: documents and sentences by id, and each entity's sentences.
// Built once after loading; everything the details panel lists is read from here.
import type { DocumentRecord, SentenceRecord } from "../extract/types.ts";
import type { GraphFile } from "../graph/types.ts";

/** Documents, sentences and the sentences each entity is mentioned in, in file order. */
export interface EvidenceIndex {
  documents: ReadonlyMap<string, DocumentRecord>;
  /** Document ids in file order. */
  documentOrder: readonly string[];
  sentences: ReadonlyMap<string, SentenceRecord>;
  /** Position of each sentence in the file, to list evidence in reading order. */
  sentenceRank: ReadonlyMap<string, number>;
  /** Ids of the sentences that mention each node, in file order, each once. */
  nodeSentences: ReadonlyMap<string, readonly string[]>;
}

/** Builds the evidence index of a graph file. */
export function buildEvidenceIndex(file: Pick<GraphFile, "documents" | "sentences">): EvidenceIndex {
  const documents = new Map(file.documents.map((doc) => [doc.id, doc]));
  const sentences = new Map<string, SentenceRecord>();
  const sentenceRank = new Map<string, number>();
  const nodeSentences = new Map<string, string[]>();

  file.sentences.forEach((sentence, rank) => {
    sentences.set(sentence.id, sentence);
    sentenceRank.set(sentence.id, rank);
    const seen = new Set<string>();
    for (const { entity } of sentence.mentions) {
      // A sentence that names an entity twice is listed once under it.
      if (seen.has(entity)) continue;
      seen.add(entity);
      let list = nodeSentences.get(entity);
      if (!list) nodeSentences.set(entity, (list = []));
      list.push(sentence.id);
    }
  });

  return {
    documents,
    documentOrder: file.documents.map((doc) => doc.id),
    sentences,
    sentenceRank,
    nodeSentences,
  };
}
