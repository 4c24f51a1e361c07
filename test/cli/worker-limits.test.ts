// Bounds on the extraction workers (issue 14): --workers is capped at the number of cores, and a worker
// whose file needs more memory than its share stops alone: that file is skipped as too large, the others are read.
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { capWorkers, extractFiles, workerMemoryMb, type ExtractedWalkedFile } from "../../src/cli/extract-pool.ts";
import { defaultWorkers } from "../../src/cli/extract-pool.ts";
import type { WalkedFile } from "../../src/cli/walk-corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const encode = (text: string) => new TextEncoder().encode(text);

describe("capWorkers and workerMemoryMb", () => {
  it("lowers a request past the number of cores, and says so", () => {
    expect(capWorkers(1000, 2)).toEqual({ workers: 2, lowered: "--workers 1000 lowered to 2, the number of cores" });
    expect(capWorkers(2, 2)).toEqual({ workers: 2, lowered: null });
    expect(capWorkers(1, 8)).toEqual({ workers: 1, lowered: null });
  });

  it("gives the workers together half the machine's memory, and each at least 512 MB", () => {
    const gb = 1024 ** 3;
    expect(workerMemoryMb(2, 16 * gb)).toBe(4096);
    expect(workerMemoryMb(4, 16 * gb)).toBe(2048);
    expect(workerMemoryMb(64, 16 * gb)).toBe(512);
  });
});

describe("npm run graph -- --workers past the number of cores", () => {
  it("is lowered with a message, and the build goes on", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--workers", "1000", "--out", "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`--workers 1000 lowered to ${defaultWorkers()}, the number of cores`);
    expect(run.stdout).toMatch(/documents: 5 read/);
  }, 60_000);
});

describe("a worker out of memory", () => {
  it("skips the file it was reading as too large and reads the others in a new worker", async () => {
    // ~330 KB of prose needs ~100 MB of heap to extract; the worker gets 48 MB (it starts in ~25 MB).
    const big = "Angela Merkel met Emmanuel Macron in Berlin on Monday and they talked about trade. ".repeat(4000);
    const files: WalkedFile[] = [
      { path: "a.txt", bytes: encode("Vladimir Putin met Hassan Rouhani in Tehran.") },
      { path: "big.txt", bytes: encode(big) },
      ...["c", "d", "e"].map((name) => ({ path: `${name}.txt`, bytes: encode(`Emmanuel Macron flew to Madrid on day ${name}.`) })),
    ];
    const results: ExtractedWalkedFile[] = [];
    const source = (async function* () {
      yield* files;
    })();
    for await (const file of extractFiles(source, { workers: 2, smallCorpusBytes: 0, extractWhileStarting: false, workerMemoryMb: 48 })) results.push(file);
    expect(results.map((file) => file.path)).toEqual(["a.txt", "big.txt", "c.txt", "d.txt", "e.txt"]);
    expect(results[1]!.results).toEqual([{ ok: false, skipped: { path: "big.txt", reason: "too large: extracting it took more than its worker's 48 MB of memory" } }]);
    for (const file of [results[0]!, ...results.slice(2)]) expect(file.results.map((r) => r.ok)).toEqual([true]);
  }, 300_000);
});
