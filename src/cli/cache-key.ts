// A walked file's key: the hash of what extraction reads from it. No side effect.
import { createHash } from "node:crypto";
import type { ReadOptions } from "../extract/read-documents.ts";

/**
 * The key of one file's extraction under one extractor version: a hex SHA-256 of the version, the read
 * options (`--ocr`), the file's relative path and its bytes. The path is part of it because a document's
 * id, its title and its date can come from its name; the same text under another name is another entry.
 * Hex only: BullMQ refuses job ids with ":" in them, and this is the job's id too.
 * @example fileKey(version, "a.txt", bytes, {}) // "9b1e…" (64 hex digits)
 */
export function fileKey(version: string, path: string, bytes: Uint8Array, read: ReadOptions): string {
  const hash = createHash("sha256");
  // Lengths first, so no two different (path, options) pairs run together into the same bytes.
  const head = JSON.stringify([version, read.ocr === true, path]);
  hash.update(`${head.length}:${head}`);
  hash.update(bytes);
  return hash.digest("hex");
}
