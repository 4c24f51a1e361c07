// One file (its relative path and bytes) → the documents in it and the parts skipped, with a reason each.
// Pure and asynchronous: a PDF, Word, e-mail, web page or OCR reader is a library loaded (import()) only
// when such a file comes, so the page's worker does not download it for a folder of text files.
import { IMAGE_EXTENSIONS, isSupportedPath, readDocument, splitFileName, type ReadDocumentResult } from "./read-document.ts";

/** How files are read; the same options on the command line and in the page. */
export interface ReadOptions {
  /** Read scanned pages and images with OCR (`--ocr`, the page's "OCR scanned files"). */
  ocr?: boolean;
  /**
   * Told of each step of a long read ("OCR page 2 of 5"). In the thread that reads only: options sent to
   * a worker thread must not hold it.
   */
  onStep?: (step: string) => void;
  /** The largest file read, in bytes (default MAX_FILE_BYTES); a larger one is skipped, `too large: …`. */
  maxFileBytes?: number;
}

/**
 * The largest file read by default, of any type: more would be held in memory whole (a PDF, a zip, a
 * mailbox are parsed from their bytes), and is rarely one document. Larger files are skipped without being
 * read; `ReadOptions.maxFileBytes` (`--max-file-mb` on the command line) moves the limit.
 */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

/**
 * Why a file of this size is not read ("too large: …"), or null when it is small enough. The command line
 * and the page ask before they load a file's bytes; `readDocuments` asks again.
 * @example tooLarge(300 * 1024 * 1024) // "too large: 300 MB (the limit is 256 MB)"
 */
export function tooLarge(bytes: number, limit: number = MAX_FILE_BYTES): string | null {
  if (bytes <= limit) return null;
  return `too large: ${megabytes(bytes)} (the limit is ${megabytes(limit)})`;
}

/** "300 MB", "1,024 MB"; below 10 MB with one decimal when it is not whole ("2.5 MB"), so a small limit reads true. */
function megabytes(bytes: number): string {
  const mb = bytes / 1024 / 1024;
  const shown = mb < 10 && Math.round(mb * 10) % 10 !== 0 ? mb.toFixed(1) : Math.round(mb).toLocaleString("en-US");
  return `${shown} MB`;
}

/** A reader of one binary format: the documents (or skips) one file holds, in order. */
export type FormatReader = (path: string, bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocumentResult[]>;

/** The readers of the formats that are not plain text, by extension, each loaded on first use. */
const FORMAT_READERS: Record<string, () => Promise<FormatReader>> = {
  ".html": async () => (await import("./read-html.ts")).readHtml,
  ".htm": async () => (await import("./read-html.ts")).readHtml,
  ".pdf": async () => (await import("./read-pdf.ts")).readPdf,
  ".docx": async () => (await import("./read-docx.ts")).readDocx,
  ...Object.fromEntries(IMAGE_EXTENSIONS.map((extension) => [extension, async () => (await import("./read-image.ts")).readImage])),
  // A message's attachments are read by this same function, whatever their type.
  ".eml": async () => (await import("./read-mail.ts")).mailReader(readDocuments),
  ".mbox": async () => (await import("./read-mail.ts")).mailReader(readDocuments),
};

/**
 * Reads one file into its documents: one for a text, PDF or Word file, one per message of an mbox, and
 * one more for each readable attachment of a message. A file that cannot be read is one skip whose reason
 * names what was wrong; this never throws.
 * @example await readDocuments("world/putin.txt", bytes) // [{ ok: true, document: { id: "world/putin.txt", … } }]
 */
export async function readDocuments(path: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocumentResult[]> {
  const { extension } = splitFileName(path);
  const large = tooLarge(bytes.length, options.maxFileBytes);
  if (large !== null) return [{ ok: false, skipped: { path, reason: large } }];
  const load = FORMAT_READERS[extension];
  if (!load) return [readDocument(path, bytes)];
  // Said from the name alone, as callers that do not load an image's bytes without OCR expect.
  if (!options.ocr && IMAGE_EXTENSIONS.includes(extension)) return [{ ok: false, skipped: { path, reason: "an image (try --ocr)" } }];
  if (bytes.length === 0) return [{ ok: false, skipped: { path, reason: "empty file" } }];
  try {
    const read = await load();
    return await read(path, bytes, options);
  } catch (error) {
    // A library's own error on a broken file: the file is skipped, the run goes on.
    return [{ ok: false, skipped: { path, reason: `cannot read: ${errorMessage(error)}` } }];
  }
}

/**
 * Whether `readDocuments` needs a file's bytes to read or skip it: not for a type it skips by its name (an
 * unsupported one, or an image without OCR), so callers need not load those.
 * @example readsBytes("scan.png", {}) // false; readsBytes("scan.png", { ocr: true }) // true
 */
export function readsBytes(path: string, options: ReadOptions = {}): boolean {
  return isSupportedPath(path) && (options.ocr === true || !IMAGE_EXTENSIONS.includes(splitFileName(path).extension));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
