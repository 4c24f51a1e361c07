// The extraction cache: a second `npm run graph` reuses every document and writes the same bytes; changed,
// added and removed files give the graph a cold build of the folder gives; a new extractor version finds
// nothing of the old one; and the merge of cached and extracted files keeps walk order.
import { cpSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cacheExtract, type CacheCounts } from "../../src/cli/cache-extract.ts";
import { openCacheStore } from "../../src/cli/cache-store.ts";
import { extractorVersion } from "../../src/cli/cache-version.ts";
import type { ExtractedWalkedFile } from "../../src/cli/extract-pool.ts";
import type { WalkedFile } from "../../src/cli/walk-corpus.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { ROOT, runGraph, temporaryFolder } from "./queue-helpers.ts";

const CORPUS = join(ROOT, "corpus");

describe("npm run graph with the extraction cache", () => {
  let dir: string;
  beforeAll(() => {
    dir = temporaryFolder("cache");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("extracts nothing on a second run and writes a byte-identical file", async () => {
    const cache = join(dir, "sample-cache");
    const cold = await runGraph([CORPUS, "--cache", cache, "--out", join(dir, "cold.json")]);
    expect(cold.code, cold.output).toBe(0);
    expect(cold.output).toContain(`cache:     0 of 5 documents reused (${cache})`);
    const warm = await runGraph([CORPUS, "--cache", cache, "--out", join(dir, "warm.json")]);
    expect(warm.code, warm.output).toBe(0);
    expect(warm.output).toContain(`cache:     5 of 5 documents reused (${cache})`);
    expect(readFileSync(join(dir, "warm.json")).equals(readFileSync(join(dir, "cold.json")))).toBe(true);
  }, 180_000);

  it("extracts only changed and new files; a removed file leaves the graph; the file is a cold build's", async () => {
    const folder = join(dir, "changing");
    cpSync(CORPUS, folder, { recursive: true });
    const cache = join(dir, "changing-cache");
    expect((await runGraph([folder, "--cache", cache, "--out", join(dir, "before.json")])).code).toBe(0);

    const removed = "newsweek-putin-stopped-taking-assad-calls.txt";
    unlinkSync(join(folder, removed));
    const changed = join(folder, "eaworldview-rouhani-putin-call.txt");
    writeFileSync(changed, `${readFileSync(changed, "utf8")}\nAngela Merkel called Emmanuel Macron from Berlin.\n`);
    mkdirSync(join(folder, "new"));
    writeFileSync(join(folder, "new", "brief.txt"), "Recep Tayyip Erdogan met Vladimir Putin in Sochi.\n");

    const rebuilt = await runGraph([folder, "--cache", cache, "--out", join(dir, "after.json")]);
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain("cache:     3 of 5 documents reused");
    const fresh = await runGraph([folder, "--no-cache", "--out", join(dir, "fresh.json")]);
    expect(fresh.output).not.toContain("cache:");
    expect(readFileSync(join(dir, "after.json")).equals(readFileSync(join(dir, "fresh.json")))).toBe(true);
    const file = JSON.parse(readFileSync(join(dir, "after.json"), "utf8")) as GraphFile;
    expect(file.documents.map((d) => d.path)).not.toContain(removed);
    expect(file.graph.nodes.map((n) => n.attributes?.label)).toEqual(expect.arrayContaining(["Emmanuel Macron", "Sochi"]));
  }, 240_000);

  it("refuses two cache flags at once", async () => {
    const run = await runGraph([CORPUS, "--cache", join(dir, "x"), "--no-cache", "--out", join(dir, "x.json")]);
    expect(run.code).toBe(2);
    expect(run.output).toContain("error: --cache and --no-cache cannot go together");
  }, 60_000);
});

describe("the extractor version", () => {
  /** A copy of what the version is made of, in another folder (another checkout, another machine). */
  function copyOfSources(): string {
    const root = temporaryFolder("version");
    for (const path of ["src/extract", "src/graph/extract-file.ts", "package.json", "package-lock.json"]) cpSync(join(ROOT, path), join(root, path), { recursive: true });
    return root;
  }

  it("is the same for the same sources anywhere, and changes with the trained model or a rule's code", () => {
    const root = copyOfSources();
    try {
      const version = extractorVersion();
      expect(version).toMatch(/^[0-9a-f]{64}$/);
      expect(extractorVersion(root)).toBe(version);
      const model = join(root, "src/extract/data/tagger-model.json");
      writeFileSync(model, `${readFileSync(model, "utf8")} `);
      const retrained = extractorVersion(root);
      expect(retrained).not.toBe(version);
      writeFileSync(join(root, "src/extract/find-mentions.ts"), "// a changed rule\n", { flag: "a" });
      expect(extractorVersion(root)).not.toBe(retrained);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("keys the cache: a new version finds none of the old entries, and removes them", async () => {
    const folder = temporaryFolder("store");
    const path = join(folder, "cache");
    const results = [{ ok: false as const, skipped: { path: "a.txt", reason: "stored" } }];
    const old = openCacheStore(path, "version-1");
    old.put("key", results);
    await old.close();
    const again = openCacheStore(path, "version-1");
    expect(await again.get("key")).toEqual(results);
    await again.close();
    const next = openCacheStore(path, "version-2");
    expect(await next.get("key")).toBeUndefined();
    await next.close();
    const back = openCacheStore(path, "version-1");
    expect(await back.get("key")).toBeUndefined();
    await back.close();
    rmSync(folder, { recursive: true, force: true });
  });
});

describe("cacheExtract", () => {
  const encode = (text: string) => new TextEncoder().encode(text);
  const ok = (path: string) => ({ ok: true as const, document: { id: path, path, title: path }, extraction: { sentences: [], words: 1 } });

  it("yields cached and extracted files in walk order, gives the extractor only the others, and stores only whole successes", async () => {
    const folder = temporaryFolder("merge");
    const path = join(folder, "cache");
    let store = openCacheStore(path, "v");
    const files: WalkedFile[] = Array.from({ length: 150 }, (_, i) => ({ path: `doc-${String(i).padStart(3, "0")}.txt`, bytes: encode(`text ${i}`) }));
    files.splice(40, 0, { path: "locked.txt", error: "cannot read: EACCES permission denied" });
    const seen: string[] = [];
    // A stand-in for the worker pool: answers in order, and fails every seventh document.
    async function* extract(input: AsyncIterable<WalkedFile>): AsyncGenerator<ExtractedWalkedFile> {
      for await (const file of input) {
        seen.push(file.path);
        await new Promise((resolve) => setTimeout(resolve, 0));
        const failed = file.error ?? (seen.length % 7 === 0 ? "extraction failed: test" : undefined);
        yield { path: file.path, results: failed ? [{ ok: false, skipped: { path: file.path, reason: failed } }] : [ok(file.path) as never] };
      }
    }
    const run = async (counts: CacheCounts) => {
      const out: string[] = [];
      for await (const file of cacheExtract(iterate(files), { cache: store, version: "v", extract, counts })) out.push(file.path);
      return out;
    };
    const first: CacheCounts = { files: 0, reused: 0 };
    expect(await run(first)).toEqual(files.map((f) => f.path));
    expect(first).toEqual({ files: 150, reused: 0 });
    const failedFirst = seen.filter((_, i) => (i + 1) % 7 === 0);
    seen.length = 0;
    // As between two builds: entries are written in the background and durable once the store is closed.
    await store.close();
    store = openCacheStore(path, "v");

    const second: CacheCounts = { files: 0, reused: 0 };
    expect(await run(second)).toEqual(files.map((f) => f.path));
    // Only the skipped files are tried again: the unreadable one and those that failed.
    expect(seen).toEqual(files.filter((f) => f.error !== undefined || failedFirst.includes(f.path)).map((f) => f.path));
    expect(second.reused).toBe(150 - failedFirst.filter((p) => p !== "locked.txt").length);
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });
});

async function* iterate(files: readonly WalkedFile[]): AsyncGenerator<WalkedFile> {
  for (const file of files) yield file;
}
