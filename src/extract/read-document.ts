// One file (its relative path and bytes) → a document with id, title, source URL and text, or the reason
// it is skipped. Pure: the caller reads the bytes (src/cli/walk-corpus.ts in Node, a file input in the app).
import { decodeText, type TextEncoding } from "./decode-text.ts";
import { parseDocumentHeader } from "./document-header.ts";
import { htmlToText } from "./html-to-text.ts";
import type { DocumentRecord, SkippedFile } from "./types.ts";

/** The plain-text extensions `readDocument` reads by itself, synchronously (lower case). */
export const TEXT_EXTENSIONS = [".txt", ".md", ".markdown", ".html", ".htm"];

/** The image extensions (scanned pages), read only with OCR (lower case). */
export const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp"];

/**
 * The file extensions read as documents (lower case): the text formats, and those `readDocuments` reads
 * with a library loaded when such a file comes. Every other file is skipped with a reason.
 */
export const SUPPORTED_EXTENSIONS = [...TEXT_EXTENSIONS, ".pdf", ".docx", ".eml", ".mbox", ...IMAGE_EXTENSIONS];

/**
 * A document that was read: its record plus the text and the encoding it was decoded from (null for a
 * format that is not plain text: PDF, Word, e-mail). `pageStarts`, for a paged format, is where each page
 * starts in `text` (page 1 at 0).
 */
export interface TextDocument extends DocumentRecord {
  text: string;
  encoding: TextEncoding | null;
  pageStarts?: number[];
}

/** What `readDocument` returns for one file. */
export type ReadDocumentResult = { ok: true; document: TextDocument } | { ok: false; skipped: SkippedFile };

/**
 * Reads one plain-text file (`TEXT_EXTENSIONS`) into a document; `readDocuments` reads every supported
 * format and calls this for these. `path` is relative to the input folder with "/" separators and becomes
 * the document's id.
 * @example readDocument("world/putin.txt", bytes)
 *   // { ok: true, document: { id: "world/putin.txt", path: "world/putin.txt", title: "…", url: null, text: "…", encoding: "utf-8" } }
 */
export function readDocument(path: string, bytes: Uint8Array): ReadDocumentResult {
  const skip = (reason: string): ReadDocumentResult => ({ ok: false, skipped: { path, reason } });

  const { name, extension } = splitFileName(path);
  if (!TEXT_EXTENSIONS.includes(extension)) {
    return skip(extension ? `unsupported file type ${extension}` : "unsupported file type (no extension)");
  }
  if (bytes.length === 0) return skip("empty file");

  const decoded = decodeText(bytes);
  if ("binary" in decoded) return skip(`binary file (${decoded.reason})`);
  const source = normalizeText(decoded.text);
  if (!source.trim()) return skip("empty file (only whitespace)");

  let text: string;
  let title: string;
  let url: string | null;
  if (extension === ".html" || extension === ".htm") {
    const html = htmlToText(source);
    if (!html.text.trim()) return skip("no text after HTML conversion");
    const header = parseDocumentHeader(html.text);
    text = html.text;
    title = html.title ?? header.title;
    url = html.url ?? header.url;
  } else if (extension === ".md" || extension === ".markdown") {
    const { frontMatter, body } = splitFrontMatter(source);
    text = separateGluedUrls(markdownToText(body));
    if (!text.trim()) return skip("empty file (only front matter)");
    // The URL is looked for before link syntax is removed: "[Reuters](https://…)" names the source.
    url = firstUrlIn(frontMatter) ?? parseDocumentHeader(body).url;
    title = frontMatterTitle(frontMatter) ?? parseDocumentHeader(text).title;
  } else {
    text = separateGluedUrls(source);
    ({ title, url } = parseDocumentHeader(text));
  }

  return { ok: true, document: { id: path, path, title: title || name, url, text, encoding: decoded.encoding } };
}

