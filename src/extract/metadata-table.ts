// A metadata table's text (TSV or CSV with a header: `file` and any of `date`, `title`, `url`) → its rows by
// file path, and the problems found (a bad date, a row without a file), each naming its line. Pure.
import { normalizeDate } from "./document-date.ts";
import type { DocumentRecord } from "./types.ts";

/** The names of a table at a folder's root that is read as its metadata (and is no document). */
export const METADATA_TABLE_NAMES: readonly string[] = ["index.tsv", "index.csv", "metadata.tsv", "metadata.csv"];

/** What a table says of one file; a field the table leaves empty is absent. */
export interface MetadataRow {
  date?: string;
  title?: string;
  url?: string;
}

/** A parsed table: rows by file path (relative to the folder, "/" separators), and its problems. */
export interface MetadataTable {
  name: string;
  rows: Map<string, MetadataRow>;
  problems: string[];
}

/** The fields of one CSV record starting at `start`, and where the next one starts (RFC 4180 quoting). */
function csvRecord(text: string, start: number): { fields: string[]; next: number } {
  const fields: string[] = [];
  let i = start;
  for (;;) {
    let field = "";
    if (text[i] === '"') {
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          field += text.slice(i);
          i = text.length;
          break;
        }
        field += text.slice(i, quote);
        i = quote + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    }
    while (i < text.length && text[i] !== "," && text[i] !== "\n" && text[i] !== "\r") field += text[i++];
    fields.push(field);
    if (text[i] === ",") {
      i++;
      continue;
    }
    if (text[i] === "\r") i++;
    if (text[i] === "\n") i++;
    return { fields, next: i };
  }
}

/** The records of a table: TSV (tab-separated, no quoting) or CSV, by its name, else by its header. */
function records(text: string, name: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.indexOf("\n") === -1 ? body.length : body.indexOf("\n"));
  const tsv = /\.tsv$/i.test(name) || (!/\.csv$/i.test(name) && firstLine.includes("\t"));
  if (tsv) return body.split(/\r?\n/).map((line) => (line === "" ? [] : line.split("\t")));
  const out: string[][] = [];
  for (let i = 0; i < body.length; ) {
    const { fields, next } = csvRecord(body, i);
    out.push(fields.length === 1 && fields[0] === "" ? [] : fields);
    i = next;
  }
  return out;
}

/**
 * Parses a metadata table. A bad date is a problem and leaves the row's date out; a table without a `file`
 * column has no rows.
 * @example parseMetadataTable("file\tdate\n2019/a.txt\t2019-01-04\n", "index.tsv").rows.get("2019/a.txt") // { date: "2019-01-04" }
 */
export function parseMetadataTable(text: string, name: string): MetadataTable {
  const table: MetadataTable = { name, rows: new Map(), problems: [] };
  const all = records(text, name);
  const header = (all[0] ?? []).map((h) => h.trim().toLowerCase());
  const column = (field: string) => header.indexOf(field);
  const file = column("file");
  if (file < 0) {
    table.problems.push(`${name}: no "file" column in its header (${header.join(", ") || "empty"})`);
    return table;
  }
  const [date, title, url] = [column("date"), column("title"), column("url")];
  all.slice(1).forEach((fields, index) => {
    if (fields.length === 0) return;
    const line = index + 2;
    const path = (fields[file] ?? "").trim().replace(/\\/g, "/").replace(/^\.\//, "");
    if (path === "") {
      table.problems.push(`${name} line ${line}: no file named`);
      return;
    }
    const row: MetadataRow = {};
    const value = (i: number) => (i < 0 ? "" : (fields[i] ?? "").trim());
    if (value(date) !== "") {
      const iso = normalizeDate(value(date));
      if (iso) row.date = iso;
      else table.problems.push(`${name} line ${line}: bad date "${value(date)}" for ${path} (YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
    if (value(title) !== "") row.title = value(title);
    if (/^https?:\/\//i.test(value(url))) row.url = value(url);
    table.rows.set(path, row);
  });
  return table;
}

/**
 * A document with what the table says of its file: the table's date (rule "metadata-table"), title and URL
 * win over what the reader found.
 * @example applyMetadata(document, { date: "2019-01-04" }).dateRule // "metadata-table"
 */
export function applyMetadata<T extends DocumentRecord>(document: T, row: MetadataRow | undefined): T {
  if (!row) return document;
  return {
    ...document,
    ...(row.date ? { date: row.date, dateRule: "metadata-table" as const } : {}),
    ...(row.title ? { title: row.title } : {}),
    ...(row.url ? { url: row.url } : {}),
  };
}

/** The table's rows that name no document or skipped file of the corpus, as problems. */
export function missingFiles(table: MetadataTable, paths: ReadonlySet<string>): string[] {
  return [...table.rows.keys()].filter((path) => !paths.has(path)).map((path) => `${table.name}: ${path} is listed but not in the folder`);
}

/**
 * The metadata table at a folder's root, as the command line and the page's import both pick it: the first
 * of METADATA_TABLE_NAMES that `exists` says is there, or undefined.
 * @example pickMetadataTable((name) => droppedPaths.has(name)) // "index.tsv"
 */
export function pickMetadataTable(exists: (name: string) => boolean): string | undefined {
  return METADATA_TABLE_NAMES.find(exists);
}

/** What the table says of a document: its row by id (one e-mail of an mbox), else by its file's path. */
export function metadataRowOf(table: MetadataTable, document: DocumentRecord): MetadataRow | undefined {
  return table.rows.get(document.id) ?? table.rows.get(document.path);
}

/**
 * What to report of a table: its own problems, then the rows that name no file of the corpus (`paths`) and
 * no document of it (`documents`, so a row for one e-mail of an mbox, "box.mbox#2", is no missing file).
 */
export function metadataProblems(table: MetadataTable, paths: Iterable<string>, documents: readonly DocumentRecord[]): string[] {
  return [...table.problems, ...missingFiles(table, new Set([...paths, ...documents.map((doc) => doc.id)]))];
}
