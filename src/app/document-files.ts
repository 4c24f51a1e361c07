// Files the user dropped or picked → the corpus entries to read, as the command line sees the same folder:
// paths relative to the dropped or picked folder, hidden folders left out, sorted by path. Reads no file
// content; walking a dropped folder lists its entries through the browser's file system API.

/** A file and its path relative to the corpus root, "/" separated. */
export interface PickedFile<F = File> {
  path: string;
  file: F;
}

/** A path that could not be listed (a folder the browser would not read), with its skip reason. */
export interface PickedError {
  path: string;
  error: string;
  /** True for a folder: it sorts as "name/", where the command line's walk meets it. */
  folder?: boolean;
}

/** What a drop or a pick gives before it is read. */
export interface PickedFiles<F = File> {
  files: PickedFile<F>[];
  errors: PickedError[];
}

/**
 * Orders a drop or a pick like the command line's walk of the same folder: by path in code-unit order
 * (a folder's entries after "name/"), files under hidden folders (.git) left out, a path met twice read
 * once and the other copies skipped with a reason.
 * @example toCorpusEntries({ files: [{ path: "b.txt", file }, { path: ".git/x.txt", file }], errors: [] })
 *   // [{ path: "b.txt", file }]
 */
export function toCorpusEntries<F = File>(picked: PickedFiles<F>): ({ path: string; file: F } | { path: string; error: string })[] {
  const keyed: { key: string; entry: { path: string; file: F } | { path: string; error: string } }[] = [];
  const seen = new Set<string>();
  for (const { path, file } of picked.files) {
    if (inHiddenFolder(path)) continue;
    if (seen.has(path)) {
      keyed.push({ key: path, entry: { path, error: "duplicate path: another dropped file has the same path" } });
      continue;
    }
    seen.add(path);
    keyed.push({ key: path, entry: { path, file } });
  }
  for (const { path, error, folder } of picked.errors) {
    if (!inHiddenFolder(folder ? `${path}/` : path)) keyed.push({ key: folder ? `${path}/` : path, entry: { path, error } });
  }
  // A stable sort keeps a duplicate after the copy that is read.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ entry }) => entry);
}

/** True when a folder on the path starts with "." (the command line does not walk into those). */
function inHiddenFolder(path: string): boolean {
  return path.split("/").slice(0, -1).some((folder) => folder.startsWith("."));
}

/**
 * Files from an `<input type="file">`: with `webkitdirectory` their paths are relative to the picked
 * folder (its own name dropped, as `npm run graph -- folder` does), else they are the file names.
 */
export function filesFromInput<F extends { name: string; webkitRelativePath: string }>(files: Iterable<F>): PickedFiles<F> {
  const picked: PickedFile<F>[] = [];
  for (const file of files) {
    const relative = file.webkitRelativePath;
    picked.push({ path: relative ? relative.split("/").slice(1).join("/") || file.name : file.name, file });
  }
  return { files: picked, errors: [] };
}

/** The part of the browser's file system entry API the drop walker uses. */
export interface DropEntry {
  name: string;
  isFile: boolean;
  isDirectory: boolean;
}

/** A dropped file entry. */
export interface DropFileEntry<F> extends DropEntry {
  file(success: (file: F) => void, failure?: (error: Error) => void): void;
}

/** A dropped folder entry. */
export interface DropFolderEntry extends DropEntry {
  createReader(): { readEntries(success: (entries: DropEntry[]) => void, failure?: (error: Error) => void): void };
}

/**
 * Walks what was dropped: files, and folders recursively. One dropped folder is the corpus root, as
 * `npm run graph -- folder` would take it; with several items, each keeps its own name. Entries the
 * browser cannot read become errors with the command line's reasons ("cannot read: …").
 * @example const picked = await filesFromEntries(items.map((item) => item.webkitGetAsEntry()!));
 */
export async function filesFromEntries<F>(entries: readonly DropEntry[]): Promise<PickedFiles<F>> {
  const result: PickedFiles<F> = { files: [], errors: [] };
  const only = entries.length === 1 ? entries[0] : undefined;
  if (only?.isDirectory) {
    await walkFolder(only as DropFolderEntry, "", result);
    return result;
  }
  for (const entry of entries) await walkEntry<F>(entry, "", result);
  return result;
}

async function walkEntry<F>(entry: DropEntry, prefix: string, result: PickedFiles<F>): Promise<void> {
  const path = prefix + entry.name;
  if (entry.isDirectory) {
    // Hidden folders are not walked at all, as on the command line.
    if (!entry.name.startsWith(".")) await walkFolder(entry as DropFolderEntry, `${path}/`, result);
    return;
  }
  try {
    const file = await new Promise<F>((resolve, reject) => (entry as DropFileEntry<F>).file(resolve, reject));
    result.files.push({ path, file });
  } catch (error) {
    result.errors.push({ path, error: `cannot read: ${describeError(error)}` });
  }
}

async function walkFolder<F>(folder: DropFolderEntry, prefix: string, result: PickedFiles<F>): Promise<void> {
  const children: DropEntry[] = [];
  try {
    const reader = folder.createReader();
    // readEntries answers in batches (100 at a time in Chromium) until it answers an empty one.
    for (;;) {
      const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      children.push(...batch);
    }
  } catch (error) {
    result.errors.push({ path: prefix.replace(/\/$/, "") || folder.name, error: `cannot read folder: ${describeError(error)}`, folder: true });
    return;
  }
  for (const child of children) await walkEntry(child, prefix, result);
}

function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name} ${error.message}` : String(error);
}