/**
 * Whether `readDocument` reads a file of this name at all: callers need not load the bytes of one it skips.
 * @example isSupportedPath("world/putin.TXT") // true; isSupportedPath(".md") // false
 */
export function isSupportedPath(path: string): boolean {
  return SUPPORTED_EXTENSIONS.includes(splitFileName(path).extension);
}

/** The file name without its extension, and the extension in lower case ("" for none or a dot-file). */
export function splitFileName(path: string): { name: string; extension: string } {
  const base = path.slice(path.lastIndexOf("/") + 1);
  const dot = base.lastIndexOf(".");
  if (dot <= 0) return { name: base, extension: "" };
  return { name: base.slice(0, dot), extension: base.slice(dot).toLowerCase() };
}

/**
 * Unix line endings, composed Unicode (a name typed on a Mac is NFD and would not match its NFC twin),
 * form feeds as line breaks, and no other control characters (DOS files end with Ctrl-Z).
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?|\f|\v/g, "\n")
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f]/g, "") // eslint-disable-line no-control-regex
    .normalize("NFC");
}

/**
 * Puts a URL glued to the word before it on a line of its own: scraped articles start with
 * "…Keep Assad in Powerhttps://english.aawsat.com/…", which would otherwise read as one sentence.
 */
function separateGluedUrls(text: string): string {
  return text.replace(/([\p{L}\p{N}.!?:;,)’”'"])(https?:\/\/)/giu, "$1\n$2");
}

function firstUrlIn(text: string): string | null {
  return text ? parseDocumentHeader(text.replace(/\n/g, " ")).url : null;
}

/** Splits a leading YAML (---) or TOML (+++) front matter block from a Markdown body. */
function splitFrontMatter(source: string): { frontMatter: string; body: string } {
  const match = /^(---|\+\+\+)[ \t]*\n([\s\S]*?)\n\1[ \t]*(\n|$)/.exec(source);
  if (!match) return { frontMatter: "", body: source };
  return { frontMatter: match[2] ?? "", body: source.slice(match[0].length) };
}

/** The `title:` (YAML) or `title =` (TOML) value of a front matter block, unquoted. */
function frontMatterTitle(frontMatter: string): string | null {
  const value = /^title[ \t]*[:=][ \t]*(.+)$/im.exec(frontMatter)?.[1]?.trim();
  const unquoted = value?.replace(/^(["'])(.*)\1$/, "$2").trim();
  return unquoted || null;
}

/**
 * A deliberately small Markdown pass so sentences read cleanly: heading markers, block quote markers,
 * emphasis, inline code, images and links go, their words stay. It is not a renderer: tables, HTML and
 * code blocks pass through as they are. Quantifiers are bounded so a 1 MB line stays linear.
 */
function markdownToText(markdown: string): string {
  return markdown
    .split("\n")
    .filter((line) => !/^ {0,3}\[[^\]\n]{1,200}\]:\s*\S/.test(line)) // reference definitions: [1]: https://…
    .map((line) =>
      line
        .replace(/^ {0,3}(>[ \t]?)+/, "") // > quoted
        .replace(/^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/, "$1") // ## Heading ##
        .replace(/^ {0,3}#{1,6}[ \t]*$/, "")
        .replace(/!\[([^\]\n]{0,500})\]\([^)\n]{0,2000}\)/g, "$1") // ![alt](src)
        .replace(/\[([^\]\n]{1,500})\]\([^)\n]{0,2000}\)/g, "$1") // [text](url)
        .replace(/\[([^\]\n]{1,500})\]\[[^\]\n]{0,200}\]/g, "$1") // [text][ref]
        .replace(/(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1/g, "$2") // **strong**, __strong__
        .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]{1,500}?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, "$1") // *em*
        .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]{1,500}?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1") // _em_, not snake_case
        .replace(/`([^`\n]{1,500})`/g, "$1"), // `code`
    )
    .join("\n");
}
