// A read document and its text → the same record with its date and the rule that found it. Pure.
import { findDocumentDate, type DateRule } from "./document-date.ts";
import type { DocumentRecord } from "./types.ts";

/** The rule behind a date a reader set, by the file's type. */
function readerRule(path: string): DateRule {
  const file = path.split(" → ").pop() ?? path;
  if (/\.html?$/i.test(file)) return "html-metadata";
  if (/\.docx$/i.test(file)) return "docx-properties";
  return "mail-header";
}

/**
 * Gives a document its date: the one its reader found (a page's metadata, an e-mail's Date, a Word file's
 * creation), else a dateline, else a date in its file or folder name; unchanged when none is found.
 * @example datedDocument({ id: "a.txt", path: "a.txt", title: "A", url: null }, "A\n\nJan. 09, 2025\n…").date // "2025-01-09"
 */
export function datedDocument<T extends DocumentRecord>(document: T, text: string): T {
  if (document.date) return { ...document, dateRule: document.dateRule ?? readerRule(document.path) };
  const found = findDocumentDate(document.path, text);
  return found ? { ...document, date: found.date, dateRule: found.rule } : document;
}
