// The sentences of the loaded graph, entity or not, for the full-text search and the document reader.
// A single graph file has them in memory. A split graph file's are in its chunk files: a text search
// fetches those its text index says can hold the phrase (an older split graph without one: every file,
// EvidenceStore.loadFile, the same reader as *Save graph JSON*), with its progress; a document alone
// fetches only the chunks holding its sentences that name an entity (the index says which), or, once a
// search has brought the text index, which says where all of them are, the whole document. Side effect:
// requests.
import type { SentenceRecord } from "../extract/types.ts";
import { candidateChunks, decodePostings } from "../export/text-index.ts";
import type { EntityGraph } from "../graph/types.ts";
import { documentSentences } from "./document-text.ts";
import type { EvidenceStore } from "./evidence-store.ts";
import { searchSentences, type TextSearchResult } from "./text-search.ts";

const loaded = new WeakMap<EvidenceStore, Promise<readonly SentenceRecord[]>>();

/** Every sentence in file order; `onProgress` hears the chunk files fetched (a split graph file only). */
export function loadCorpusText(evidence: EvidenceStore, onProgress?: (done: number, total: number) => void): Promise<readonly SentenceRecord[]> {
  let loading = loaded.get(evidence);
  if (!loading) {
    loading = evidence.loadFile(onProgress).then((file) => file.sentences);
    loaded.set(evidence, loading);
    // A failed load is not kept: the next search tries again.
    loading.catch(() => loaded.delete(evidence));
  }
  return loading;
}

/**
 * Searches the whole text for `phrase` (searchSentences over every sentence), fetching only the chunk
 * files that can hold it when the text is not all here yet; `onProgress` hears the files fetched.
 */
export async function searchCorpusText(evidence: EvidenceStore, phrase: string, limit: number, onProgress?: (done: number, total: number) => void): Promise<TextSearchResult> {
  if (corpusTextLoaded(evidence)) return searchSentences(await loadCorpusText(evidence), phrase, limit);
  const index = await evidence.loadTextIndex();
  if (index === null) return searchSentences(await loadCorpusText(evidence, onProgress), phrase, limit);
  return searchSentences(await evidence.loadChunkSentences(candidateChunks(index, phrase), onProgress), phrase, limit);
}

/** True when every sentence is in memory or on its way (a single file, or a split one asked for before). */
export function corpusTextLoaded(evidence: EvidenceStore): boolean {
  return !evidence.split || loaded.has(evidence);
}

/** A document's sentences in file order; `complete` is false when those naming no entity are left out. */
export interface DocumentText {
  sentences: SentenceRecord[];
  complete: boolean;
  /** How many sentences the document has, entity or not. */
  total: number;
}

/**
 * The sentences of document `id`: all of them when every sentence is (or is being) loaded or the text
 * index is in (its chunks), else those that name an entity, fetched by chunk: each with the entity that
 * names most of the document's sentences, whose node stream holds them together (one or two chunk files
 * per entity).
 */
export async function loadDocumentText(evidence: EvidenceStore, graph: EntityGraph, id: string): Promise<DocumentText> {
  const index = await evidence.loadIndex();
  const position = index.documentPosition.get(id);
  const total = position === undefined ? 0 : (index.documentSentences[position] ?? 0);
  if (corpusTextLoaded(evidence)) {
    const sentences = documentSentences(await loadCorpusText(evidence), id);
    return { sentences, complete: true, total: sentences.length };
  }
  const text = evidence.textIndex();
  if (text !== null && position !== undefined) {
    const sentences = documentSentences(await evidence.loadChunkSentences(decodePostings(text.documents[position]!, text.chunks)), id);
    return { sentences, complete: sentences.length >= total, total };
  }
  const wanted = new Set<number>();
  for (let rank = 0; rank < index.sentenceCount; rank++) {
    const docs = index.documentsOf(rank);
    if (typeof docs === "number" ? docs === position : docs.includes(position!)) wanted.add(rank);
  }
  // Greedy: the entities naming most of the document's sentences first.
  const counts: [string, number][] = [];
  graph.forEachNode((node) => {
    let count = 0;
    for (const rank of index.nodeSentences(node)) if (wanted.has(rank)) count++;
    if (count > 0) counts.push([node, count]);
  });
  counts.sort((a, b) => b[1] - a[1]);
  const left = new Set(wanted);
  const loads: Promise<void>[] = [];
  for (const [node] of counts) {
    if (left.size === 0) break;
    const ranks = index.nodeSentences(node).filter((rank) => left.has(rank));
    if (ranks.length === 0) continue;
    for (const rank of ranks) left.delete(rank);
    loads.push(evidence.load(ranks, node));
  }
  await Promise.all(loads);
  const sentences = [...wanted].sort((a, b) => a - b).map((rank) => evidence.sentence(rank)).filter((sentence) => sentence !== undefined);
  return { sentences, complete: sentences.length >= total, total };
}
