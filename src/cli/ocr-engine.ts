// Registers this thread's OCR engine for the readers (src/extract/ocr.ts): tesseract.js in a worker
// thread, reading the English LSTM model from the installed @tesseract.js-data/eng package; nothing is
// downloaded. Side effect: the first scan read starts that worker (about 2 s, some 100 MB).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { setOcrEngine } from "../extract/ocr.ts";

/** The folder of eng.traineddata.gz: the "best_int" LSTM model, 2.9 MB (the 4.0.0 folder adds the legacy engine's 8 MB). */
export const ENGLISH_DATA = join(dirname(fileURLToPath(import.meta.resolve("@tesseract.js-data/eng/package.json"))), "4.0.0_best_int");

/**
 * Makes tesseract.js this thread's OCR engine, started on first use.
 * @example registerOcr(); await readDocuments("scan.png", bytes, { ocr: true })
 */
export function registerOcr(): void {
  setOcrEngine(async () => {
    const { createWorker, OEM } = await import("tesseract.js");
    // cacheMethod "none": the model is read from the package, never copied into a cache folder.
    const worker = await createWorker("eng", OEM.LSTM_ONLY, { langPath: ENGLISH_DATA, gzip: true, cacheMethod: "none" });
    // tesseract.js types its Node input as a Buffer: the same bytes, not copied.
    return async (image) => (await worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength))).data.text;
  });
}
