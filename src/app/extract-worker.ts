// The page's extraction worker: the user's files (File objects, in path order) → the laid-out graph file,
// with the command line's code (extractFile, then assembleGraph: the graph builder and layOutGraph), one
// document at a time; a metadata table among them (index.tsv… at the root) gives dates, titles and URLs as
// on the command line. Posts progress after each file. Started by src/app/import-documents.ts.
import { extractFile, type ExtractedFile } from "../graph/extract-file.ts";
import { applyMetadata, metadataProblems, metadataRowOf, parseMetadataTable, pickMetadataTable, type MetadataTable } from "../extract/metadata-table.ts";
import { readsBytes, tooLarge, type ReadOptions } from "../extract/read-documents.ts";
import { registerOcr } from "./ocr-engine.ts";
import { assembleGraph } from "../graph/assemble-graph.ts";
import type { GraphFile } from "../graph/types.ts";
import { toGraphFileParts, type GraphFilePart } from "./graph-file-parts.ts";

/** One entry of the corpus: a file to read, or a path that already failed (`error` is its skip reason). */
export type CorpusEntry = { path: string; file: File } | { path: string; error: string };

/**
 * What the page sends: the entries, in order, a batch a message (`entries`), then `extract`: extract them
 * all, scans with OCR when `ocr`. Batches keep each of the page's tasks short when thousands of files come.
 */
export type ExtractRequest = { type: "entries"; entries: CorpusEntry[] } | { type: "extract"; ocr: boolean };

/**
 * What the worker answers: progress, then the graph file or an error. The file comes in parts (its big
 * lists a slice a message, see graph-file-parts.ts), then `done` with the rest of it.
 */
export type ExtractMessage =
  | { type: "progress"; done: number; total: number; current: string | null; phase: "reading" | "layout"; step?: string }
  | { type: "part"; part: GraphFilePart }
  | { type: "done"; file: GraphFile; words: number; extractSeconds: number; layoutSeconds: number; metadata: ImportMetadata }
  | { type: "failed"; message: string };

/** The metadata table read among the files (its path) or null, and its problems: bad dates, files listed but absent. */
export interface ImportMetadata {
  table: string | null;
  problems: string[];
}

// The DOM typings describe a window; this is a dedicated worker's global scope.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: ExtractMessage): void;
};

const EMPTY = new Uint8Array(0);

// Scans are read with tesseract.js, loaded only when the first one comes with OCR asked for.
registerOcr();

const received: CorpusEntry[] = [];

scope.onmessage = (event) => {
  if (event.data.type === "entries") {
    received.push(...event.data.entries);
    return;
  }
  if (event.data.type !== "extract") return;
  extractEntries(received, event.data.ocr).then(
    (message) => {
      if (message.type !== "done") return scope.postMessage(message);
      const { parts, rest } = toGraphFileParts(message.file);
      for (const part of parts) scope.postMessage({ type: "part", part });
      scope.postMessage({ ...message, file: rest });
    },
    (error: unknown) => scope.postMessage({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
  );
};

async function extractEntries(all: readonly CorpusEntry[], ocr: boolean): Promise<ExtractMessage> {
  // The table is the corpus's metadata, as in a folder on the command line: neither a document nor a skipped file.
  const { entries, table } = await takeMetadataTable(all);
  const total = entries.length;
  const results = async function* (): AsyncGenerator<ExtractedFile> {
    for (const [done, entry] of entries.entries()) {
      scope.postMessage({ type: "progress", done, total, current: entry.path, phase: "reading" });
      if ("error" in entry) {
        yield { ok: false, skipped: { path: entry.path, reason: entry.error } };
        continue;
      }
      // As the command line does, a file over the size limit is refused before its bytes are loaded.
      const large = readsBytes(entry.path, { ocr }) ? tooLarge(entry.file.size) : null;
      if (large !== null) {
        yield { ok: false, skipped: { path: entry.path, reason: large } };
        continue;
      }
      let bytes: Uint8Array;
      try {
        bytes = await readBytes(entry.path, entry.file, { ocr });
      } catch (error) {
        yield { ok: false, skipped: { path: entry.path, reason: `cannot read: ${describeReadError(error)}` } };
        continue;
      }
      // The same function as the command line's workers: the same documents, the same skip reasons.
      const onStep = (step: string) => scope.postMessage({ type: "progress", done, total, current: entry.path, phase: "reading", step });
      for (const result of await extractFile(entry.path, bytes, { ocr, onStep })) {
        yield result.ok && table ? { ...result, document: applyMetadata(result.document, metadataRowOf(table, result.document)) } : result;
      }
    }
  };
  const { file, words, extractSeconds, layout } = await assembleGraph(results(), () =>
    scope.postMessage({ type: "progress", done: total, total, current: null, phase: "layout" }),
  );
  const metadata: ImportMetadata = table ? { table: table.name, problems: metadataProblems(table, entries.map((entry) => entry.path), file.documents) } : { table: null, problems: [] };
  return { type: "done", file, words, extractSeconds, layoutSeconds: layout.seconds, metadata };
}

/** The entries without the metadata table among them (the first of its names at the root), and the table read. */
async function takeMetadataTable(entries: readonly CorpusEntry[]): Promise<{ entries: readonly CorpusEntry[]; table: MetadataTable | null }> {
  const paths = new Set(entries.map((entry) => entry.path));
  const name = pickMetadataTable((candidate) => paths.has(candidate));
  const entry = entries.find((candidate) => candidate.path === name);
  if (name === undefined || entry === undefined) return { entries, table: null };
  const rest = entries.filter((candidate) => candidate !== entry);
  let text: string;
  try {
    if ("error" in entry) throw new Error(entry.error);
    text = await entry.file.text();
  } catch (error) {
    return { entries: rest, table: { name, rows: new Map(), problems: [`${name}: cannot read: ${describeReadError(error)}`] } };
  }
  return { entries: rest, table: parseMetadataTable(text, name) };
}

/**
 * The file's bytes; like the command line, a file whose type is skipped anyway (an image without OCR
 * included) is not read: readDocuments gives the reason from its path alone.
 */
async function readBytes(path: string, file: File, options: ReadOptions): Promise<Uint8Array> {
  if (!readsBytes(path, options)) return EMPTY;
  return new Uint8Array(await file.arrayBuffer());
}

/** "NotFoundError: the file is gone": the browser's error name, then what it means. */
function describeReadError(error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  if (name === "NotFoundError") return "NotFoundError the file was moved or deleted after it was picked";
  if (name === "NotReadableError") return "NotReadableError permission denied, or the file changed after it was picked";
  return error instanceof Error ? `${error.name} ${error.message}` : String(error);
}
