// Scans read with OCR (tesseract.js and the installed English model, registered as the command line
// does): a PNG of three lines (test/fixtures/scan.png) and a two-page PDF made of it; without --ocr,
// images and scanned PDFs are skipped saying so; an image of 20,000 × 20,000 pixels is refused by its header.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { registerOcr } from "../../src/cli/ocr-engine.ts";
import { readDocuments } from "../../src/extract/read-documents.ts";
import { imageSize } from "../../src/extract/read-image.ts";
import { makeScannedPdf } from "../fixtures/make-pdf.ts";
import { SCAN_LINES } from "../fixtures/make-scan-png.ts";

const SCAN = new Uint8Array(readFileSync(new URL("../fixtures/scan.png", import.meta.url)));
const SENTENCE = SCAN_LINES.join(" ");

/** The scan with its PNG header saying 20,000 × 20,000 pixels. */
function hugePng(): Uint8Array {
  const huge = SCAN.slice();
  new DataView(huge.buffer).setUint32(16, 20_000);
  new DataView(huge.buffer).setUint32(20, 20_000);
  return huge;
}

const scannedPdf = (pages: number) => makeScannedPdf(SCAN, pages);

beforeAll(() => registerOcr());

describe("readDocuments with OCR", () => {
  it("reads the text of a scanned page, its lines one paragraph", async () => {
    const [result] = await readDocuments("scans/page.png", SCAN, { ocr: true });
    expect(result).toMatchObject({ ok: true, document: { id: "scans/page.png", text: SENTENCE } });
  });

  it("reads a scanned PDF page by page, with its page count and each page's start", async () => {
    const [result] = await readDocuments("scans/two.pdf", await scannedPdf(2), { ocr: true });
    expect(result).toMatchObject({ ok: true, document: { pages: 2, text: `${SENTENCE}\n${SENTENCE}`, pageStarts: [0, SENTENCE.length + 1] } });
  });

  it("refuses an image of 20,000 × 20,000 pixels by its header, without decoding it", async () => {
    await expect(readDocuments("huge.png", hugePng(), { ocr: true })).resolves.toEqual([
      { ok: false, skipped: { path: "huge.png", reason: "too large: 20,000 × 20,000 pixels (the limit is 40 megapixels)" } },
    ]);
  });
});

describe("readDocuments without OCR", () => {
  it.each([
    ["page.png", "an image (try --ocr)", async () => SCAN],
    ["two.pdf", "no text layer (try --ocr)", () => scannedPdf(2)],
  ] as const)("skips %s: %s", async (path, reason, make) => {
    await expect(readDocuments(path, await make())).resolves.toEqual([{ ok: false, skipped: { path, reason } }]);
  });
});

describe("imageSize", () => {
  it.each([
    ["PNG", SCAN, { width: 900, height: 260 }],
    ["JPEG", Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc0, 0, 11, 8, 0x01, 0x2c, 0x02, 0x58, 1, 0, 0, 0]), { width: 600, height: 300 }],
    ["TIFF", Uint8Array.from([0x49, 0x49, 42, 0, 8, 0, 0, 0, 2, 0, 0, 1, 3, 0, 1, 0, 0, 0, 0x20, 0x4e, 0, 0, 1, 1, 4, 0, 1, 0, 0, 0, 0x20, 0x4e, 0, 0]), { width: 20_000, height: 20_000 }],
    ["not an image", new TextEncoder().encode("hello"), null],
  ])("reads the size in a %s header", (_, bytes, size) => {
    expect(imageSize(bytes)).toEqual(size);
  });
});
