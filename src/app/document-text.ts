// A graph file's sentences → one document's text, rebuilt from its sentences in file order. The graph file
// keeps each distinct sentence once, not the document as written: paragraphs and a sentence repeated within
// the same document are lost, so the reader shows the document as its sentences, one after the other. Pure.
import type { SentenceRecord } from "../extract/types.ts";

/**
 * The sentences of document `id`, in file order (the order the pipeline read them).
 * @example documentSentences(file.sentences, "syria.txt").map((s) => s.text).join(" ")
 */
export function documentSentences(sentences: readonly SentenceRecord[], id: string): SentenceRecord[] {
  return sentences.filter((sentence) => sentence.documents.includes(id));
}
