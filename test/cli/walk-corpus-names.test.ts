// walkCorpus on file names that are not UTF-8 and with a size limit (issue 14): a Latin-1 name is read by
// its true bytes (it used to be skipped as "broken symbolic link"), and files over --max-file-mb are
// skipped unread with their size and the limit.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { walkCorpus, type WalkedFile } from "../../src/cli/walk-corpus.ts";

const folder = mkdtempSync(join(tmpdir(), "entity-graph-names-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function walk(options = {}): Promise<WalkedFile[]> {
  const files: WalkedFile[] = [];
  for await (const file of walkCorpus(folder, options)) files.push(file);
  return files;
}

describe("walkCorpus and file names that are not UTF-8", () => {
  // "café.txt" and "Müller/ü.txt" in Latin-1: bytes that are not UTF-8, as an old archive leaves them.
  const latin1 = (name: string) => Buffer.concat([Buffer.from(folder), Buffer.from("/"), Buffer.from(name, "latin1")]);
  writeFileSync(latin1("caf\xe9.txt"), "Angela Merkel visited Paris.");
  mkdirSync(latin1("M\xfcller"));
  writeFileSync(latin1("M\xfcller/\xfc.txt"), "Emmanuel Macron flew to Madrid.");
  writeFileSync(join(folder, "plain.txt"), "Putin met Rouhani.");

  it("reads them, named as Windows-1252 text", async () => {
    const files = await walk();
    expect(files.map((file) => [file.path, file.error ?? new TextDecoder().decode(file.bytes)])).toEqual([
      ["Müller/ü.txt", "Emmanuel Macron flew to Madrid."],
      ["café.txt", "Angela Merkel visited Paris."],
      ["plain.txt", "Putin met Rouhani."],
    ]);
  });

  it("skips a file over the size limit unread, saying its size and the limit", async () => {
    writeFileSync(join(folder, "zbig.txt"), "Putin met Rouhani. ".repeat(80_000));
    const files = await walk({ maxFileBytes: 1024 * 1024 });
    expect(files.at(-1)).toEqual({ path: "zbig.txt", error: "too large: 1.4 MB (the limit is 1 MB)" });
    expect((await walk()).at(-1)?.bytes?.length).toBe(19 * 80_000);
  });
});
