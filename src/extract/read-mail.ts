// An e-mail file (.eml: one message; .mbox: many) → a document per message (subject as title, the Date
// header's day as `date`, sender and recipients) and one per readable attachment ("message.eml →
// report.pdf"); or why each is skipped. Pure: postal-mime parses MIME the same in Node and the browser.
import type { Address, Email } from "postal-mime";
import { htmlToText } from "./html-to-text.ts";
import { parseDocumentHeader } from "./document-header.ts";
import { IMAGE_EXTENSIONS, isSupportedPath, normalizeText, splitFileName, type ReadDocumentResult } from "./read-document.ts";
import type { FormatReader, ReadOptions } from "./read-documents.ts";

/** The most messages read from one mbox: the rest are reported as skipped in one line. */
export const MAX_MBOX_MESSAGES = 10_000;

/** Reads the attachments of a message with the reader of their own type (set by read-documents.ts). */
type ReadAttachment = (path: string, bytes: Uint8Array, options: ReadOptions) => Promise<ReadDocumentResult[]>;

/**
 * Reads one message (.eml) or every message of an mbox (`box.mbox#1`, `#2`…), attachments after each.
 * @example await readMail("inbox/note.eml", bytes, {}, readDocuments) // [{ ok: true, document: { title: "Re: Geneva", date: "2024-05-02", sender: "…" } }, …]
 */
export async function readMail(path: string, bytes: Uint8Array, options: ReadOptions, readAttachment: ReadAttachment): Promise<ReadDocumentResult[]> {
  const { default: PostalMime } = await import("postal-mime");
  const isMbox = splitFileName(path).extension === ".mbox";
  const messages = isMbox ? splitMbox(bytes) : [bytes];
  if (messages.length === 0) return [{ ok: false, skipped: { path, reason: "no message in the mbox (no line starts with \"From \")" } }];
  const results: ReadDocumentResult[] = [];
  for (const [i, message] of messages.slice(0, MAX_MBOX_MESSAGES).entries()) {
    const id = isMbox ? `${path}#${i + 1}` : path;
    let email: Email;
    try {
      email = await PostalMime.parse(message, { attachmentEncoding: "arraybuffer" });
    } catch (error) {
      results.push({ ok: false, skipped: { path: id, reason: `not a valid e-mail (${error instanceof Error ? error.message : String(error)})` } });
      continue;
    }
    results.push(messageDocument(id, email));
    for (const attachment of email.attachments) {
      const name = (attachment.filename ?? "").replace(/[/\\]/g, "_").trim();
      if (!name || !isSupportedPath(name) || typeof attachment.content === "string") continue;
      // A picture is read only with OCR, and only when it was attached, not a logo or signature shown in the text.
      const isImage = IMAGE_EXTENSIONS.includes(splitFileName(name).extension);
      if (isImage && (!options.ocr || attachment.related || attachment.disposition === "inline")) continue;
      const content = attachment.content instanceof Uint8Array ? attachment.content : new Uint8Array(attachment.content);
      results.push(...(await readAttachment(`${id} → ${name}`, content, options)));
    }
  }
  if (messages.length > MAX_MBOX_MESSAGES) {
    const rest = messages.length - MAX_MBOX_MESSAGES;
    results.push({ ok: false, skipped: { path, reason: `too large: ${messages.length.toLocaleString("en-US")} messages, the last ${rest.toLocaleString("en-US")} not read (the limit is ${MAX_MBOX_MESSAGES.toLocaleString("en-US")})` } });
  }
  return results;
}

/** `readMail` as a format reader that reads attachments with `readAttachment`. */
export function mailReader(readAttachment: ReadAttachment): FormatReader {
  return (path, bytes, options) => readMail(path, bytes, options, readAttachment);
}

