// `npm run graph -- … --split` and the graph JSON on disk: the split form reads back as the single file,
// the form follows the sentence count unless asked, and a rewrite never leaves stale evidence behind.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";
import { readGraphJson, writeGraphJson } from "../../src/cli/write-graph-json.ts";
import { evidencePaths, SPLIT_FROM_SENTENCES, type SplitGraphFile } from "../../src/export/index.ts";

const ROOT = new URL("../..", import.meta.url).pathname;

function runGraph(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/graph.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run graph --split and --single on the sample corpus", () => {
  let dir: string;
  let split: ReturnType<typeof runGraph>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "entity-graph-split-"));
    split = runGraph("corpus", "--out", join(dir, "split/graph.json"), "--split", "--quiet");
    runGraph("corpus", "--out", join(dir, "single.json"), "--single", "--quiet");
  }, 120_000);

  it("writes a graph JSON without sentences and its evidence beside it", () => {
    expect(split.code).toBe(0);
    const head = JSON.parse(readFileSync(join(dir, "split/graph.json"), "utf8")) as SplitGraphFile;
    expect("sentences" in head).toBe(false);
    // One folder per evidence inside graph.evidence/, named by a hash of what it holds.
    expect(head.evidence.index).toMatch(/^graph\.evidence\/[0-9a-f]{16}\/index\.json$/);
    const generation = head.evidence.index.split("/")[1]!;
    expect(readdirSync(join(dir, "split/graph.evidence"))).toEqual([generation]);
    expect(readdirSync(join(dir, "split/graph.evidence", generation)).sort()).toEqual(
      evidencePaths(head.evidence).map((path) => path.replace(`graph.evidence/${generation}/`, "")).sort(),
    );
  });

  it("reads back as the very file --single writes", async () => {
    const single = readFileSync(join(dir, "single.json"), "utf8");
    expect(JSON.stringify(await readGraphJson(join(dir, "split/graph.json")))).toBe(single);
    expect(await readGraphJson(join(dir, "single.json"))).toEqual(JSON.parse(single));
  });

  it("says where the sentences went", () => {
    const run = runGraph("corpus", "--out", join(dir, "told/graph.json"), "--split");
    expect(run.stdout).toMatch(/wrote .*told\/graph\.json \(0\.\d MB; sentences in .*told\/graph\.evidence\/: \d+ files, 0\.\d MB\)/);
  });

  it("refuses --split with --single", () => {
    const run = runGraph("corpus", "--out", join(dir, "both.json"), "--split", "--single");
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--split and --single cannot go together/);
  });
});

describe("writeGraphJson", () => {
  const big = createSyntheticGraphFile({ nodes: 3_000, edges: SPLIT_FROM_SENTENCES, seed: 2 });
  const small = createSyntheticGraphFile({ nodes: 50, edges: 100, seed: 2 });

  it("splits from SPLIT_FROM_SENTENCES sentences on, unless told", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-split-"));
    expect(big.sentences.length).toBeGreaterThanOrEqual(SPLIT_FROM_SENTENCES);
    expect((await writeGraphJson(join(dir, "big.json"), big)).split).not.toBeNull();
    expect((await writeGraphJson(join(dir, "small.json"), small)).split).toBeNull();
    expect((await writeGraphJson(join(dir, "forced.json"), small, "split")).split).not.toBeNull();
    expect((await writeGraphJson(join(dir, "one.json"), big, "single")).split).toBeNull();
    expect(existsSync(join(dir, "one.evidence"))).toBe(false);
    expect(JSON.stringify(await readGraphJson(join(dir, "big.json")))).toBe(readFileSync(join(dir, "one.json"), "utf8"));
    expect(await readGraphJson(join(dir, "forced.json"))).toStrictEqual(await readGraphJson(join(dir, "small.json")));
  });

  it("removes the evidence of an earlier split write, whatever the new form", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-split-"));
    const out = join(dir, "graph.json");
    const first = await writeGraphJson(out, big, "split");
    await writeGraphJson(out, small, "split");
    const head = JSON.parse(readFileSync(out, "utf8")) as SplitGraphFile;
    const generation = head.evidence.index.split("/")[1]!;
    expect(readdirSync(join(dir, "graph.evidence"))).toEqual([generation]);
    const files = readdirSync(join(dir, "graph.evidence", generation));
    expect(files).toHaveLength(evidencePaths(head.evidence).length);
    expect(files.length).toBeLessThan(first.split!.files);
    await writeGraphJson(out, small, "single");
    expect(existsSync(join(dir, "graph.evidence"))).toBe(false);
    expect(await readGraphJson(out)).toEqual(small);
  });

  it("leaves alone an evidence folder holding files it did not write, and says so", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-split-"));
    mkdirSync(join(dir, "graph.evidence"));
    writeFileSync(join(dir, "graph.evidence/notes.txt"), "mine");
    await expect(writeGraphJson(join(dir, "graph.json"), small, "split")).rejects.toThrow(/holds files the graph did not write \(notes\.txt\)/);
    expect(readFileSync(join(dir, "graph.evidence/notes.txt"), "utf8")).toBe("mine");
  });

  it("says when a file is not a graph file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-split-"));
    writeFileSync(join(dir, "other.json"), '{"nodes": []}');
    await expect(readGraphJson(join(dir, "other.json"))).rejects.toThrow(/not an Entity Graph file/);
  });
});
