// A Word (.docx) file's bytes → its document: the text through mammoth, the title and date from
// docProps/core.xml (read with fflate, which mammoth does not expose); or why it is skipped. Pure.
import { Unzip, UnzipInflate } from "fflate";
import { parseDocumentHeader } from "./document-header.ts";
import { normalizeText, splitFileName, type ReadDocumentResult } from "./read-document.ts";
import type { FormatReader } from "./read-documents.ts";

/** The most a .docx may unpack to, all its parts together: beyond it, a zip bomb or not a document to graph. */
export const MAX_DOCX_UNZIPPED_BYTES = 100 * 1024 * 1024;

/** An OLE compound file's first bytes: a .doc, or a .docx encrypted with a password (Word wraps it in one). */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Reads a .docx into one document: paragraphs a line each, title and date from its properties.
 * @example await readDocx("memo.docx", bytes, {}) // [{ ok: true, document: { title: "Memo", date: "2024-03-01", … } }]
 */
export const readDocx: FormatReader = async (path, bytes) => {
  const skip = (reason: string): ReadDocumentResult[] => [{ ok: false, skipped: { path, reason } }];
  if (OLE_MAGIC.every((byte, i) => bytes[i] === byte)) return skip("password-protected or old Word format (an OLE file, not a .docx zip)");
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return skip("not a valid .docx (not a zip file)");

  const parts = unpackParts(bytes, new Set(["docProps/core.xml", "word/document.xml"]));
  if ("reason" in parts) return skip(parts.reason);
  if (!parts.found.has("word/document.xml")) return skip("not a valid .docx (no word/document.xml)");

  const mammoth = (await import("mammoth")).default;
  // mammoth reads `buffer` in Node and `arrayBuffer` in the browser build (its package.json swaps the unzip module).
  const input = { buffer: bytes, arrayBuffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
  let raw: string;
  try {
    raw = (await mammoth.extractRawText(input)).value;
  } catch (error) {
    return skip(`not a valid .docx (${error instanceof Error ? error.message : String(error)})`);
  }
  const text = normalizeText(raw)
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
  if (!/\p{L}/u.test(text)) return skip("no text in the Word document");

  const core = parts.found.get("docProps/core.xml");
  const properties = core === undefined ? {} : coreProperties(core);
  const header = parseDocumentHeader(text);
  const title = properties.title ?? (header.title || splitFileName(path).name);
  return [{ ok: true, document: { id: path, path, title, url: header.url, ...(properties.date ? { date: properties.date } : {}), text, encoding: null } }];
};

/**
 * Streams through the zip, inflating every part to count what it really unpacks to (a bomb's headers may
 * lie), and keeps the text of the parts asked for. Stops at the limit.
 */
function unpackParts(bytes: Uint8Array, wanted: ReadonlySet<string>): { found: Map<string, string> } | { reason: string } {
  const found = new Map<string, string>();
  let total = 0;
  let over = false;
  let broken: string | null = null;
  const unzip = new Unzip((file) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (error, chunk, final) => {
      if (error) broken ??= error.message;
      if (error || over) return;
      total += chunk.length;
      if (total > MAX_DOCX_UNZIPPED_BYTES) {
        over = true;
        file.terminate();
        return;
      }
      if (wanted.has(file.name)) chunks.push(chunk);
      if (final && wanted.has(file.name)) found.set(file.name, new TextDecoder().decode(concat(chunks)));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    // In pieces, so that a bomb is stopped before the whole of it is inflated.
    for (let offset = 0; offset < bytes.length && !over; offset += 64 * 1024) unzip.push(bytes.subarray(offset, offset + 64 * 1024), offset + 64 * 1024 >= bytes.length);
  } catch (error) {
    return { reason: `not a valid .docx (${error instanceof Error ? error.message : String(error)})` };
  }
  if (over) return { reason: `too large: unpacks to over ${MAX_DOCX_UNZIPPED_BYTES / 1024 / 1024} MB (a zip bomb?)` };
  if (broken !== null) return { reason: `not a valid .docx (${broken})` };
  return { found };
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, chunk) => n + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** The title (dc:title) and creation day (dcterms:created, YYYY-MM-DD) of docProps/core.xml. */
function coreProperties(xml: string): { title?: string; date?: string } {
  const value = (tag: string) => {
    const match = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1];
    return match === undefined ? undefined : decodeXml(match).replace(/\s+/g, " ").trim() || undefined;
  };
  const title = value("dc:title");
  const date = /^\d{4}-\d{2}-\d{2}/.exec(value("dcterms:created") ?? "")?.[0];
  return { ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (entity, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[lower] ?? entity;
  });
}
