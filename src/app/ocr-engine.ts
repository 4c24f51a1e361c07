// Registers the page's OCR engine for the readers (src/extract/ocr.ts), in the extraction worker:
// tesseract.js's own worker, its WebAssembly core and the English model, all served with the page (vite
// emits them as files); nothing is fetched from elsewhere. Side effect: the first scan read downloads the
// three (about 7 MB) and starts tesseract's worker.
import langUrl from "@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz?url";
import coreUrl from "tesseract.js-core/tesseract-core-simd-lstm.wasm.js?url";
import workerUrl from "tesseract.js/dist/worker.min.js?url";
import { setOcrEngine } from "../extract/ocr.ts";

/**
 * Makes tesseract.js this worker's OCR engine, started on first use.
 * @example registerOcr(); await readDocuments("scan.png", bytes, { ocr: true })
 */
export function registerOcr(): void {
  setOcrEngine(async () => {
    const { createWorker, OEM } = await import("tesseract.js");
    const absolute = (url: string) => new URL(url, import.meta.url).href;
    // tesseract.js fetches "<langPath>/eng.traineddata.gz"; vite names the file by its hash. tesseract's
    // worker is started from this small script, which answers that one fetch with the hashed file and
    // then loads the real worker.
    const langPath = new URL(".", absolute(langUrl)).href.replace(/\/$/, "");
    const shim = [
      "const fetchFile = self.fetch.bind(self);",
      `self.fetch = (url, init) => fetchFile(String(url) === ${JSON.stringify(`${langPath}/eng.traineddata.gz`)} ? ${JSON.stringify(absolute(langUrl))} : url, init);`,
      `importScripts(${JSON.stringify(absolute(workerUrl))});`,
    ].join("\n");
    const workerPath = URL.createObjectURL(new Blob([shim], { type: "text/javascript" }));
    const worker = await createWorker("eng", OEM.LSTM_ONLY, { workerPath, workerBlobURL: false, corePath: absolute(coreUrl), langPath, cacheMethod: "none", gzip: true });
    return async (image) => (await worker.recognize(image as unknown as Parameters<typeof worker.recognize>[0])).data.text;
  });
}
