// `npm run bench:documents`: how long the readers of issue 16 take, printed as a table. A 100-page text
// PDF (pdfjs), the same read and extracted, and OCR (tesseract.js) per scanned page, as a PNG and as a PDF
// of five such pages. Side effects: starts tesseract's worker; writes nothing. The PDFs are made with
// pdf-lib, a development dependency: this is a developer's command, like the tests.
import { readFileSync } from "node:fs";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { readDocuments } from "../extract/read-documents.ts";
import { extractFile } from "../graph/extract-file.ts";
import { launchChromium } from "./chromium.ts";
import { registerOcr } from "./ocr-engine.ts";

/** An A4 page of text scanned at 300 dpi (2,480 × 3,508 pixels, 11 pt serif), rendered by chromium as a PNG. */
async function a4Scan(): Promise<Uint8Array> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 2480, height: 3508 } });
    const paragraph = `<p>${SENTENCES.join(" ").repeat(3)}</p>`;
    await page.setContent(`<body style="margin:0;background:#fff"><div style="padding:300px;font:46px/1.4 'DejaVu Serif',serif;color:#111">${paragraph.repeat(4)}</div></body>`);
    return new Uint8Array(await page.screenshot({ type: "png" }));
  } finally {
    await browser.close();
  }
}

const SENTENCES = [
  "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran on Monday.",
  "Officials from Ankara and Moscow said the talks on Syria would go on in Geneva next month.",
  "The United Nations envoy said both sides had agreed to a ceasefire around the city of Idlib.",
];

/** A text PDF of `pages` pages of 12 pt Helvetica, 44 lines each (about 600 words a page), a running header on each. */
async function textPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const words = SENTENCES.join(" ").split(" ");
  for (let p = 0; p < pages; p++) {
    const page = doc.addPage([595, 842]);
    page.drawText("Weekly brief - confidential", { x: 72, y: 800, size: 9, font });
    for (let line = 0, w = p * 7; line < 44; line++) {
      const text: string[] = [];
      while (font.widthOfTextAtSize([...text, words[w % words.length]].join(" "), 12) < 450) text.push(words[w++ % words.length] as string);
      page.drawText(text.join(" "), { x: 72, y: 760 - line * 15, size: 12, font });
    }
    page.drawText(String(p + 1), { x: 295, y: 40, size: 9, font });
  }
  return doc.save();
}

async function scannedPdf(png: Uint8Array, pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  for (let i = 0; i < pages; i++) doc.addPage([image.width * 0.75, image.height * 0.75]).drawImage(image, { x: 0, y: 0, width: image.width * 0.75, height: image.height * 0.75 });
  return doc.save();
}

/** The best of `rounds` timings of `run`, in seconds, and its last result. */
async function best<T>(rounds: number, run: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  let seconds = Infinity;
  let result: T | undefined;
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    result = await run();
    seconds = Math.min(seconds, (performance.now() - started) / 1000);
  }
  return { seconds, result: result as T };
}

const rows: string[][] = [];
const row = (what: string, size: string, seconds: number, per: string) => rows.push([what, size, seconds.toFixed(2), per]);

const pdf = await textPdf(100);
// The first read loads pdfjs: measured apart.
const first = await best(1, () => readDocuments("brief.pdf", pdf));
const read = await best(3, () => readDocuments("brief.pdf", pdf));
const [document] = read.result;
const text = document?.ok ? document.document.text : "";
row("100-page text PDF, first read (pdfjs loads)", `${(pdf.length / 1024).toFixed(0)} kB`, first.seconds, `${((first.seconds / 100) * 1000).toFixed(1)} ms a page`);
row("100-page text PDF, read", `${text.split(/\s+/).length.toLocaleString("en-US")} words`, read.seconds, `${((read.seconds / 100) * 1000).toFixed(1)} ms a page`);
const extracted = await best(2, () => extractFile("brief.pdf", pdf));
row("100-page text PDF, read and extracted", `${extracted.result[0]?.ok ? extracted.result[0].extraction.sentences.length : 0} sentences`, extracted.seconds, `${((extracted.seconds / 100) * 1000).toFixed(1)} ms a page`);

registerOcr();
const scan = new Uint8Array(readFileSync(new URL("../../test/fixtures/scan.png", import.meta.url)));
const start = await best(1, () => readDocuments("scan.png", scan, { ocr: true }));
row("OCR, first scanned page (tesseract starts)", "900 × 260 px", start.seconds, "");
const png = await best(3, () => readDocuments("scan.png", scan, { ocr: true }));
row("OCR, a scanned page (PNG)", "900 × 260 px, 17 words", png.seconds, `${png.seconds.toFixed(2)} s a page`);
const scanned = await scannedPdf(scan, 5);
const ocrPdf = await best(2, () => readDocuments("scanned.pdf", scanned, { ocr: true }));
row("OCR, a 5-page scanned PDF", "900 × 260 px a page", ocrPdf.seconds, `${(ocrPdf.seconds / 5).toFixed(2)} s a page`);
const a4 = await a4Scan();
const full = await best(2, () => readDocuments("a4.png", a4, { ocr: true }));
const fullWords = full.result[0]?.ok ? full.result[0].document.text.split(/\s+/).length : 0;
row("OCR, an A4 page at 300 dpi (PNG)", `2,480 × 3,508 px, ${fullWords.toLocaleString("en-US")} words`, full.seconds, `${full.seconds.toFixed(2)} s a page`);

const header = ["what", "size", "seconds (best)", "per page"];
console.log(`| ${header.join(" | ")} |\n| --- | --- | ---: | ---: |`);
for (const r of rows) console.log(`| ${r.join(" | ")} |`);
process.exit(0);
