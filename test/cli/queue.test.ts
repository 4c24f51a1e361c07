// `npm run graph -- --queue` with `npm run worker` processes on a Redis server the test starts on a free
// loopback port: the same graph file as a local build, byte for byte, with three workers, with a worker
// SIGKILLed mid-job, and with the coordinator killed and started again; a document whose job fails three
// times is skipped with its reason; an unreachable server is a clear error.
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { fileKey } from "../../src/cli/cache-key.ts";
import { extractorVersion } from "../../src/cli/cache-version.ts";
import { JOB_NAME, JOB_OPTIONS, type ExtractJobData } from "../../src/cli/queue-jobs.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { freePort } from "../../src/cli/free-port.ts";
import type { RunningRedis } from "../../src/cli/redis-server.ts";
import { localBuild, ROOT, runGraph, start, startWorkers, stop, UN_CORPUS, unSlice, waitFor, type Running , closeQueueFixture, openQueueFixture, type QueueFixture } from "./queue-helpers.ts";

const CORPUS = resolve(ROOT, "corpus");
if (!existsSync(UN_CORPUS)) console.warn(`queue.test: ${UN_CORPUS} not found (../shared is absent): the 200-speech test is skipped`);

describe("extraction on a BullMQ queue", () => {
  let redis: RunningRedis;
  let connection: Redis;
  let queue: Queue;
  let dir: string;
  let fixture: QueueFixture | undefined;
  let sampleLocal: Buffer;
  let running: Running[] = [];

  beforeAll(async () => {
    fixture = await openQueueFixture("queue");
    ({ redis, connection, queue, dir, running } = fixture);
    localBuild(CORPUS, join(dir, "local.json"));
    sampleLocal = readFileSync(join(dir, "local.json"));
  });

  afterEach(async () => {
    await stop(running.splice(0));
    // Each test starts from an empty queue: done jobs of one would be found by the next.
    await connection.flushall();
  });

  afterAll(async () => {
    await closeQueueFixture(fixture);
  });

  const graphOnQueue = (folder: string, out: string) => ["--quiet", folder, "--queue", redis.url, "--no-cache", "--out", out];

  it("with 3 worker processes writes the sample corpus's graph file byte for byte as a local build", async () => {
    running.push(...(await startWorkers(3, redis.url)));
    const out = join(dir, "queue.json");
    const run = await runGraph(graphOnQueue(CORPUS, out));
    expect(run.code, run.output).toBe(0);
    expect(readFileSync(out).equals(sampleLocal)).toBe(true);
    // Every document was done by a worker, and the work was shared.
    const jobs = await queue.getJobs(["completed"]);
    expect(jobs).toHaveLength(5);
    expect(new Set(jobs.map((job) => job.processedBy)).size).toBeGreaterThan(1);
  }, 240_000);

  it.skipIf(!existsSync(UN_CORPUS))(
    "gives the same file as a local build of 200 UN speeches with a worker SIGKILLed in the middle of a job",
    async () => {
      const started = performance.now();
      const folder = unSlice(200);
      try {
        localBuild(folder, join(dir, "un-local.json"));
        const workers = await startWorkers(3, redis.url);
        running.push(...workers);
        const victim = workers[0] as Running;
        const coordinator = start("graph.ts", graphOnQueue(folder, join(dir, "un-queue.json")));
        running.push(coordinator);
        // Once 20 speeches are done, the first worker is killed while it holds a job: stopped first, so that
        // it cannot finish the job it was seen holding before the kill (on a quiet machine it could).
        let taken = "";
        await waitFor(
          async () => {
            if ((await queue.getJobCountByTypes("completed")) < 20) return false;
            victim.child.kill("SIGSTOP");
            const held = (await queue.getActive()).find((job) => job.processedBy?.endsWith(` ${victim.child.pid}`));
            taken = held?.id ?? "";
            if (taken === "") victim.child.kill("SIGCONT");
            return taken !== "";
          },
          180_000,
          () => coordinator.output(),
        );
        victim.child.kill("SIGKILL");
        const code = await coordinator.exited;
        expect(code, coordinator.output()).toBe(0);
        expect(readFileSync(join(dir, "un-queue.json")).equals(readFileSync(join(dir, "un-local.json")))).toBe(true);
        const file = JSON.parse(readFileSync(join(dir, "un-queue.json"), "utf8")) as GraphFile;
        expect(file.documents).toHaveLength(200);
        expect(file.skipped).toEqual([]);
        // The killed worker's job was found stalled, given to another worker and done once.
        const job = await queue.getJob(taken);
        expect(await job?.getState()).toBe("completed");
        expect(job?.stalledCounter).toBe(1);
        expect(job?.processedBy).not.toMatch(new RegExp(` ${victim.child.pid}$`));
      } finally {
        rmSync(folder, { recursive: true, force: true });
        console.log(`queue.test: the 200-speech test took ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    },
    600_000,
  );

  it("resumes when the coordinator is killed and started again: done jobs are taken, not redone", async () => {
    const out = join(dir, "resumed.json");
    // No worker yet: the first coordinator adds the jobs, and is killed while it waits for them.
    const first = start("graph.ts", graphOnQueue(CORPUS, out).slice(1));
    running.push(first);
    // Its progress line tells the jobs are waiting and that no worker takes them.
    await waitFor(() => first.output().includes("queue: 0 done, 0 failed, 0 in flight, 5 waiting, 0.0 per second, 0 workers (start one: npm run worker -- --queue URL)"), 120_000, () => first.output());
    expect(await queue.getJobCountByTypes("waiting")).toBe(5);
    first.child.kill("SIGKILL");
    await first.exited;
    const workers = await startWorkers(3, redis.url);
    await waitFor(async () => (await queue.getJobCountByTypes("completed")) === 5, 120_000);
    await stop(workers);
    const finished = (await queue.getJobs(["completed"])).map((job) => [job.id, job.finishedOn, job.attemptsStarted]);

    // With no worker left, the second run can only end by taking the results already there.
    const run = await runGraph(graphOnQueue(CORPUS, out));
    expect(run.code, run.output).toBe(0);
    expect(readFileSync(out).equals(sampleLocal)).toBe(true);
    const after = (await queue.getJobs(["completed"])).map((job) => [job.id, job.finishedOn, job.attemptsStarted]);
    expect(after.sort()).toEqual(finished.sort());
    expect(finished.every(([, , attempts]) => attempts === 1)).toBe(true);
  }, 300_000);

  it("with the cache, queues only what the cache does not hold", async () => {
    const cache = join(dir, "queue-cache");
    running.push(...(await startWorkers(2, redis.url)));
    const cold = await runGraph([CORPUS, "--queue", redis.url, "--cache", cache, "--out", join(dir, "cached-1.json")]);
    expect(cold.output).toContain("cache:     0 of 5 documents reused");
    await stop(running.splice(0));
    await connection.flushall();
    // No worker and an empty queue: the second run can only take everything from the cache.
    const warm = await runGraph([CORPUS, "--queue", redis.url, "--cache", cache, "--out", join(dir, "cached-2.json")]);
    expect(warm.code, warm.output).toBe(0);
    expect(warm.output).toContain("cache:     5 of 5 documents reused");
    expect(await queue.count()).toBe(0);
    expect(readFileSync(join(dir, "cached-2.json")).equals(sampleLocal)).toBe(true);
  }, 240_000);

  it("reports a document whose job fails three times as skipped, with the reason, and builds the rest", async () => {
    // A job made by a coordinator of another extractor version: every worker of this one refuses it.
    const path = "eaworldview-rouhani-putin-call.txt";
    const bytes = new Uint8Array(readFileSync(join(CORPUS, path)));
    const version = extractorVersion();
    const stale: ExtractJobData = { version: "0".repeat(64), path, bytes: Buffer.from(bytes).toString("base64"), ocr: false };
    await queue.add(JOB_NAME, stale, { ...JOB_OPTIONS, jobId: fileKey(version, path, bytes, { ocr: false }) });
    running.push(...(await startWorkers(2, redis.url)));
    const out = join(dir, "failed.json");
    const run = await runGraph([...graphOnQueue(CORPUS, out)].filter((a) => a !== "--quiet"));
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain(`skipped ${path}: extraction failed 3 times on the queue: the job was made by extractor 000000000000`);
    expect(run.output).toContain("documents: 4 read, 1 skipped");
    const file = JSON.parse(readFileSync(out, "utf8")) as GraphFile;
    expect(file.skipped).toEqual([{ path, reason: expect.stringMatching(/^extraction failed 3 times on the queue: /) as unknown as string }]);
    expect(file.documents.map((d) => d.path)).not.toContain(path);
  }, 240_000);

  it.each([
    ["graph.ts", (url: string) => ["corpus", "--queue", url, "--no-cache", "--out", "/dev/null"]],
    ["worker.ts", (url: string) => ["--queue", url]],
  ])("%s: an unreachable Redis is an error naming its URL within 30 s", async (script, args) => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const started = performance.now();
    const run = start(script, args(url));
    running.push(run);
    const code = await run.exited;
    expect((performance.now() - started) / 1000).toBeLessThan(30);
    expect(code).toBe(2);
    expect(run.output()).toContain(`error: cannot reach Redis at ${url}: connect ECONNREFUSED`);
  }, 60_000);
});
