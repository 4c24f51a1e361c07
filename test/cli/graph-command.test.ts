// `npm run graph` on a folder of good and broken files: every file is either a document or skipped with
// its reason, the good files' entities are in the graph, and the exit code tells whether anything was read.
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../../src/graph/types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules/.bin/tsx");

function runGraph(...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, "src/cli/graph.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Builds the test corpus: the bad files are generated here, binary and large ones included. */
function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bad-corpus-"));
  const write = (name: string, content: string | Uint8Array) => writeFileSync(join(dir, name), content);
  write("good.txt", "Russian President Vladimir Putin met Iranian President Hassan Rouhani in Tehran.\n");
  write("name with spaces.md", "# Summit\n\nThe summit was held in Bishkek, Kyrgyzstan.\n");
  write("تقرير موسكو.txt", "Foreign Minister Mohammad Javad Zarif flew to Moscow on Monday.\n");
  // Windows-1252: é is 0xE9, curly quotes are 0x93 and 0x94.
  write("windows-1252.txt", Uint8Array.from(Buffer.from("Caf\xe9 owners in Damascus quoted \x93Bashar al-Assad\x94.\n", "latin1")));
  write("no-entity.txt", "it was a quiet day, and nothing happened at all.\n");
  // A whole article on one 1 MB line, as some scrapers save it.
  write("long-line.txt", `${"The talks went on for hours and ended late at night. ".repeat(20_000)}Benjamin Netanyahu visited Cairo.`);
  write("page.html", "<html><head><title>Aleppo report</title><script>alert(1)</script></head><body><nav>Home</nav><p>Fighting reached Aleppo, Syria.</p></body></html>");
  write("empty.txt", "");
  write("binary.txt", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xff, 0x00]));
  write("photo.png", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  symlinkSync(join(dir, "does-not-exist.txt"), join(dir, "broken-link.txt"));
  mkdirSync(join(dir, "nested"));
  write("nested/deeper.txt", "Egypt and Jordan rejected the plan.\n");
  return dir;
}

describe("npm run graph on a corpus with broken files", () => {
  let corpus: string;
  let run: ReturnType<typeof runGraph>;
  let file: GraphFile;
  beforeAll(() => {
    corpus = makeCorpus();
    const out = join(corpus, "..", `${corpus.split("/").pop()}-graph.json`);
    run = runGraph(corpus, "--out", out);
    file = JSON.parse(readFileSync(out, "utf8")) as GraphFile;
  }, 120_000);

  it("builds, and exits with 0", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/documents: 8 read, 4 skipped/);
  });

  it("lists each unusable file with its reason, in the file and on the terminal", () => {
    expect(file.skipped.map((s) => [s.path, s.reason.split(" ")[0]])).toEqual([
      ["binary.txt", "binary"],
      ["broken-link.txt", "cannot"],
      ["empty.txt", "empty"],
      ["photo.png", "unsupported"],
    ]);
    for (const { path, reason } of file.skipped) expect(run.stderr).toContain(`skipped ${path}: ${reason}`);
  });

  it("reads every other file, whatever its name or encoding", () => {
    expect(file.documents.map((d) => d.path).sort()).toEqual(
      ["good.txt", "long-line.txt", "name with spaces.md", "nested/deeper.txt", "no-entity.txt", "page.html", "windows-1252.txt", "تقرير موسكو.txt"].sort(),
    );
  });

  it("holds the entities of the good files", () => {
    const labels = file.graph.nodes.map((n) => n.attributes?.label);
    for (const label of ["Vladimir Putin", "Hassan Rouhani", "Tehran", "Bishkek", "Kyrgyzstan", "Mohammad Javad Zarif", "Moscow", "Damascus", "Bashar al-Assad", "Benjamin Netanyahu", "Cairo", "Aleppo", "Syria", "Egypt", "Jordan"]) {
      expect(labels).toContain(label);
    }
  });

  it("decodes Windows-1252 and drops HTML scripts and navigation", () => {
    const texts = file.sentences.map((s) => s.text);
    expect(texts).toContain("Caf\u00e9 owners in Damascus quoted \u201cBashar al-Assad\u201d.");
    expect(texts.join("\n")).not.toMatch(/alert|Home/);
    expect(file.documents.find((d) => d.path === "page.html")?.title).toBe("Aleppo report");
  });

  it("exits with 1 when no file at all could be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-nothing-"));
    writeFileSync(join(dir, "empty.txt"), "");
    const result = runGraph(dir, "--out", join(dir, "g.json"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no document could be read/);
    expect(result.stderr).toMatch(/skipped empty.txt: empty file/);
  });

  it("says clearly when the folder does not exist", () => {
    const result = runGraph("/nonexistent/entity-graph-folder");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/input folder not found: \/nonexistent\/entity-graph-folder/);
  });
});
