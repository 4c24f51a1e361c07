import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { newestFile, staleGraphReason } from "../../src/cli/serve.ts";

describe("staleGraphReason", () => {
  let dir = "";
  const touch = (path: string, secondsAgo: number) => {
    mkdirSync(join(path, ".."), { recursive: true });
    writeFileSync(path, "x");
    const time = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(path, time, time);
  };
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "entity-graph-serve-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("asks for a build when the graph file is missing", () => {
    touch(join(dir, "corpus/a.txt"), 100);
    expect(staleGraphReason(join(dir, "graph.json"), join(dir, "corpus"))).toMatch(/does not exist/);
  });

  it("asks for a build when a corpus file, even in a subfolder, is newer", () => {
    touch(join(dir, "graph.json"), 50);
    touch(join(dir, "corpus/a.txt"), 100);
    touch(join(dir, "corpus/deep/b.txt"), 10);
    expect(staleGraphReason(join(dir, "graph.json"), join(dir, "corpus"))).toMatch(/b\.txt is newer/);
  });

  it("is satisfied when the graph file is newer than every corpus file", () => {
    touch(join(dir, "graph.json"), 5);
    touch(join(dir, "corpus/a.txt"), 100);
    touch(join(dir, "corpus/.hidden"), 1);
    expect(staleGraphReason(join(dir, "graph.json"), join(dir, "corpus"))).toBeNull();
  });

  it("finds no newest file in a missing or empty folder", () => {
    expect(newestFile(join(dir, "nope"))).toBeNull();
    mkdirSync(join(dir, "empty"));
    expect(newestFile(join(dir, "empty"))).toBeNull();
  });
});
