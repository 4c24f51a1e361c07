// One file's relative path and bytes → the records and extractions of the documents in it, or why it (or
// a part of it) is skipped. No side effect: the same function runs in the main thread and in the workers.
import { extractDocument, type DocumentExtraction } from "../extract/extract-document.ts";
import { datedDocument } from "../extract/dated-document.ts";
import { readDocuments, type ReadOptions } from "../extract/read-documents.ts";
import type { SkippedFile } from "../extract/types.ts";
import type { ExtractedDocument } from "./build-graph-file.ts";

/** What one document of a file gives: a document for the graph builder, or a skip. Plain data, so it can cross threads. */
export type ExtractedFile = ({ ok: true } & ExtractedDocument) | { ok: false; skipped: SkippedFile };

/**
 * Reads and extracts one file: usually one result, one per message of an mbox and per attachment of a
 * message. A document the NLP cannot handle is skipped with the error as its reason.
 * @example await extractFile("world/putin.txt", bytes) // [{ ok: true, document: { id: "world/putin.txt", … }, extraction }]
 */
export async function extractFile(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ExtractedFile[]> {
  const read = await readDocuments(path, bytes, options);
  return read.map((result): ExtractedFile => {
    if (!result.ok) return result;
    const { text, encoding: _encoding, pageStarts, ...read } = result.document;
    const document = datedDocument(read, text);
    try {
      const extraction = extractDocument(text, options.onStep && text.length >= PROGRESS_FROM_CHARS ? { onProgress: textProgress(options.onStep) } : {});
      return { ok: true, document, extraction, ...(pageStarts ? { pages: sentencePages(extraction, pageStarts) } : {}) };
    } catch (error) {
      // One document the NLP cannot handle must not cost the user the others.
      return { ok: false, skipped: { path: document.path, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` } };
    }
  });
}

/** From this many characters on, a document's extraction reports its progress ("extracting: 40% of 3.2 MB of text"). */
export const PROGRESS_FROM_CHARS = 256 * 1024;

/** Tells `onStep` each tenth of the text done, as the step of the file being read. */
function textProgress(onStep: (step: string) => void): (done: number, total: number) => void {
  let told = 0;
  return (done, total) => {
    const tenths = Math.floor((done / total) * 10);
    if (tenths <= told || tenths >= 10) return;
    told = tenths;
    onStep(`extracting: ${tenths * 10}% of ${(total / 1024 / 1024).toFixed(1)} MB of text`);
  };
}

/** The page (from 1) each sentence starts on, given where each page starts in the text. */
function sentencePages(extraction: DocumentExtraction, pageStarts: readonly number[]): number[] {
  let page = 0;
  return extraction.sentences.map((sentence) => {
    while (page + 1 < pageStarts.length && (pageStarts[page + 1] as number) <= sentence.start) page++;
    return page + 1;
  });
}
