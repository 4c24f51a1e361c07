// Graph file ↔ disk: writes the graph JSON as one file or in the split form (graph JSON, evidence index and
// sentence chunks in `<name>.evidence/<generation>/` beside it), and reads either form back into the whole
// graph file. Every write is atomic (write-file-atomic.ts): a build killed at any point leaves the previous
// graph JSON whole and its sentences in place. Side effects: writes, renames and deletes files beside the output.
import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isSplitGraphFile, readSplitGraphFile } from "../export/read-split-graph-file.ts";
import { EVIDENCE_FILE_NAME, evidenceFolderName, splitGraphFile, SPLIT_FROM_SENTENCES } from "../export/split-graph-file.ts";
import type { GraphFile } from "../graph/types.ts";
import { renameIntoPlace, syncFolder, temporaryPath, TEMPORARY_NAME, writeAndSync, writeFileAtomic } from "./write-file-atomic.ts";

/** "split": always the split form; "single": always one file; "auto": split from SPLIT_FROM_SENTENCES sentences on. */
export type GraphJsonForm = "auto" | "split" | "single";

/** What was written: the graph JSON, and for the split form its evidence folder and file count. */
export interface WrittenGraphJson {
  path: string;
  bytes: number;
  split: { folder: string; files: number; bytes: number } | null;
}

/**
 * The name of one evidence's folder inside `<name>.evidence/`: a hash of the documents and sentences it
 * holds, so the same graph gives the same graph JSON, byte for byte, and a new one never overwrites the
 * files the old graph JSON points at.
 */
const GENERATION_NAME = /^[0-9a-f]{16}$/;

/**
 * Writes the graph file to `out`, one file or split, atomically. In the split form the new evidence goes
 * into a folder of its own, complete before the graph JSON that points at it replaces the old one; then
 * the old evidence (and any left by a killed build) is removed, so the folder never mixes two graphs.
 * @example await writeGraphJson("public/graph.json", file, "auto");
 */
export async function writeGraphJson(out: string, file: GraphFile, form: GraphJsonForm = "auto"): Promise<WrittenGraphJson> {
  const name = basename(out);
  const folder = join(dirname(out), evidenceFolderName(name));
  await mkdir(dirname(out), { recursive: true });
  // Checked before anything is written: a folder holding the user's own files is refused whole.
  await checkEvidenceFolder(folder);
  const split = form === "split" || (form === "auto" && file.sentences.length >= SPLIT_FROM_SENTENCES);
  if (!split) {
    const text = JSON.stringify(file);
    await writeFileAtomic(out, text);
    await rm(folder, { recursive: true, force: true });
    await removeLeftovers(out);
    return { path: out, bytes: Buffer.byteLength(text), split: null };
  }
  const generation = evidenceGeneration(file);
  const entries = Object.entries(splitGraphFile(file, { name, folder: `${evidenceFolderName(name)}/${generation}` }));
  const evidence = entries.slice(1);
  const bytes = evidence.reduce((sum, [, content]) => sum + Buffer.byteLength(content), 0);
  await writeEvidenceFolder(join(folder, generation), evidence.map(([path, content]) => [basename(path), content]));
  // The commit point: until this rename the old graph JSON and its own evidence folder are untouched.
  const [, head] = entries[0]!;
  await writeFileAtomic(out, head);
  for (const entry of await readdir(folder)) if (entry !== generation) await rm(join(folder, entry), { recursive: true, force: true });
  await removeLeftovers(out);
  return { path: out, bytes: Buffer.byteLength(head), split: { folder, files: evidence.length, bytes } };
}

/** Writes an evidence folder under a temporary name, then renames it into place once every file is in. */
async function writeEvidenceFolder(target: string, files: [name: string, content: string][]): Promise<void> {
  // A folder of this name holds this very evidence (its name is its content's hash), complete: it only
  // ever appears by the rename below.
  if (await exists(target)) return;
  const temporary = temporaryPath(target);
  try {
    await mkdir(temporary, { recursive: true });
    for (const [name, content] of files) await writeAndSync(join(temporary, name), content);
    await syncFolder(temporary);
    await renameIntoPlace(temporary, target);
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
}

/** The hash that names an evidence folder: of the documents and sentences, the only input of the evidence files. */
function evidenceGeneration(file: GraphFile): string {
  const hash = createHash("sha256").update(JSON.stringify(file.documents));
  for (const sentence of file.sentences) hash.update(JSON.stringify(sentence)).update("\n");
  return hash.digest("hex").slice(0, 16);
}

/**
 * Reads a graph JSON written by `npm run graph`, either form, into the whole graph file.
 * @example const file = await readGraphJson("public/graph.json");
 */
export async function readGraphJson(path: string): Promise<GraphFile> {
  const data: unknown = JSON.parse(await readFile(path, "utf8"));
  if (typeof data !== "object" || data === null || (data as { format?: unknown }).format !== "entity-graph") {
    throw new Error(`${path} is not an Entity Graph file (no "format": "entity-graph")`);
  }
  if (isSplitGraphFile(data)) return readSplitGraphFile(data, (relative) => readFile(join(dirname(path), relative), "utf8"));
  return data as GraphFile;
}

/**
 * Throws when the evidence folder holds anything this module did not write: the files of the split form,
 * its generation folders, and the temporary names of a build that was killed.
 */
async function checkEvidenceFolder(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const ours = (name: string) => EVIDENCE_FILE_NAME.test(name) || GENERATION_NAME.test(name) || TEMPORARY_NAME.test(name);
  const foreign = names.filter((name) => !ours(name));
  if (foreign.length > 0) {
    throw new Error(`${folder} holds files the graph did not write (${foreign.slice(0, 3).join(", ")}); move them away or choose another --out`);
  }
}

/** Removes the temporary files that earlier writes of `out`, killed before their rename, left beside it. */
async function removeLeftovers(out: string): Promise<void> {
  const prefix = `.${basename(out)}.`;
  for (const name of await readdir(dirname(out))) {
    if (name.startsWith(prefix) && TEMPORARY_NAME.test(name)) await rm(join(dirname(out), name), { force: true });
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
