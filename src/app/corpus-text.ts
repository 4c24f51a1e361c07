// Every sentence of the loaded graph, entity or not, for the full-text search and the document reader.
// A single graph file has them in memory. A split graph file's are in its chunk files: the first text
// search or document opened fetches every one of them (EvidenceStore.loadFile, the same reader as *Save
// graph JSON*), with its progress, once per explorer; until then nothing of the corpus is downloaded.
import type { SentenceRecord } from "../extract/types.ts";
import type { EvidenceStore } from "./evidence-store.ts";

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

/** True when every sentence is in memory or on its way (a single file, or a split one asked for before). */
export function corpusTextLoaded(evidence: EvidenceStore): boolean {
  return !evidence.split || loaded.has(evidence);
}
