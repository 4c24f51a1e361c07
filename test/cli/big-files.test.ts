// `npm run graph` on big files (issue 14), scaled down: a file past --max-file-mb is skipped unread with
// its size and the limit; a large text reports its progress by tenths on stderr, and is read.
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../../src/graph/types.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const dir = mkdtempSync(join(tmpdir(), "entity-graph-big-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run graph -- --max-file-mb 1 on a large text and a too large one", () => {
  let run: SpawnSyncReturns<string>;
  let file: GraphFile;
  beforeAll(() => {
    const corpus = join(dir, "corpus");
    mkdirSync(corpus);
    // 0.3 MB in one line without a full stop: past the progress threshold (256 KB) and under the limit.
    const words = "the minister said talks with officials in the region would continue despite objections from Angela Merkel".split(" ");
    writeFileSync(join(corpus, "large.txt"), Array.from({ length: 50_000 }, (_, i) => words[i % words.length]).join(" "));
    writeFileSync(join(corpus, "huge.txt"), "Putin met Rouhani. ".repeat(80_000));
    writeFileSync(join(corpus, "small.txt"), "Vladimir Putin met Hassan Rouhani in Tehran.");
    // Whichever thread extracts the large file (a worker, or this one while they start), its steps reach stderr.
    run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", corpus, "--out", join(dir, "graph.json"), "--max-file-mb", "1"], { cwd: ROOT, encoding: "utf8" });
    file = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as GraphFile;
  }, 300_000);

  it("skips the file past the limit, saying its size and the limit", () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("skipped huge.txt: too large: 1.4 MB (the limit is 1 MB)");
    expect(file.skipped).toEqual([{ path: "huge.txt", reason: "too large: 1.4 MB (the limit is 1 MB)" }]);
  });

  it("reports the large file's progress by tenths", () => {
    const steps = run.stderr.split("\n").filter((line) => line.startsWith("large.txt: extracting"));
    expect(steps).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90].map((percent) => `large.txt: extracting: ${percent}% of 0.3 MB of text`));
  });

  it("reads the large file, in sentences of at most 300 words", () => {
    expect(file.documents.map((d) => d.id)).toEqual(["large.txt", "small.txt"]);
    const large = file.sentences.filter((s) => s.documents.includes("large.txt"));
    // The graph keeps the sentences that name an entity: each is a piece of at most 300 words of the line.
    expect(large.length).toBeGreaterThan(0);
    for (const sentence of large) expect(sentence.text.split(" ").length).toBeLessThanOrEqual(300);
  });

  it("refuses a limit that is not a number above 0", () => {
    const bad = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--max-file-mb", "0", "--out", "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--max-file-mb must be a number of megabytes above 0, got "0"');
  });
});
