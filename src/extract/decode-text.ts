// Bytes of a file → its text (UTF-8, UTF-16 with a BOM or with the NULs of ASCII text in UTF-16, else
// Windows-1252), or a verdict that it is binary.
// Pure: Uint8Array and TextDecoder only, so it runs in Node and the browser.

/** The encodings a text file is read in. */
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

/** What `decodeText` returns: the text and its encoding, or why the bytes are not text. */
export type DecodedText =
  | { text: string; encoding: TextEncoding }
  | { binary: true; reason: "NUL bytes" | "control characters" };

/** How many leading bytes the binary check looks at. */
const SNIFF_BYTES = 8192;
/** Share of control characters above which the sniffed bytes count as binary. */
const MAX_CONTROL_SHARE = 0.1;

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * What Windows-1252 puts at 0x80–0x9F (curly quotes, dashes, €); the other bytes are their Latin-1 code
 * points. Hand-written because Node 20's TextDecoder("windows-1252") decodes these as C1 controls.
 * The five unassigned bytes keep their code point, as the WHATWG encoding standard says.
 */
const WINDOWS_1252_HIGH =
  "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Decodes a file's bytes: UTF-8 (a BOM is stripped), UTF-16 when it starts with a BOM or when a NUL
 * falls in every other byte of Latin text (see `sniffUtf16`), otherwise
 * Windows-1252 (which also reads Latin-1); NUL bytes or many control characters make it binary.
 * @example decodeText(new Uint8Array([0x63, 0x61, 0x66, 0xe9])) // { text: "café", encoding: "windows-1252" }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  // Notepad's "Unicode" is UTF-16 with a BOM: full of NUL bytes, yet text.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder("utf-16le").decode(bytes), encoding: "utf-16le" };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder("utf-16be").decode(bytes), encoding: "utf-16be" };
  }

  // UTF-16 saved without a BOM: ASCII text has a NUL in every other byte (the odd ones in little-endian).
  const utf16 = sniffUtf16(bytes.subarray(0, SNIFF_BYTES));
  if (utf16) {
    const text = new TextDecoder(utf16).decode(bytes);
    if (sniffBinary(new TextEncoder().encode(text.slice(0, SNIFF_BYTES))) === null) return { text, encoding: utf16 };
  }

  const binary = sniffBinary(bytes.subarray(0, SNIFF_BYTES));
  if (binary) return { binary: true, reason: binary };

  try {
    // TextDecoder strips a leading UTF-8 BOM by default.
    return { text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: decodeLineByLine(bytes), encoding: "windows-1252" };
  }
}

/**
 * The UTF-16 byte order of a sample without a BOM, or null: every NUL byte on one parity (odd for
 * little-endian, even for big-endian), and NULs on at least half of that parity's bytes. A binary file has
 * NULs on both; text in a non-Latin script has few (its high bytes are not 0), and is not guessed.
 */
function sniffUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  const nuls = [0, 0];
  for (let i = 0; i < pairs * 2; i++) if (sample[i] === 0) nuls[i % 2]!++;
  const [even, odd] = nuls as [number, number];
  if (even === 0 && odd >= pairs / 2) return "utf-16le";
  if (odd === 0 && even >= pairs / 2) return "utf-16be";
  return null;
}

/** Returns why the sample looks binary, or null when it looks like text. */
function sniffBinary(sample: Uint8Array): "NUL bytes" | "control characters" | null {
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return "NUL bytes";
    // Tab, line feed, vertical tab, form feed, carriage return and escape appear in real text files.
    const isControl = (byte < 0x20 && (byte < 0x09 || byte > 0x0d) && byte !== 0x1b) || byte === 0x7f;
    if (isControl) controls++;
  }
  return sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE ? "control characters" : null;
}

/**
 * Decodes each line as UTF-8 when it is valid UTF-8 and as Windows-1252 otherwise. A file made by pasting
 * a Latin-1 paragraph into a UTF-8 one keeps its UTF-8 names ("Erdoğan") instead of turning them into
 * mojibake; a file that is Windows-1252 throughout decodes exactly as a whole-file Windows-1252 read.
 */
function decodeLineByLine(bytes: Uint8Array): string {
  const parts: string[] = [];
  let start = 0;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const line = bytes.subarray(start, end);
    let text: string;
    try {
      text = utf8.decode(line);
    } catch {
      text = decodeWindows1252(line);
    }
    parts.push(text);
    start = end + 1;
  }
  return parts.join("\n");
}

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    const chars = Array.from(bytes.subarray(start, start + 8192), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? (WINDOWS_1252_HIGH[byte - 0x80] as string) : String.fromCharCode(byte),
    );
    text += chars.join("");
  }
  return text;
}
