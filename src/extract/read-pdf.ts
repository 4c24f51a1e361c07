// A PDF file's bytes → its document: the text layer page by page through pdfjs (laid out by pdf-text.ts),
// the page count, the title from the metadata or the first headline; or why it is skipped. Pure: pdfjs
// runs in this thread (its "fake worker"), the same in Node, worker threads and the page's worker.
import { layOutPdfText, type PdfTextRun } from "./pdf-text.ts";
import { parseDocumentHeader } from "./document-header.ts";
import type { ReadDocumentResult } from "./read-document.ts";
import { splitFileName } from "./read-document.ts";
import type { FormatReader } from "./read-documents.ts";

/** The most pages a PDF may have to be read: a 2,000-page scan of a ledger is not a document to graph. */
export const MAX_PDF_PAGES = 1_000;
/** The most text read from one PDF, in characters. */
export const MAX_PDF_TEXT = 20_000_000;
/** A PDF that takes longer than this to read is skipped, whatever it holds. */
export const PDF_TIME_LIMIT_MS = 120_000;

type Pdfjs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

let pdfjs: Promise<Pdfjs> | undefined;

/** pdfjs, loaded once, with its worker code in this thread: no second worker, no worker file to find. */
function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= (async () => {
    const api = await import("pdfjs-dist/legacy/build/pdf.mjs");
    // Loaded in a web worker (the page's extraction worker), pdfjs's worker module takes that worker's
    // messages for its own and answers the page; it does not when it believes it is in a window.
    const scope = globalThis as { window?: unknown; self?: unknown; pdfjsWorker?: unknown };
    const inWebWorker = scope.window === undefined && scope.self !== undefined;
    if (inWebWorker) scope.window = scope;
    try {
      // pdfjs looks for its worker's message handler here before it would start a Worker.
      scope.pdfjsWorker = await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
    } finally {
      if (inWebWorker) delete scope.window;
    }
    return api;
  })();
  return pdfjs;
}

/**
 * Reads a PDF's text layer into one document with `pages` and, per page, where it starts in the text.
 * @example await readPdf("reports/summit.pdf", bytes, {}) // [{ ok: true, document: { title: "…", pages: 3, pageStarts: [0, 812, 1650], … } }]
 */
export const readPdf: FormatReader = async (path, bytes) => {
  const skip = (reason: string): ReadDocumentResult[] => [{ ok: false, skipped: { path, reason } }];
  const api = await loadPdfjs();
  // pdfjs takes the buffer over: give it a copy, the caller may still hold the bytes.
  const task = api.getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    return skip(describePdfError(error));
  }
  try {
    if (pdf.numPages > MAX_PDF_PAGES) return skip(`too large: ${pdf.numPages.toLocaleString("en-US")} pages (the limit is ${MAX_PDF_PAGES.toLocaleString("en-US")})`);
    const started = Date.now();
    const pages: PdfTextRun[][] = [];
    let characters = 0;
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs: PdfTextRun[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const [, , , , x = 0, y = 0] = item.transform as number[];
        runs.push({ text: item.str, x, y, width: item.width, height: item.height, endOfLine: item.hasEOL });
        characters += item.str.length;
      }
      page.cleanup();
      pages.push(runs);
      if (characters > MAX_PDF_TEXT) return skip(`too large: over ${(MAX_PDF_TEXT / 1e6).toFixed(0)} million characters of text`);
      if (Date.now() - started > PDF_TIME_LIMIT_MS) return skip(`too large: reading took over ${PDF_TIME_LIMIT_MS / 1000} s (stopped at page ${number} of ${pdf.numPages})`);
    }
    const laid = layOutPdfText(pages);
    const text = laid.text.normalize("NFC");
    if (!/\p{L}/u.test(text)) return skip("no text layer (try --ocr)");
    const { info } = await pdf.getMetadata();
    const title = metadataTitle((info as { Title?: unknown }).Title) ?? laid.headline ?? (parseDocumentHeader(text).title || splitFileName(path).name);
    return [{ ok: true, document: { id: path, path, title, url: parseDocumentHeader(text).url, pages: pdf.numPages, text, encoding: null, pageStarts: laid.pageStarts } }];
  } catch (error) {
    return skip(describePdfError(error));
  } finally {
    await pdf.destroy();
  }
};

/** The metadata's title, unless it is empty or a placeholder a program wrote ("untitled", "Microsoft Word - x.docx"). */
function metadataTitle(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const title = value.replace(/\s+/g, " ").trim();
  if (!/\p{L}/u.test(title) || /^(untitled|document\d*|microsoft word - .*|.*\.(docx?|pdf|odt|rtf|txt))$/i.test(title)) return null;
  return title;
}

/** pdfjs's error as a reason a user can act on. */
function describePdfError(error: unknown): string {
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  if (name === "PasswordException") return "password-protected PDF";
  if (name === "InvalidPDFException") return `not a valid PDF (${message})`;
  return `corrupt PDF (${message})`;
}
