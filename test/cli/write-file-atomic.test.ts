// Writes that never lose work: writeFileAtomic itself, and `npm run graph` killed by SIGKILL in the middle
// of rewriting its outputs (graph JSON single and split, GEXF): the previous output is still whole and reads.
// The kill lands during the write through the tests' pause before a rename (PAUSE_BEFORE_RENAME_VARIABLE).
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PAUSE_BEFORE_RENAME_VARIABLE, TEMPORARY_NAME, writeFileAtomic } from "../../src/cli/write-file-atomic.ts";
import { readGraphJson } from "../../src/cli/write-graph-json.ts";
import { readGraphFile, type SplitGraphFile } from "../../src/export/index.ts";
import type { GraphFile } from "../../src/graph/types.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const GRAPH = join(ROOT, "src/cli/graph.ts");
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-atomic-"));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function runGraph(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", GRAPH, ...args, "--quiet"], { encoding: "utf8", cwd: ROOT });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
}

/**
 * Runs `npm run graph` with the tests' pause before the rename of a target whose name contains `pause`,
 * waits until it stands there, kills it with SIGKILL, and returns what it said.
 */
async function killDuringWrite(pause: string, ...args: string[]): Promise<{ paused: string }> {
  const child = spawn(process.execPath, ["--import", "tsx", GRAPH, ...args, "--quiet"], {
    cwd: ROOT,
    env: { ...process.env, [PAUSE_BEFORE_RENAME_VARIABLE]: pause },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on("exit", (_code, signal) => resolve(signal)));
  const paused = await new Promise<string>((resolve, reject) => {
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
      const line = /pausing before rename: (.*)\n/.exec(stderr);
      if (line) resolve(line[1]!);
    });
    void exited.then(() => reject(new Error(`npm run graph ended before its write: ${stderr}`)));
  });
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  return { paused };
}

/** A folder of two short articles, whose graph differs from the sample corpus's. */
function otherCorpus(): string {
  const folder = join(tempDir(), "other");
  mkdirSync(folder);
  writeFileSync(join(folder, "a.txt"), "Angela Merkel met Emmanuel Macron in Berlin on Monday.\n\nGermany and France signed a treaty.\n");
  writeFileSync(join(folder, "b.txt"), "Macron later flew to Madrid, where Spain hosted the summit.\n");
  return folder;
}

describe("writeFileAtomic", () => {
  it("replaces a file's content whole and leaves no temporary file", async () => {
    const dir = tempDir();
    const path = join(dir, "graph.json");
    writeFileSync(path, "old");
    await writeFileAtomic(path, "new content");
    expect(readFileSync(path, "utf8")).toBe("new content");
    await writeFileAtomic(path, new Uint8Array([0x61, 0x62]));
    expect(readFileSync(path, "utf8")).toBe("ab");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  });

  it("leaves the old file and no temporary file when the rename fails", async () => {
    const dir = tempDir();
    // A folder in the way: the temporary file is written, the rename over a non-empty folder fails.
    mkdirSync(join(dir, "graph.json"));
    writeFileSync(join(dir, "graph.json/keep.txt"), "mine");
    await expect(writeFileAtomic(join(dir, "graph.json"), "new")).rejects.toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect(readFileSync(join(dir, "graph.json/keep.txt"), "utf8")).toBe("mine");
  });
});

describe("npm run graph killed by SIGKILL while it rewrites its output", () => {
  it("single form: the old graph JSON stays whole and parses; the next build cleans up", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    runGraph("corpus", "--out", out, "--single");
    const before = readFileSync(out, "utf8");

    const { paused } = await killDuringWrite("graph.json", otherCorpus(), "--out", out, "--single");
    // Killed with the new file fully written under its temporary name, before the rename.
    const temporary = readdirSync(dir).filter((name) => TEMPORARY_NAME.test(name));
    expect(temporary).toHaveLength(1);
    expect(paused).toContain(temporary[0]);
    expect(readFileSync(out, "utf8")).toBe(before);
    expect((await readGraphJson(out)).documents.map((d) => d.id)).toContain("newsweek-putin-stopped-taking-assad-calls.txt");

    runGraph(otherCorpus(), "--out", out, "--single");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
    expect((await readGraphJson(out)).documents.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
  }, 120_000);

  it("split form: killed before the new graph JSON's rename, the old one still reads every sentence", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    runGraph("corpus", "--out", out, "--split");
    const before = await readGraphJson(out);
    const oldHead = JSON.parse(readFileSync(out, "utf8")) as SplitGraphFile;

    await killDuringWrite("graph.json", otherCorpus(), "--out", out, "--split");
    // The new evidence is complete in a folder of its own; the old graph JSON and its folder are untouched.
    const generations = readdirSync(join(dir, "graph.evidence"));
    expect(generations).toHaveLength(2);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(oldHead);
    const after: GraphFile = await readGraphJson(out);
    expect(after).toEqual(before);
    expect(after.sentences.length).toBeGreaterThan(100);

    // The next build replaces both and leaves one evidence folder, the new graph's.
    runGraph(otherCorpus(), "--out", out, "--split");
    const head = JSON.parse(readFileSync(out, "utf8")) as SplitGraphFile;
    expect(readdirSync(join(dir, "graph.evidence"))).toEqual([head.evidence.index.split("/")[1]]);
    expect((await readGraphJson(out)).documents.map((d) => d.id)).toEqual(["a.txt", "b.txt"]);
  }, 120_000);

  it("split form: killed while the new evidence folder is renamed into place, the old output still reads", async () => {
    const dir = tempDir();
    const out = join(dir, "graph.json");
    runGraph("corpus", "--out", out, "--split");
    const before = await readGraphJson(out);

    // "*": the first rename of the build, the new evidence folder's.
    const { paused } = await killDuringWrite("*", otherCorpus(), "--out", out, "--split");
    expect(paused).toMatch(/graph\.evidence\/\.[0-9a-f]{16}\.[0-9a-f]{12}\.tmp -> .*graph\.evidence\/[0-9a-f]{16}$/);
    expect(await readGraphJson(out)).toEqual(before);
  }, 120_000);

  it("GEXF: the old export stays whole and opens", async () => {
    const dir = tempDir();
    const gexf = join(dir, "graph.gexf");
    runGraph("corpus", "--gexf", gexf);
    const before = readFileSync(gexf, "utf8");
    await killDuringWrite("graph.gexf", otherCorpus(), "--gexf", gexf);
    expect(readFileSync(gexf, "utf8")).toBe(before);
    expect(readGraphFile(before, "graph.gexf").graph.nodes.length).toBeGreaterThan(50);
    expect(existsSync(join(dir, "graph.json"))).toBe(false);
  }, 120_000);
});
