// `npm run graph` on a folder of good and broken files: every file is either a document or skipped with
// its reason, the good files' entities are in the graph, and the exit code tells whether anything was read.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../../src/graph/types.ts";
import { BAD_CORPUS_DOCUMENTS, BAD_CORPUS_ENTITIES, BAD_CORPUS_SKIPPED, makeBadCorpus } from "../fixtures/bad-corpus.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules/.bin/tsx");

function runGraph(...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, "src/cli/graph.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run graph on a corpus with broken files", () => {
  let corpus: string;
  let run: ReturnType<typeof runGraph>;
  let file: GraphFile;
  beforeAll(() => {
    corpus = makeBadCorpus();
    const out = join(corpus, "..", `${corpus.split("/").pop()}-graph.json`);
    run = runGraph(corpus, "--out", out);
    file = JSON.parse(readFileSync(out, "utf8")) as GraphFile;
  }, 120_000);

  it("builds, and exits with 0", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`documents: ${BAD_CORPUS_DOCUMENTS.length} read, ${BAD_CORPUS_SKIPPED.length} skipped`));
  });

  it("lists each unusable file with its reason, in the file and on the terminal", () => {
    expect(file.skipped).toEqual(BAD_CORPUS_SKIPPED);
    for (const { path, reason } of file.skipped) expect(run.stderr).toContain(`skipped ${path}: ${reason}`);
  });

  it("reads every other file, whatever its name or encoding, in path order; hidden folders are not read", () => {
    expect(file.documents.map((d) => d.path)).toEqual(BAD_CORPUS_DOCUMENTS);
  });

  it("holds the entities of the good files", () => {
    const labels = file.graph.nodes.map((n) => n.attributes?.label);
    for (const label of BAD_CORPUS_ENTITIES) expect(labels).toContain(label);
    expect(labels).not.toContain("Kim Jong-un");
  });

  it("decodes Windows-1252 and drops HTML scripts and navigation", () => {
    const texts = file.sentences.map((s) => s.text);
    expect(texts).toContain("Caf\u00e9 owners in Damascus quoted \u201cBashar al-Assad\u201d.");
    expect(texts).toContain("Angela Merkel spoke in M\u00fcnchen and Z\u00fcrich on Friday.");
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
