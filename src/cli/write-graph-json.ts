// Graph file ↔ disk: writes the graph JSON as one file or in the split form (graph JSON, evidence index and
// sentence chunks in `<name>.evidence/` beside it), and reads either form back into the whole graph file.
// Side effects: writes and deletes files under the output's folder, reads files.
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { isSplitGraphFile, readSplitGraphFile } from "../export/read-split-graph-file.ts";
import { EVIDENCE_FILE_NAME, evidenceFolderName, splitGraphFile, SPLIT_FROM_SENTENCES } from "../export/split-graph-file.ts";
import type { GraphFile } from "../graph/types.ts";

/** "split": always the split form; "single": always one file; "auto": split from SPLIT_FROM_SENTENCES sentences on. */
export type GraphJsonForm = "auto" | "split" | "single";

/** What was written: the graph JSON, and for the split form its evidence folder and file count. */
export interface WrittenGraphJson {
  path: string;
  bytes: number;
  split: { folder: string; files: number; bytes: number } | null;
}

/**
 * Writes the graph file to `out`, one file or split. A stale evidence folder of an earlier split write
 * is removed, so the folder never mixes two graphs.
 * @example await writeGraphJson("public/graph.json", file, "auto");
 */
export async function writeGraphJson(out: string, file: GraphFile, form: GraphJsonForm = "auto"): Promise<WrittenGraphJson> {
  const name = basename(out);
  const folder = join(dirname(out), evidenceFolderName(name));
  await mkdir(dirname(out), { recursive: true });
  await removeEvidenceFolder(folder);
  const split = form === "split" || (form === "auto" && file.sentences.length >= SPLIT_FROM_SENTENCES);
  if (!split) {
    const text = JSON.stringify(file);
    await writeFile(out, text);
    return { path: out, bytes: Buffer.byteLength(text), split: null };
  }
  const entries = Object.entries(splitGraphFile(file, { name }));
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  // The evidence first, the graph JSON that points at it last.
  for (const [path, content] of entries.slice(1)) {
    await writeFile(join(dirname(out), path), content);
    bytes += Buffer.byteLength(content);
  }
  const [, head] = entries[0]!;
  await writeFile(out, head);
  return { path: out, bytes: Buffer.byteLength(head), split: { folder, files: entries.length - 1, bytes } };
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

async function removeEvidenceFolder(folder: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  const foreign = names.filter((name) => !EVIDENCE_FILE_NAME.test(name));
  if (foreign.length > 0) {
    throw new Error(`${folder} holds files the graph did not write (${foreign.slice(0, 3).join(", ")}); move them away or choose another --out`);
  }
  await rm(folder, { recursive: true, force: true });
}
