// Walking an input folder: every file ends up a document or a skip with its reason, in path order.
// The bad corpus is generated into a temp folder: binary, huge and unreadable files are not committed.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readCorpus, walkCorpus, type Corpus, type WalkedFile } from "../../src/cli/walk-corpus.ts";

const SAMPLE_CORPUS = fileURLToPath(new URL("../../corpus", import.meta.url));
const IS_ROOT = process.getuid?.() === 0;
const LONG_LINE = "Putin met Assad in Damascus. ".repeat(36_000);

async function walk(folder: string): Promise<WalkedFile[]> {
  const files: WalkedFile[] = [];
  for await (const file of walkCorpus(folder)) files.push(file);
  return files;
}

/** Every path with what became of it: the document's title, or "skipped: <reason>". */
function outcomes(corpus: Corpus): Record<string, string> {
  return Object.fromEntries([
    ...corpus.documents.map((document) => [document.path, document.title]),
    ...corpus.skipped.map(({ path, reason }) => [path, `skipped: ${reason}`]),
  ]);
}

describe("readCorpus on the sample articles", () => {
  it("reads all five, in path order, skipping none", async () => {
    const corpus = await readCorpus(SAMPLE_CORPUS);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.documents.map((document) => document.id)).toEqual([
      "aawsat-iranian-leaks-beirut-compensation.txt",
      "aawsat-iranian-leaks-gaza-displacement.txt",
      "eaworldview-rouhani-putin-call.txt",
      "informationliberation-assad-advisor-saqr.txt",
      "newsweek-putin-stopped-taking-assad-calls.txt",
    ]);
  });
});

