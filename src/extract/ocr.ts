// The OCR engine the readers use for scans and images: registered once per thread by the runner (the
// command line's src/cli/ocr-engine.ts, the page's src/app/ocr-engine.ts), which knows where tesseract.js
// and its English data are. Pure: this module only holds the engine.

/** Recognises the text of one image file (PNG, JPEG, TIFF, BMP or PGM bytes), lines ending in "\n", paragraphs in "\n\n". */
export type OcrEngine = (image: Uint8Array) => Promise<string>;

let create: (() => Promise<OcrEngine>) | null = null;
let engine: Promise<OcrEngine> | null = null;

/**
 * Sets how this thread's engine is made; it is made on first use, then reused.
 * @example setOcrEngine(async () => { const worker = await createWorker("eng"); return async (image) => (await worker.recognize(image)).data.text; })
 */
export function setOcrEngine(factory: () => Promise<OcrEngine>): void {
  create = factory;
  engine = null;
}

/** This thread's engine; rejects when no runner registered one. */
export function ocrEngine(): Promise<OcrEngine> {
  if (!create) return Promise.reject(new Error("OCR is not available here"));
  engine ??= create();
  return engine;
}

/**
 * OCR text → the document's text: a paragraph a line (its lines joined, a word hyphenated at a line end
 * joined again), since every line break ends a sentence.
 * @example ocrTextToParagraphs("Olaf Scholz met Gior-\ngia Meloni.\n\nNext.") // "Olaf Scholz met Giorgia Meloni.\nNext."
 */
export function ocrTextToParagraphs(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter((line) => line !== "")
        .reduce((joined, line) => (joined === "" ? line : /\p{L}-$/u.test(joined) && /^\p{Ll}/u.test(line) ? joined.slice(0, -1) + line : `${joined} ${line}`), ""),
    )
    .filter((paragraph) => paragraph !== "")
    .join("\n");
}
