import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { walkCorpus } from "../../src/cli/walk-corpus.ts";
import { filesFromEntries, filesFromInput, toCorpusEntries, type DropEntry } from "../../src/app/document-files.ts";

const entries = (files: string[], errors: { path: string; error: string; folder?: boolean }[] = []) =>
  toCorpusEntries({ files: files.map((path) => ({ path, file: path })), errors });

describe("toCorpusEntries", () => {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-order-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("orders paths exactly as the command line walks the same folder", async () => {
    const paths = ["b.txt", "a.txt", "a/b.txt", "a-b.txt", "a/z/y.txt", "a.b/c.txt", "B.txt", "ä.txt", "Z b.md", "تقرير.txt", "a0.txt", ".hidden.txt"];
    for (const path of paths) {
      mkdirSync(join(dir, path, ".."), { recursive: true });
      writeFileSync(join(dir, path), "x");
    }
    const walked: string[] = [];
    for await (const file of walkCorpus(dir)) walked.push(file.path);
    const shuffled = [...paths].reverse();
    expect(entries(shuffled).map((e) => e.path)).toEqual(walked);
  });

  it("leaves out files under hidden folders, as the command line does, but not hidden files", () => {
    expect(entries([".git/HEAD.txt", "a/.cache/x.txt", ".notes.txt", "a/b.txt"]).map((e) => e.path)).toEqual([".notes.txt", "a/b.txt"]);
  });

  it("reads a path met twice once and skips the other copy with a reason", () => {
    expect(entries(["a.txt", "b.txt", "a.txt"])).toEqual([
      { path: "a.txt", file: "a.txt" },
      { path: "a.txt", error: "duplicate path: another dropped file has the same path" },
      { path: "b.txt", file: "b.txt" },
    ]);
  });

  it("puts a folder that could not be read where the walk meets it", () => {
    const result = entries(["abc.txt", "abc-d.txt"], [{ path: "abc", error: "cannot read folder: x", folder: true }]);
    expect(result.map((e) => e.path)).toEqual(["abc-d.txt", "abc.txt", "abc"]);
  });

  it("is empty for nothing", () => {
    expect(entries([])).toEqual([]);
  });
});

describe("filesFromInput", () => {
  it("takes paths relative to a picked folder, and names of picked files", () => {
    const picked = filesFromInput([
      { name: "b.txt", webkitRelativePath: "articles/sub/b.txt" },
      { name: "a.txt", webkitRelativePath: "articles/a.txt" },
      { name: "loose.md", webkitRelativePath: "" },
    ]);
    expect(picked.files.map((f) => f.path)).toEqual(["sub/b.txt", "a.txt", "loose.md"]);
  });
});

/** A fake of the browser's file system entries: a tree of names, a folder's children in batches of 2. */
function tree(name: string, content: Record<string, unknown> | string | Error): DropEntry {
  if (typeof content === "string" || content instanceof Error) {
    return {
      name,
      isFile: true,
      isDirectory: false,
      file: (ok: (file: string) => void, fail: (error: Error) => void) => (content instanceof Error ? fail(content) : ok(content)),
    } as DropEntry;
  }
  const children = Object.entries(content).map(([child, value]) => tree(child, value as Record<string, unknown> | string | Error));
  return {
    name,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let at = 0;
      return {
        readEntries: (ok: (entries: DropEntry[]) => void, fail: (error: Error) => void) => {
          if (name === "locked") return fail(Object.assign(new Error("denied"), { name: "NotReadableError" }));
          ok(children.slice(at, at + 2));
          at += 2;
        },
      };
    },
  } as DropEntry;
}

describe("filesFromEntries", () => {
  it("walks one dropped folder as the corpus root, every batch of every subfolder", async () => {
    const picked = await filesFromEntries<string>([
      tree("articles", { "a.txt": "A", "b.md": "B", sub: { "c.txt": "C", deeper: { "d.txt": "D" } }, ".git": { "x.txt": "X" }, "e.html": "E" }),
    ]);
    expect(picked.files.map((f) => [f.path, f.file])).toEqual([
      ["a.txt", "A"],
      ["b.md", "B"],
      ["sub/c.txt", "C"],
      ["sub/deeper/d.txt", "D"],
      ["e.html", "E"],
    ]);
    expect(picked.errors).toEqual([]);
  });

  it("keeps each item's name when several are dropped", async () => {
    const picked = await filesFromEntries<string>([tree("one.txt", "1"), tree("folder", { "two.txt": "2" })]);
    expect(picked.files.map((f) => f.path)).toEqual(["one.txt", "folder/two.txt"]);
  });

  it("reports files and folders the browser cannot read, and goes on", async () => {
    const gone = Object.assign(new Error("A requested file or directory could not be found"), { name: "NotFoundError" });
    const picked = await filesFromEntries<string>([tree("root", { "ok.txt": "ok", "gone.txt": gone, locked: { "x.txt": "x" } })]);
    expect(picked.files.map((f) => f.path)).toEqual(["ok.txt"]);
    expect(picked.errors).toEqual([
      { path: "gone.txt", error: "cannot read: NotFoundError A requested file or directory could not be found" },
      { path: "locked", error: "cannot read folder: NotReadableError denied", folder: true },
    ]);
  });
});