describe("readCorpus on a folder of bad input", () => {
  let folder: string;
  let corpus: Corpus;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), "entity-graph-bad-corpus-"));
    const file = (path: string, content: string | Uint8Array) => {
      mkdirSync(join(folder, path, ".."), { recursive: true });
      writeFileSync(join(folder, path), content);
    };
    file("good.txt", "Assad fled to Moscow\nBody.");
    file("empty.txt", "");
    file("blank.md", "  \n\t\n");
    file("binary.txt", new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]));
    file("image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    file("report.pdf", "%PDF-1.7");
    file("letter.docx", "PK");
    file("sheet.xlsx", "PK");
    file("cp1252.txt", Uint8Array.from("Caf\xe9 \x93quoted\x94\r\n", (char) => char.charCodeAt(0)));
    file("long.txt", LONG_LINE);
    file("page.html", "<title>Page</title><nav>Menu</nav><p>Text.</p>");
    file("world news/Путин и Асад.txt", "* * *\n");
    file("أخبار/بشار الأسد.txt", "بشار الأسد في موسكو");
    file("notes.txt/inner.txt", "A folder named like a file is walked into");
    file(".git/config", "[core]");
    file(".hidden.txt", "Dot-files are read");
    file("a-b.txt", "Dash sorts before slash");
    symlinkSync(join(folder, "missing.txt"), join(folder, "broken.txt"));
    symlinkSync(join(folder, "loop.txt"), join(folder, "loop.txt"));
    symlinkSync(join(folder, "good.txt"), join(folder, "link-to-good.txt"));
    mkdirSync(join(folder, "a"));
    symlinkSync(folder, join(folder, "a", "back-to-top"));
    execFileSync("mkfifo", [join(folder, "pipe.txt")]);
    file("locked/secret.txt", "Locked away");
    file("private.txt", "Private");
    if (!IS_ROOT) chmodSync(join(folder, "locked"), 0o000);
    if (!IS_ROOT) chmodSync(join(folder, "private.txt"), 0o000);
    corpus = await readCorpus(folder);
  });

  afterAll(() => {
    if (!IS_ROOT) chmodSync(join(folder, "locked"), 0o755);
    rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    ["good.txt", "Assad fled to Moscow"],
    ["link-to-good.txt", "Assad fled to Moscow"],
    ["cp1252.txt", "Café “quoted”"],
    // One 1 MB line is a paragraph, no headline: the file names it.
    ["long.txt", "long"],
    ["page.html", "Page"],
    ["world news/Путин и Асад.txt", "Путин и Асад"],
    ["أخبار/بشار الأسد.txt", "بشار الأسد في موسكو"],
    ["notes.txt/inner.txt", "A folder named like a file is walked into"],
    [".hidden.txt", "Dot-files are read"],
    ["empty.txt", "skipped: empty file"],
    ["blank.md", "skipped: empty file (only whitespace)"],
    ["binary.txt", "skipped: binary file (NUL bytes)"],
    ["image.png", "skipped: an image (try --ocr)"],
    ["sheet.xlsx", "skipped: unsupported file type .xlsx"],
    ["report.pdf", "skipped: not a valid PDF (Invalid PDF structure.)"],
    ["letter.docx", "skipped: not a valid .docx (no word/document.xml)"],
    ["broken.txt", "skipped: cannot read: broken symbolic link"],
    ["loop.txt", "skipped: cannot read: ELOOP too many symbolic links"],
    ["pipe.txt", "skipped: cannot read: not a regular file"],
    ["a/back-to-top", "skipped: cannot read folder: symbolic link loop"],
  ])("%s → %s", (path, outcome) => {
    expect(outcomes(corpus)[path]).toEqual(outcome);
  });

  it("reads the 1 MB line whole", () => {
    expect(corpus.documents.find((document) => document.path === "long.txt")?.text).toBe(LONG_LINE);
  });

  it("ignores hidden folders such as .git", () => {
    expect(Object.keys(outcomes(corpus)).filter((path) => path.startsWith(".git"))).toEqual([]);
  });

  it("accounts for every file, each once, never stopping at a bad one", () => {
    const paths = [...corpus.documents, ...corpus.skipped].map((entry) => entry.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths.length).toBe(23);
  });

  // Root reads anything, so chmod 000 cannot make an unreadable file for root; broken.txt and loop.txt can.
  it(`${IS_ROOT ? "reads, as root," : "skips, with the reason,"} a chmod 000 file and folder`, () => {
    if (IS_ROOT) {
      expect(outcomes(corpus)["private.txt"]).toBe("Private");
      expect(outcomes(corpus)["locked/secret.txt"]).toBe("Locked away");
    } else {
      expect(outcomes(corpus)["private.txt"]).toBe("skipped: cannot read: EACCES permission denied");
      expect(outcomes(corpus)["locked"]).toBe("skipped: cannot read folder: EACCES permission denied");
    }
  });

  it("walks in path order, a folder's files where its full path sorts", async () => {
    const paths = (await walk(folder)).map((file) => file.path);
    expect(paths).toEqual([...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(paths.indexOf("a-b.txt")).toBeLessThan(paths.indexOf("a/back-to-top"));
  });

  it("does not read files whose type is skipped anyway", async () => {
    const files = await walk(folder);
    expect(files.find((file) => file.path === "sheet.xlsx")).toEqual({ path: "sheet.xlsx" });
    // An image is read only with OCR.
    expect(files.find((file) => file.path === "image.png")).toEqual({ path: "image.png" });
    const withOcr: WalkedFile[] = [];
    for await (const file of walkCorpus(folder, { ocr: true })) withOcr.push(file);
    expect(withOcr.find((file) => file.path === "image.png")?.bytes).toBeInstanceOf(Uint8Array);
    expect(files.find((file) => file.path === "report.pdf")?.bytes).toBeInstanceOf(Uint8Array);
    expect(files.find((file) => file.path === "good.txt")?.bytes).toBeInstanceOf(Uint8Array);
  });
});

describe("walkCorpus on a bad input folder", () => {
  it.each([
    ["a folder that does not exist", "does/not/exist", /^input folder not found: does\/not\/exist$/],
    ["a file", fileURLToPath(import.meta.url), /^input folder is a file, not a folder: .*walk-corpus\.test\.ts$/],
  ])("throws for %s, naming it", async (_name, folder, message) => {
    await expect(walk(folder)).rejects.toThrow(message);
  });

  it("yields nothing for an empty folder", async () => {
    const folder = mkdtempSync(join(tmpdir(), "entity-graph-empty-"));
    try {
      expect(await walk(folder)).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true });
    }
  });
});
