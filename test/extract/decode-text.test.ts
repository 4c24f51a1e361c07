// decodeText on UTF-16 saved without a byte order mark (issue 14): read as text, not called binary, while
// a binary file with NULs everywhere stays binary.
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/extract/decode-text.ts";
import { readDocument } from "../../src/extract/read-document.ts";

const TEXT = "Vladimir Putin met Hassan Rouhani in Tehran.\r\nErdoğan stayed in Ankara, café closed.\r\n";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 * i + (order === "le" ? 0 : 1)] = code & 0xff;
    bytes[2 * i + (order === "le" ? 1 : 0)] = code >> 8;
  }
  return bytes;
}

describe("decodeText on UTF-16 without a BOM", () => {
  it.each(["le", "be"] as const)("reads UTF-16%s", (order) => {
    expect(decodeText(utf16(TEXT, order))).toEqual({ text: TEXT, encoding: `utf-16${order}` });
  });

  it("gives a document whose text is the article", () => {
    const read = readDocument("notes.txt", utf16(TEXT, "le"));
    expect(read.ok && read.document.text).toContain("Vladimir Putin met Hassan Rouhani in Tehran.");
  });

  it("still calls binary a file with NUL bytes on both parities", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 3 === 0 ? 0 : 0x41 + (i % 26)));
    expect(decodeText(bytes)).toEqual({ binary: true, reason: "NUL bytes" });
  });

  it("still calls binary UTF-16-looking bytes that decode to control characters", () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i % 2 === 1 ? 0 : 1 + (i % 7)));
    expect("binary" in decodeText(bytes)).toBe(true);
  });
});
