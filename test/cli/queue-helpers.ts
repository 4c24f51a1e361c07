// Processes of the queue tests: `npm run graph` and `npm run worker` as a user starts them, one Node process
// each (so a SIGKILL reaches the process that works), and a local build to compare with. Side effects:
// child processes, temporary folders.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { QUEUE_NAME, type ExtractJobData } from "../../src/cli/queue-jobs.ts";
import { startRedis, type RunningRedis } from "../../src/cli/redis-server.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
export const UN_CORPUS = resolve(ROOT, "../shared/data/news/un-general-debate-2015-2024");

/** A running command: its process, what it printed so far, and its end. */
export interface Running {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `node --import tsx src/cli/<script> ...args` in the project (in this process's environment, or `env`). */
export function start(script: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env): Running {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src/cli", script), ...args], { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once("exit", (code) => resolveExit(code)));
  return { child, output: () => output, exited };
}

/** Runs `npm run graph -- ...args` to its end. */
export async function runGraph(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const run = start("graph.ts", args, env);
  const code = await run.exited;
  return { code, output: run.output() };
}

/** The graph file a local build of `folder` writes (no cache, no queue), as bytes. */
export function localBuild(folder: string, out: string): void {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/graph.ts"), folder, "--no-cache", "--out", out], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`local build of ${folder} failed:\n${run.stderr}`);
}

/** Starts `npm run worker` processes on the queue and resolves once each takes jobs. */
export async function startWorkers(count: number, url: string, lockSeconds = 2): Promise<Running[]> {
  const workers = Array.from({ length: count }, () => start("worker.ts", ["--queue", url, "--concurrency", "1", "--lock-seconds", String(lockSeconds)]));
  await Promise.all(workers.map((worker) => waitFor(() => worker.output().includes("worker: taking jobs"), 90_000, () => worker.output())));
  return workers;
}

/** Stops processes (SIGTERM: a worker finishes its job first) and waits for their end. */
export async function stop(processes: readonly Running[]): Promise<void> {
  for (const { child } of processes) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
  await Promise.all(processes.map((p) => p.exited));
}

/** Waits until `test` holds, checking every 100 ms; fails after `ms` with what `describe` says. */
export async function waitFor(test: () => boolean | Promise<boolean>, ms: number, describe: () => string = () => ""): Promise<void> {
  const until = Date.now() + ms;
  while (!(await test())) {
    if (Date.now() > until) throw new Error(`waited ${ms / 1000} s in vain\n${describe()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A fresh temporary folder. */
export function temporaryFolder(name: string): string {
  return mkdtempSync(join(tmpdir(), `entity-graph-${name}-`));
}

/** The first `count` files of the UN corpus in walk order (by path), copied with their session folders. */
export function unSlice(count: number): string {
  const folder = temporaryFolder("un-slice");
  let left = count;
  for (const session of readdirSync(UN_CORPUS).filter((name) => name.startsWith("Session_")).sort()) {
    for (const name of readdirSync(join(UN_CORPUS, session)).sort()) {
      if (left-- <= 0) return folder;
      mkdirSync(join(folder, session), { recursive: true });
      cpSync(join(UN_CORPUS, session, name), join(folder, session, name));
    }
  }
  return folder;
}

/** What a queue test runs against: its own Redis server, a connection and the queue on it, a folder, its processes. */
export interface QueueFixture {
  redis: RunningRedis;
  connection: Redis;
  queue: Queue<ExtractJobData>;
  dir: string;
  running: Running[];
}

/** Starts a Redis server on a free loopback port, with a connection, the extraction queue and a temporary folder. */
export async function openQueueFixture(name: string): Promise<QueueFixture> {
  const redis = await startRedis();
  const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
  return { redis, connection, queue: new Queue<ExtractJobData>(QUEUE_NAME, { connection }), dir: temporaryFolder(name), running: [] };
}

/** Stops the fixture's processes, its queue, connection and server, and removes its folder. */
export async function closeQueueFixture(fixture: QueueFixture | undefined): Promise<void> {
  if (!fixture) return;
  await stop(fixture.running.splice(0));
  await fixture.queue.close();
  fixture.connection.disconnect();
  await fixture.redis.stop();
  rmSync(fixture.dir, { recursive: true, force: true });
}
