// A PDF file's bytes → its document: the text layer page by page through pdfjs (laid out by pdf-text.ts),
// or with OCR each page's picture when it has no text layer; the page count, the title from the metadata
// or the first headline; or why it is skipped. Pure: pdfjs runs in this thread (its "fake worker"), the
// same in Node, worker threads and the page's worker.
import { layOutPdfText, type PdfTextRun } from "./pdf-text.ts";
import { parseDocumentHeader } from "./document-header.ts";
import type { ReadDocumentResult } from "./read-document.ts";
import { splitFileName } from "./read-document.ts";
import type { FormatReader } from "./read-documents.ts";
import { ocrEngine, ocrTextToParagraphs, type OcrEngine } from "./ocr.ts";
import { tooManyPixels } from "./read-image.ts";

/** The most pages a PDF may have to be read: a 2,000-page scan of a ledger is not a document to graph. */
export const MAX_PDF_PAGES = 1_000;
/** The most text read from one PDF, in characters. */
export const MAX_PDF_TEXT = 20_000_000;
/** A PDF that takes longer than this to read is skipped, whatever it holds. */
export const PDF_TIME_LIMIT_MS = 120_000;
/** The most scanned pages read with OCR from one PDF (a few seconds each). */
export const MAX_OCR_PAGES = 100;
/** A scanned PDF's OCR may take this long, pages times seconds. */
export const OCR_TIME_LIMIT_MS = 600_000;

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
export const readPdf: FormatReader = async (path, bytes, options) => {
  const skip = (reason: string): ReadDocumentResult[] => [{ ok: false, skipped: { path, reason } }];
  const api = await loadPdfjs();
  // pdfjs takes the buffer over: give it a copy, the caller may still hold the bytes.
  // Images come as pixels, not as browser bitmaps: OCR reads them the same everywhere.
  const task = api.getDocument({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
  });
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
    let laid = layOutPdfText(pages);
    if (!/\p{L}/u.test(laid.text)) {
      if (!options.ocr) return skip("no text layer (try --ocr)");
      if (pdf.numPages > MAX_OCR_PAGES) return skip(`too large: ${pdf.numPages.toLocaleString("en-US")} scanned pages to OCR (the limit is ${MAX_OCR_PAGES})`);
      const scanned = await ocrPages(api, pdf, await ocrEngine(), options.onStep);
      if ("reason" in scanned) return skip(scanned.reason);
      laid = scanned;
      if (!/\p{L}{2}/u.test(laid.text)) return skip("no text found by OCR");
    }
    const text = laid.text.normalize("NFC");
    const { info } = await pdf.getMetadata();
    const title = metadataTitle((info as { Title?: unknown }).Title) ?? laid.headline ?? (parseDocumentHeader(text).title || splitFileName(path).name);
    return [{ ok: true, document: { id: path, path, title, url: parseDocumentHeader(text).url, pages: pdf.numPages, text, encoding: null, pageStarts: laid.pageStarts } }];
  } catch (error) {
    return skip(describePdfError(error));
  } finally {
    await pdf.destroy();
  }
};

type PdfDocument = Awaited<ReturnType<Pdfjs["getDocument"]>["promise"]>;

/** A decoded image as pdfjs hands it over: pixels, 1 bit, 3 or 4 bytes each (`kind` 1, 2, 3). */
interface PdfImage {
  width: number;
  height: number;
  kind?: number;
  data?: Uint8Array | Uint8ClampedArray;
}

/** Each page's largest image read with OCR: a scanned PDF is a picture of each page. */
async function ocrPages(api: Pdfjs, pdf: PdfDocument, recognize: OcrEngine, onStep?: (step: string) => void): Promise<{ text: string; pageStarts: number[]; headline: string | null } | { reason: string }> {
  const started = Date.now();
  let text = "";
  const pageStarts: number[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    onStep?.(`OCR page ${number} of ${pdf.numPages}`);
    const page = await pdf.getPage(number);
    const operators = await page.getOperatorList();
    let largest: PdfImage | null = null;
    for (let i = 0; i < operators.fnArray.length; i++) {
      const op = operators.fnArray[i];
      const args = operators.argsArray[i] as unknown[];
      let image: PdfImage | null = null;
      if (op === api.OPS.paintInlineImageXObject) image = args[0] as PdfImage;
      else if (op === api.OPS.paintImageXObject) {
        const id = args[0] as string;
        const objects = id.startsWith("g_") ? page.commonObjs : page.objs;
        image = await new Promise<PdfImage>((resolve) => objects.get(id, resolve as (data: unknown) => void));
      }
      if (image?.data && (!largest || image.width * image.height > largest.width * largest.height)) largest = image;
    }
    page.cleanup();
    pageStarts.push(text.length + (text ? 1 : 0));
    if (largest) {
      const reason = tooManyPixels(largest.width, largest.height);
      if (reason) return { reason: `${reason}, page ${number}` };
      const paragraphs = ocrTextToParagraphs(await recognize(toPgm(largest)));
      if (paragraphs) text += (text ? "\n" : "") + paragraphs;
    }
    if (Date.now() - started > OCR_TIME_LIMIT_MS) return { reason: `too large: OCR took over ${OCR_TIME_LIMIT_MS / 1000} s (stopped at page ${number} of ${pdf.numPages})` };
  }
  // A page with no text starts where the next one does.
  for (let i = pageStarts.length - 1; i >= 0; i--) pageStarts[i] = Math.min(pageStarts[i] as number, pageStarts[i + 1] ?? text.length, text.length);
  const first = text.split("\n")[0] ?? "";
  return { text, pageStarts, headline: first.split(" ").length <= 20 && !/[.,;:]$/.test(first) ? first : null };
}

/** Pixels → a grayscale PGM file (P5), which tesseract reads in Node and in the browser alike. */
function toPgm(image: PdfImage): Uint8Array {
  const { width, height, kind } = image;
  const data = image.data as Uint8Array;
  const header = new TextEncoder().encode(`P5\n${width} ${height}\n255\n`);
  const out = new Uint8Array(header.length + width * height);
  out.set(header);
  const rowBytes = (width + 7) >> 3;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let gray: number;
      if (kind === 1) {
        // One bit a pixel, rows padded to a byte, 1 is white.
        gray = ((data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
      } else {
        const channels = kind === 3 ? 4 : 3;
        const i = (y * width + x) * channels;
        gray = ((data[i] as number) * 299 + (data[i + 1] as number) * 587 + (data[i + 2] as number) * 114) / 1000;
      }
      out[header.length + y * width + x] = gray;
    }
  }
  return out;
}

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
