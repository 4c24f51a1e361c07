// The extraction cache on the queue's Redis server (a server the test starts on a free loopback port): a
// second coordinator run puts no job on the queue and writes the same bytes; a changed document, and only
// it, is extracted again; `--cache DIR` still means the LMDB folder; a new extractor version finds nothing.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openRedisCache, REDIS_CACHE_PREFIX } from "../../src/cli/cache-redis.ts";
import type { ExtractJobData } from "../../src/cli/queue-jobs.ts";
import type { RunningRedis } from "../../src/cli/redis-server.ts";
import { localBuild, ROOT, runGraph, startWorkers, type Running , closeQueueFixture, openQueueFixture, type QueueFixture } from "./queue-helpers.ts";

const CORPUS = join(ROOT, "corpus");

/** The user's environment: the suite's ENTITY_GRAPH_CACHE=off would turn the default cache off. */
function userEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ENTITY_GRAPH_CACHE;
  return env;
}

describe("the extraction cache on the queue's Redis server", () => {
  let redis: RunningRedis;
  let connection: Redis;
  let queue: Queue<ExtractJobData>;
  let dir: string;
  let fixture: QueueFixture | undefined;
  let running: Running[] = [];

  beforeAll(async () => {
    fixture = await openQueueFixture("redis-cache");
    ({ redis, connection, queue, dir, running } = fixture);
    running.push(...(await startWorkers(1, redis.url)));
  });

  afterEach(async () => {
    await connection.flushall();
  });

  afterAll(async () => {
    await closeQueueFixture(fixture);
  });

  const coordinator = (folder: string, out: string, ...flags: string[]) => runGraph([folder, "--queue", redis.url, "--out", out, ...flags], userEnvironment());
  /** Removes the queue's jobs, done ones included: a run that found them would take their results, cache or not. */
  const emptyQueue = () => queue.obliterate({ force: true });
  const jobsOnQueue = async () => Object.values(await queue.getJobCounts()).reduce((sum, n) => sum + n, 0);

  it("a second coordinator run reuses every document, adds no job, and writes a byte-identical file", async () => {
    localBuild(CORPUS, join(dir, "local.json"));
    const first = await coordinator(CORPUS, join(dir, "first.json"));
    expect(first.code, first.output).toBe(0);
    expect(first.output).toContain(`cache:     0 of 5 documents reused (${redis.url})`);
    expect(await jobsOnQueue()).toBe(5);
    await emptyQueue();

    const second = await coordinator(CORPUS, join(dir, "second.json"));
    expect(second.code, second.output).toBe(0);
    expect(second.output).toContain(`cache:     5 of 5 documents reused (${redis.url})`);
    expect(await jobsOnQueue()).toBe(0);
    const written = readFileSync(join(dir, "second.json"));
    expect(written.equals(readFileSync(join(dir, "first.json")))).toBe(true);
    expect(written.equals(readFileSync(join(dir, "local.json")))).toBe(true);
  }, 240_000);

  it("extracts a changed document again, and only it, and writes a local build's file", async () => {
    const folder = join(dir, "changing");
    cpSync(CORPUS, folder, { recursive: true });
    expect((await coordinator(folder, join(dir, "before.json"))).code).toBe(0);
    await emptyQueue();

    const changed = "eaworldview-rouhani-putin-call.txt";
    writeFileSync(join(folder, changed), `${readFileSync(join(folder, changed), "utf8")}\nAngela Merkel called Emmanuel Macron from Berlin.\n`);
    const rebuilt = await coordinator(folder, join(dir, "after.json"));
    expect(rebuilt.code, rebuilt.output).toBe(0);
    expect(rebuilt.output).toContain(`cache:     4 of 5 documents reused (${redis.url})`);
    const jobs = await queue.getJobs(["completed"]);
    expect(jobs.map((job) => job.data.path)).toEqual([changed]);
    localBuild(folder, join(dir, "after-local.json"));
    expect(readFileSync(join(dir, "after.json")).equals(readFileSync(join(dir, "after-local.json")))).toBe(true);
    expect(readFileSync(join(dir, "after.json"), "utf8")).toContain("Emmanuel Macron");
  }, 240_000);

  it("--cache DIR keeps the cache in that folder, --no-cache keeps none, and neither writes to Redis", async () => {
    const folder = join(dir, "lmdb-cache");
    const withFolder = await coordinator(CORPUS, join(dir, "lmdb.json"), "--cache", folder);
    expect(withFolder.code, withFolder.output).toBe(0);
    expect(withFolder.output).toContain(`cache:     0 of 5 documents reused (${folder})`);
    const without = await coordinator(CORPUS, join(dir, "none.json"), "--no-cache");
    expect(without.code, without.output).toBe(0);
    expect(without.output).not.toContain("cache:");
    expect(await connection.keys(`${REDIS_CACHE_PREFIX}:*`)).toEqual([]);
  }, 240_000);

  it("keys entries by extractor version: a new version finds none of the old ones, and removes them", async () => {
    const results = [{ ok: false as const, skipped: { path: "a.txt", reason: "stored" } }];
    const old = await openRedisCache(connection, redis.url, "version-1");
    old.put("key", results);
    await old.close();
    const again = await openRedisCache(connection, redis.url, "version-1");
    expect(await again.get("key")).toEqual(results);
    expect(await again.get("other-key")).toBeUndefined();
    const next = await openRedisCache(connection, redis.url, "version-2");
    expect(await next.get("key")).toBeUndefined();
    expect(await connection.keys(`${REDIS_CACHE_PREFIX}:version-1:*`)).toEqual([]);
    const back = await openRedisCache(connection, redis.url, "version-1");
    expect(await back.get("key")).toBeUndefined();
  });
});
