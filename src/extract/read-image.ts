// An image file's bytes (a scanned page: PNG, JPEG, TIFF, BMP) → its document, read with OCR when the
// options ask for it; or why it is skipped (no --ocr, too many pixels, no text found). Pure: the OCR
// engine is the one the runner registered (ocr.ts).
import { ocrEngine, ocrTextToParagraphs } from "./ocr.ts";
import { parseDocumentHeader } from "./document-header.ts";
import { splitFileName, type ReadDocumentResult } from "./read-document.ts";
import type { FormatReader } from "./read-documents.ts";

/** The most pixels an image may have to be read: OCR memory and time grow with them (20,000 × 20,000 is 400 million). */
export const MAX_IMAGE_PIXELS = 40_000_000;

/**
 * Reads a scanned page with OCR into one document.
 * @example await readImage("scans/page-1.png", bytes, { ocr: true }) // [{ ok: true, document: { text: "Chancellor Olaf Scholz met …" } }]
 */
export const readImage: FormatReader = async (path, bytes, options) => {
  const skip = (reason: string): ReadDocumentResult[] => [{ ok: false, skipped: { path, reason } }];
  const size = imageSize(bytes);
  if (!size) return skip("not a valid image (unknown or broken header)");
  const reason = tooManyPixels(size.width, size.height);
  if (reason) return skip(reason);
  options.onStep?.("OCR");
  const recognize = await ocrEngine();
  const text = ocrTextToParagraphs(await recognize(bytes)).normalize("NFC");
  if (!/\p{L}{2}/u.test(text)) return skip("no text found by OCR");
  const header = parseDocumentHeader(text);
  return [{ ok: true, document: { id: path, path, title: header.title || splitFileName(path).name, url: header.url, text, encoding: null } }];
};

/** Why an image of this size is not read, or null. */
export function tooManyPixels(width: number, height: number): string | null {
  if (width * height <= MAX_IMAGE_PIXELS) return null;
  const n = (value: number) => value.toLocaleString("en-US");
  return `too large: ${n(width)} × ${n(height)} pixels (the limit is ${n(MAX_IMAGE_PIXELS / 1e6)} megapixels)`;
}

/** An image's width and height from its header (PNG, JPEG, TIFF, BMP), or null when the header is not one. */
export function imageSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = (offset: number, length: number) => offset + length <= bytes.length;
  // PNG: the IHDR chunk comes first.
  if (at(0, 24) && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return { width: view.getUint32(16), height: view.getUint32(20) };
  // BMP: BITMAPINFOHEADER after the 14-byte file header; a negative height is a top-down bitmap.
  if (at(0, 26) && bytes[0] === 0x42 && bytes[1] === 0x4d) return { width: Math.abs(view.getInt32(18, true)), height: Math.abs(view.getInt32(22, true)) };
  // JPEG: the first start-of-frame marker (SOF0–SOF15 but DHT, JPG and DAC) holds the size.
  if (at(0, 4) && bytes[0] === 0xff && bytes[1] === 0xd8) {
    for (let offset = 2; at(offset, 9); ) {
      if (bytes[offset] !== 0xff) return null;
      const marker = bytes[offset + 1] as number;
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: view.getUint16(offset + 7), height: view.getUint16(offset + 5) };
      offset += 2 + view.getUint16(offset + 2);
    }
    return null;
  }
  // TIFF: the first image file directory's ImageWidth (256) and ImageLength (257) tags.
  const little = bytes[0] === 0x49 && bytes[1] === 0x49;
  if (at(0, 8) && (little || (bytes[0] === 0x4d && bytes[1] === 0x4d)) && view.getUint16(2, little) === 42) {
    const ifd = view.getUint32(4, little);
    if (!at(ifd, 2)) return null;
    const size: { width?: number; height?: number } = {};
    for (let i = 0, n = view.getUint16(ifd, little); i < n && at(ifd + 2 + 12 * i, 12); i++) {
      const entry = ifd + 2 + 12 * i;
      const tag = view.getUint16(entry, little);
      const value = view.getUint16(entry + 2, little) === 3 ? view.getUint16(entry + 8, little) : view.getUint32(entry + 8, little);
      if (tag === 256) size.width = value;
      if (tag === 257) size.height = value;
    }
    return size.width !== undefined && size.height !== undefined ? { width: size.width, height: size.height } : null;
  }
  return null;
}
