// One file's relative path and bytes → its document record and extraction, or why it is skipped.
// No side effect: the same function runs in the main thread and in the extraction workers.
import { extractDocument } from "../extract/extract-document.ts";
import { readDocument } from "../extract/read-document.ts";
import type { SkippedFile } from "../extract/types.ts";
import type { ExtractedDocument } from "./build-graph-file.ts";

/** What one file gives: a document for the graph builder, or a skipped file. Plain data, so it can cross threads. */
export type ExtractedFile = ({ ok: true } & ExtractedDocument) | { ok: false; skipped: SkippedFile };

/**
 * Reads and extracts one file; a document the NLP cannot handle is skipped with the error as its reason.
 * @example extractFile("world/putin.txt", bytes) // { ok: true, document: { id: "world/putin.txt", … }, extraction }
 */
export function extractFile(path: string, bytes: Uint8Array): ExtractedFile {
  const read = readDocument(path, bytes);
  if (!read.ok) return read;
  const { text, encoding: _encoding, ...document } = read.document;
  try {
    return { ok: true, document, extraction: extractDocument(text) };
  } catch (error) {
    // One document the NLP cannot handle must not cost the user the others.
    return { ok: false, skipped: { path, reason: `extraction failed: ${error instanceof Error ? error.message : String(error)}` } };
  }
}
