// Extraction in worker threads: the same graph file for any number of workers, results in walk order,
// a bounded number of files in flight, and the small-corpus and bad-option cases.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/cli/build-corpus-graph.ts";
import { extractFile } from "../../src/graph/extract-file.ts";
import { extractFiles, type ExtractedWalkedFile } from "../../src/cli/extract-pool.ts";
import type { WalkedFile } from "../../src/cli/walk-corpus.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const CORPUS = resolve(ROOT, "corpus");
const encode = (text: string) => new TextEncoder().encode(text);

/** Files of very different lengths, so that workers finish them out of order; plus files that are skipped. */
function mixedFiles(): WalkedFile[] {
  const files: WalkedFile[] = [];
  for (let i = 0; i < 24; i++) {
    const sentence = `Russian President Vladimir Putin met Hassan Rouhani in Tehran on day ${i}. `;
    files.push({ path: `doc-${String(i).padStart(2, "0")}.txt`, bytes: encode(sentence.repeat(i % 5 === 0 ? 200 : 1 + (i % 3))) });
    if (i === 7) files.push({ path: "sheet.xlsx" });
    if (i === 11) files.push({ path: "locked.txt", error: "cannot read: EACCES permission denied" });
    if (i === 15) files.push({ path: "empty.txt", bytes: new Uint8Array() });
  }
  return files;
}

async function* iterate(files: readonly WalkedFile[], onPull?: () => void): AsyncGenerator<WalkedFile> {
  for (const file of files) {
    onPull?.();
    // A copy: bytes handed to a worker are moved out of this thread.
    yield file.bytes ? { ...file, bytes: file.bytes.slice() } : file;
  }
}

/** Operating-system threads of this process (Linux). */
function threadCount(): number {
  return Number(/^Threads:\s+(\d+)/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1]);
}

async function collect(source: AsyncIterable<ExtractedWalkedFile>): Promise<ExtractedWalkedFile[]> {
  const out: ExtractedWalkedFile[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe("buildCorpusGraph with workers", () => {
  it("writes the same graph file for the sample corpus with one thread and with several workers", async () => {
    const one = await buildCorpusGraph(CORPUS, { workers: 1 });
    // Every file goes to a worker: this thread does not help while they start.
    const three = await buildCorpusGraph(CORPUS, { workers: 3, smallCorpusBytes: 0, extractWhileStarting: false });
    expect(one.threads).toBe(1);
    expect(three.threads).toBe(3);
    expect(one.file.documents).toHaveLength(5);
    expect(three.words).toBe(one.words);
    expect(JSON.stringify(three.file)).toBe(JSON.stringify(one.file));
  });

  it("extracts a corpus under the small-corpus size in the calling thread", async () => {
    const built = await buildCorpusGraph(CORPUS, { workers: 2 });
    expect(built.threads).toBe(1);
    expect(built.file.documents).toHaveLength(5);
  });
});

describe("extractFiles", () => {
  it.each([
    ["workers only", false],
    ["this thread helping while the workers start", true],
  ])("yields every file in walk order with the same result as extracting it in this thread (%s)", async (_, extractWhileStarting) => {
    const files = mixedFiles();
    let threads = 0;
    const pooled = await collect(extractFiles(iterate(files), { workers: 2, smallCorpusBytes: 0, extractWhileStarting, onStart: (n) => (threads = n) }));
    expect(threads).toBe(2);
    expect(pooled.map((r) => r.path)).toEqual(files.map((f) => f.path));
    const expected = await Promise.all(
      files.map((f) => (f.error !== undefined ? [{ ok: false, skipped: { path: f.path, reason: f.error } }] : extractFile(f.path, f.bytes ?? new Uint8Array()))),
    );
    expect(pooled.map((r) => r.results)).toEqual(expected);
    expect(pooled.filter((r) => !r.results[0]?.ok).map((r) => r.path)).toEqual(["sheet.xlsx", "locked.txt", "empty.txt"]);
  });

  it("keeps at most four files per worker in flight, pulling the next file only as results are taken", async () => {
    const files = mixedFiles();
    let pulled = 0;
    let taken = 0;
    let most = 0;
    for await (const _ of extractFiles(iterate(files, () => pulled++), { workers: 2, smallCorpusBytes: 0 })) {
      taken++;
      most = Math.max(most, pulled - taken);
    }
    expect(taken).toBe(files.length);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(2 * 4);
  });

  it("stops its worker threads when the reader stops early", async () => {
    const before = threadCount();
    const source = extractFiles(iterate(mixedFiles()), { workers: 2, smallCorpusBytes: 0 });
    const first = await source.next();
    expect(first.value?.path).toBe("doc-00.txt");
    const running = threadCount();
    expect(running).toBeGreaterThanOrEqual(before + 2);
    await expect(source.return(undefined)).resolves.toEqual({ done: true, value: undefined });
    expect(threadCount()).toBeLessThanOrEqual(running - 2);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses %s workers", async (workers) => {
    await expect(collect(extractFiles(iterate([]), { workers }))).rejects.toThrow(/workers must be a whole number of at least 1/);
  });
});

describe("npm run graph -- --workers", () => {
  it.each(["0", "two", "1.5"])("exits with an error for --workers %s", (value) => {
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--workers", value, "--out", "/dev/null"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(`--workers must be a whole number of at least 1, got "${value}"`);
  });
});
