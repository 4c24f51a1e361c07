// The README's sample output of `npm run graph -- corpus` is what the command prints today: the counts of
// documents, sentences, entities by type, edges and communities, line for line (timings aside).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** The lines of a graph run's summary that do not depend on the machine or on where it wrote. */
function countLines(output: string): string[] {
  return output.split("\n").filter((line) => /^(?:documents|sentences|entities|edges):/.test(line));
}

it("prints the counts the README's sample output shows for the sample corpus", () => {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const block = /```\w*\n\$ npm run graph -- corpus\n([\s\S]*?)```/.exec(readme)?.[1];
  expect(block, "README.md has a ``` block starting with $ npm run graph -- corpus").toBeDefined();
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-readme-"));
  try {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--out", join(dir, "graph.json"), "--cache", join(dir, "cache")], { cwd: ROOT, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(countLines(run.stdout)).toHaveLength(4);
    expect(countLines(block ?? "")).toEqual(countLines(run.stdout));
    expect(block).toMatch(/^time: .*\ncache: .*\nwrote public\/graph\.json\n$/m);
    expect(run.stdout).toMatch(/^cache: +0 of 5 documents reused/m);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
