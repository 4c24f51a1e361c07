// pdfjs ships no types for its worker module; read-pdf.ts only hands the module to pdfjs.
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
