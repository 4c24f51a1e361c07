// An input folder → every file under it (relative posix path and bytes, or why it could not be read), in
// path order; and `readCorpus`, which turns them into documents and skipped files. Reads the file system.
import { readdir, readFile, realpath, stat } from "node:fs/promises";
import { decodeText } from "../extract/decode-text.ts";
import type { TextDocument } from "../extract/read-document.ts";
import { readDocuments, readsBytes, tooLarge, type ReadOptions } from "../extract/read-documents.ts";
import type { SkippedFile } from "../extract/types.ts";

/** One file under the input folder: `bytes` when it was read, `error` (a skip reason) when it could not be. */
export interface WalkedFile {
  /** Relative to the input folder, with "/" separators. */
  path: string;
  /** Absent for files `readDocuments` skips by their extension alone, which are not read. */
  bytes?: Uint8Array;
  error?: string;
}

/** What `readCorpus` returns: every file is in exactly one of the two lists. */
export interface Corpus {
  documents: TextDocument[];
  skipped: SkippedFile[];
}

/**
 * Yields every file under `folder`, recursively, sorted by path; hidden folders (.git) are ignored, files
 * and folders that cannot be read are yielded with an `error`. Throws when `folder` is not a folder. A file
 * `readDocuments` skips by its name with these `options` (an unsupported type; an image without OCR) is
 * yielded without its bytes.
 * @example for await (const file of walkCorpus("corpus")) console.log(file.path, file.error ?? file.bytes?.length)
 */
export async function* walkCorpus(folder: string, options: ReadOptions = {}): AsyncGenerator<WalkedFile> {
  let info;
  try {
    info = await stat(folder);
  } catch (error) {
    if (errorCode(error) === "ENOENT" || errorCode(error) === "ENOTDIR") {
      throw new Error(`input folder not found: ${folder}`, { cause: error });
    }
    throw new Error(`cannot read input folder ${folder}: ${describeError(error)}`, { cause: error });
  }
  if (!info.isDirectory()) throw new Error(`input folder is a file, not a folder: ${folder}`);

  let entries;
  try {
    entries = await readdir(folder, { encoding: "buffer" });
  } catch (error) {
    throw new Error(`cannot read input folder ${folder}: ${describeError(error)}`, { cause: error });
  }
  const real = (await realpath(folder, { encoding: "buffer" })).toString("latin1");
  yield* walkFolder(Buffer.from(folder), "", entries, new Set([real]), options);
}

/**
 * Reads every file under `folder` into documents, and lists the rest with the reason each was skipped.
 * @example const { documents, skipped } = await readCorpus("corpus")
 */
export async function readCorpus(folder: string): Promise<Corpus> {
  const corpus: Corpus = { documents: [], skipped: [] };
  for await (const file of walkCorpus(folder)) {
    if (file.error !== undefined) {
      corpus.skipped.push({ path: file.path, reason: file.error });
      continue;
    }
    for (const result of await readDocuments(file.path, file.bytes ?? new Uint8Array())) {
      if (result.ok) corpus.documents.push(result.document);
      else corpus.skipped.push(result.skipped);
    }
  }
  return corpus;
}

/**
 * A file name's bytes as text: UTF-8 when they are UTF-8, else Windows-1252 (a Latin-1 name from an old
 * archive, "caf\xe9.txt" → "café.txt"), as the text of a file is decoded.
 */
export function decodeFileName(name: Buffer): string {
  const decoded = decodeText(name);
  return "text" in decoded ? decoded.text : name.toString("latin1");
}

/**
 * Walks one folder whose entry names are known; `ancestors` are the real paths above, to stop link loops.
 * Paths on disk stay bytes (Buffer): a name that is not valid UTF-8 is opened by its true bytes.
 */
async function* walkFolder(
  folder: Buffer,
  prefix: string,
  names: Buffer[],
  ancestors: Set<string>,
  options: ReadOptions,
): AsyncGenerator<WalkedFile> {
  const entries: { name: string; path: string; absolute: Buffer; isFolder: boolean; size?: number; error?: string }[] = [];
  for (const bytes of names) {
    const name = decodeFileName(bytes);
    const path = prefix + name;
    const absolute = Buffer.concat([folder, Buffer.from("/"), bytes]);
    try {
      // stat follows symbolic links: a link to a file is read like the file.
      const info = await stat(absolute);
      if (info.isDirectory()) {
        if (!name.startsWith(".")) entries.push({ name, path, absolute, isFolder: true });
      } else if (info.isFile()) {
        entries.push({ name, path, absolute, isFolder: false, size: info.size });
      } else {
        // Reading a FIFO would wait forever; sockets and devices are not articles either.
        entries.push({ name, path, absolute, isFolder: false, error: "cannot read: not a regular file" });
      }
    } catch (error) {
      const code = errorCode(error);
      const reason = code === "ENOENT" ? "broken symbolic link" : describeError(error);
      entries.push({ name, path, absolute, isFolder: false, error: `cannot read: ${reason}` });
    }
  }
  // Comparing "name/" for folders orders the whole walk by full path, as a sort of every path would.
  const key = (entry: (typeof entries)[number]) => (entry.isFolder ? `${entry.name}/` : entry.name);
  entries.sort((a, b) => compare(key(a), key(b)));

  for (const entry of entries) {
    if (entry.error !== undefined) {
      yield { path: entry.path, error: entry.error };
    } else if (entry.isFolder) {
      yield* walkSubfolder(entry, ancestors, options);
    } else if (!readsBytes(entry.name, options)) {
      yield { path: entry.path };
    } else if (tooLarge(entry.size ?? 0, options.maxFileBytes) !== null) {
      // Not read at all: the bytes would be held whole only to be refused.
      yield { path: entry.path, error: tooLarge(entry.size ?? 0, options.maxFileBytes) as string };
    } else {
      try {
        yield { path: entry.path, bytes: new Uint8Array(await readFile(entry.absolute)) };
      } catch (error) {
        yield { path: entry.path, error: `cannot read: ${describeError(error)}` };
      }
    }
  }
}

async function* walkSubfolder(entry: { path: string; absolute: Buffer }, ancestors: Set<string>, options: ReadOptions): AsyncGenerator<WalkedFile> {
  let names: Buffer[];
  let real: string;
  try {
    real = (await realpath(entry.absolute, { encoding: "buffer" })).toString("latin1");
    names = await readdir(entry.absolute, { encoding: "buffer" });
  } catch (error) {
    yield { path: entry.path, error: `cannot read folder: ${describeError(error)}` };
    return;
  }
  // A symbolic link to a folder above it would make the walk endless.
  if (ancestors.has(real)) {
    yield { path: entry.path, error: "cannot read folder: symbolic link loop" };
    return;
  }
  yield* walkFolder(entry.absolute, `${entry.path}/`, names, new Set([...ancestors, real]), options);
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

const ERROR_TEXT: Record<string, string> = {
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  ENOENT: "no such file",
  ELOOP: "too many symbolic links",
  EISDIR: "is a folder",
  ENOTDIR: "not a folder",
  EIO: "input/output error",
  EMFILE: "too many open files",
  ENAMETOOLONG: "name too long",
  ERR_FS_FILE_TOO_LARGE: "file too large (over 2 GB)",
};

/** "EACCES permission denied": the code a user can search for, then what it means. */
function describeError(error: unknown): string {
  const code = errorCode(error);
  if (code === undefined) return error instanceof Error ? error.message : String(error);
  return `${code} ${ERROR_TEXT[code] ?? (error as Error).message}`;
}
