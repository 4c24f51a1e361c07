// Content → a file that is, at every instant, either its old whole self or the new whole content: written
// to a temporary name in the same folder, flushed to disk, then renamed over the target (rename is atomic
// within one file system). Side effects: creates, renames and on failure deletes files in the target's folder.
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * For the tests only: when this variable is set, every rename into place whose target's name contains
 * its value (or every rename, for "*") first says "pausing before rename: FROM -> TO" on stderr and then
 * waits forever, so a test can SIGKILL the process at the one moment a write is half done.
 */
export const PAUSE_BEFORE_RENAME_VARIABLE = "ENTITY_GRAPH_TEST_PAUSE_BEFORE_RENAME";

/** The temporary names this module makes: a leading dot, the target's name, a random part, ".tmp". */
export const TEMPORARY_NAME = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** A temporary name beside `path`, unique to this call: `.graph.json.1f2e3d4c5b6a.tmp`. */
export function temporaryPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
}

/**
 * Writes `content` to `path` atomically: a reader (or a build killed at any point) sees the old file or
 * the new one, never a truncated one. The data is fsynced before the rename and the folder after it, so a
 * power cut does not leave an empty file under the new name either.
 * @example await writeFileAtomic("public/graph.json", JSON.stringify(file));
 */
export async function writeFileAtomic(path: string, content: string | Uint8Array): Promise<void> {
  const temporary = temporaryPath(path);
  try {
    await writeAndSync(temporary, content);
    await renameIntoPlace(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Writes a file and fsyncs it (no rename: for files inside a temporary folder that is renamed whole). */
export async function writeAndSync(path: string, content: string | Uint8Array): Promise<void> {
  const handle = await open(path, "w");
  try {
    await handle.writeFile(content);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Renames a complete file or folder over `to` and fsyncs the folder that holds it, so the rename itself
 * survives a power cut. The one place the tests' pause (PAUSE_BEFORE_RENAME_VARIABLE) can stop a write.
 */
export async function renameIntoPlace(from: string, to: string): Promise<void> {
  await pauseForTests(from, to);
  await rename(from, to);
  await syncFolder(dirname(to));
}

/** Fsyncs a folder's entry list; some file systems refuse it on a folder (EISDIR, EINVAL), which is no loss. */
export async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, "r");
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EINVAL" && code !== "EPERM") throw error;
  } finally {
    await handle?.close();
  }
}

async function pauseForTests(from: string, to: string): Promise<void> {
  const pattern = process.env[PAUSE_BEFORE_RENAME_VARIABLE];
  if (!pattern || (pattern !== "*" && !basename(to).includes(pattern))) return;
  process.stderr.write(`pausing before rename: ${from} -> ${to}\n`);
  // A timer keeps the event loop, and so the process, alive until the test kills it.
  await new Promise(() => setInterval(() => {}, 60_000));
}