function messageDocument(id: string, email: Email): ReadDocumentResult {
  const body = email.text ?? (email.html === undefined ? "" : htmlToText(email.html).text);
  const text = reflow(normalizeText(body));
  if (!/\p{L}/u.test(text)) return { ok: false, skipped: { path: id, reason: "no text in the message" } };
  const subject = email.subject?.replace(/\s+/g, " ").trim();
  const header = parseDocumentHeader(text);
  const date = messageDate(email);
  const sender = email.from ? formatAddresses([email.from])[0] : undefined;
  const recipients = formatAddresses([...(email.to ?? []), ...(email.cc ?? [])]);
  return {
    ok: true,
    document: {
      id,
      path: id,
      title: subject || header.title || id,
      url: header.url,
      ...(date ? { date } : {}),
      ...(sender ? { sender } : {}),
      ...(recipients.length > 0 ? { recipients } : {}),
      text,
      encoding: null,
    },
  };
}

/**
 * The day the message was written, in the sender's time zone as the Date header writes it
 * ("Tue, 3 Mar 2020 23:30:00 -0500" is 2020-03-03, though it is the 4th in UTC).
 */
function messageDate(email: Email): string | undefined {
  const raw = email.headers.find((header) => header.key === "date")?.value ?? "";
  const match = /(\d{1,2})\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{4})/i.exec(raw);
  if (match) {
    const month = MONTHS.indexOf((match[2] as string).toLowerCase()) + 1;
    return `${match[3]}-${String(month).padStart(2, "0")}-${(match[1] as string).padStart(2, "0")}`;
  }
  return email.date && /^\d{4}-\d{2}-\d{2}/.test(email.date) ? email.date.slice(0, 10) : undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "Name <address>", or the address alone; a group's members one by one. */
function formatAddresses(addresses: readonly Address[]): string[] {
  return addresses.flatMap((address) => (address.group ? formatAddresses(address.group) : [address.name ? `${address.name} <${address.address}>` : address.address]));
}

/**
 * Mail is wrapped at about 72 characters and every line break ends a sentence here: a line long enough
 * to have been wrapped is joined to the next line of its paragraph; short lines ("Best,", a signature) stay.
 */
function reflow(text: string): string {
  const lines = text.split("\n").map((line) => line.replace(/[ \t]+$/, ""));
  const out: string[] = [];
  let previous = "";
  for (const line of lines) {
    const joins = previous.length >= 50 && line.trim() !== "" && !/^\s*([-*•>]|\d+[.)])\s/.test(line) && !previous.startsWith(">");
    if (joins) out[out.length - 1] += ` ${line.trim()}`;
    else out.push(line);
    previous = line;
  }
  return out
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .join("\n");
}

/**
 * The messages of an mbox: each starts with a line "From sender date" at the start of the file or after
 * a line break; a body line that began with "From " was written ">From " (mboxrd), and is given back.
 */
function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const starts: number[] = [];
  const isFromLine = (i: number) => bytes[i] === 0x46 && bytes[i + 1] === 0x72 && bytes[i + 2] === 0x6f && bytes[i + 3] === 0x6d && bytes[i + 4] === 0x20;
  if (isFromLine(0)) starts.push(0);
  for (let i = bytes.indexOf(0x0a); i !== -1; i = bytes.indexOf(0x0a, i + 1)) if (isFromLine(i + 1)) starts.push(i + 1);
  return starts.map((start, n) => {
    const end = starts[n + 1] ?? bytes.length;
    const body = bytes.subarray(bytes.indexOf(0x0a, start) + 1 || end, end);
    return unquoteFrom(body);
  });
}

/** ">From " at a line start → "From ", one level of mboxrd quoting. */
function unquoteFrom(message: Uint8Array): Uint8Array {
  const out: number[] = [];
  let lineStart = true;
  for (let i = 0; i < message.length; i++) {
    const byte = message[i] as number;
    if (lineStart && byte === 0x3e) {
      let j = i;
      while (message[j] === 0x3e) j++;
      const from = message[j] === 0x46 && message[j + 1] === 0x72 && message[j + 2] === 0x6f && message[j + 3] === 0x6d && message[j + 4] === 0x20;
      if (from) {
        lineStart = false;
        continue; // drop this one ">"
      }
    }
    out.push(byte);
    lineStart = byte === 0x0a;
  }
  return out.length === message.length ? message : Uint8Array.from(out);
}
