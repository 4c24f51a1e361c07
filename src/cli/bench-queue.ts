// `npm run bench:queue [-- --limit N] [--grow N] [--workers 1,2,4]`: the UN corpus built by the local worker
// pool, then through Redis by 1, 2 and 4 `npm run worker` processes, and with the extraction cache (cold,
// grown by N speeches, unchanged); prints Markdown tables and checks each build writes the local file.
// Side effects: copies the corpus to a temporary folder, starts redis-server on a free loopback port and
// worker processes, writes graph files there; removes it all at the end.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { startRedis } from "./redis-server.ts";
import { parseArgs } from "node:util";

const ROOT = new URL("../..", import.meta.url).pathname;
const UN = join(ROOT, "../shared/data/news/un-general-debate-2015-2024");

interface Build {
  seconds: number;
  output: string;
}

/** Runs `npm run graph -- ...args` in its own process; seconds from start to exit. */
function graph(args: readonly string[]): Build {
  const started = performance.now();
  const run = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/graph.ts"), ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 << 20 });
  const seconds = (performance.now() - started) / 1000;
  if (run.status !== 0) throw new Error(`npm run graph -- ${args.join(" ")} failed:\n${run.stdout}\n${run.stderr}`);
  return { seconds, output: run.stdout };
}

/** The speeches in walk order (paths relative to the corpus), the first `limit` of them. */
function speeches(limit: number): string[] {
  const paths: string[] = [];
  for (const session of readdirSync(UN).filter((name) => name.startsWith("Session_")).sort()) {
    for (const name of readdirSync(join(UN, session)).sort()) paths.push(`${session}/${name}`);
  }
  return paths.slice(0, limit);
}

function copy(paths: readonly string[], folder: string): void {
  for (const path of paths) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    cpSync(join(UN, path), join(folder, path));
  }
}

/** Starts a process and resolves once it printed `ready`. */
function startUntil(command: string, args: readonly string[], ready: string): Promise<ChildProcess> {
  const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let output = "";
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) resolve(child);
    };
    child.stdout?.on("data", listen);
    child.stderr?.on("data", listen);
    child.once("exit", (code) => reject(new Error(`${command} ${args.join(" ")} exited with ${code}:\n${output}`)));
  });
}

async function stopAll(children: readonly ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map((child) => (child.exitCode !== null ? Promise.resolve() : new Promise<void>((resolve) => (child.once("exit", () => resolve()), child.kill("SIGTERM"))))),
  );
}

/** Whether two folders hold the same files with the same bytes (the graph file and its evidence folder). */
function sameFiles(a: string, b: string): boolean {
  const list = (folder: string) => (readdirSync(folder, { recursive: true }) as string[]).sort();
  const names = list(a);
  if (names.join("\n") !== list(b).join("\n")) return false;
  return names.every((name) => statSync(join(a, name)).isDirectory() || readFileSync(join(a, name)).equals(readFileSync(join(b, name))));
}

const cacheLine = (output: string) => /^cache: +(.*?)(?: \(.*\))?$/m.exec(output)?.[1] ?? "";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { limit: { type: "string" }, grow: { type: "string", default: "20" }, workers: { type: "string", default: "1,2,4" } },
  });
  const all = speeches(values.limit === undefined ? Infinity : Number(values.limit));
  const grow = Number(values.grow);
  const workerCounts = values.workers.split(",").map(Number);
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bench-queue-"));
  const grown = join(dir, "corpus");
  const cache = join(dir, "cache");
  console.log(`UN general debate: ${all.length} speeches (the last ${grow} added for the rebuild); ${availableParallelism()} cores, load average ${loadavg()[0]?.toFixed(1)} at the start\n`);
  try {
    copy(all, grown);
    // Each build writes graph.json in a folder of its own: the split form's file names its evidence
    // folder, which must have the same name for the files to be comparable byte for byte.
    const out = (build: string) => join(dir, build, "graph.json");
    const cold = graph([grown, "--no-cache", "--out", out("local")]);
    const same = (build: string) => (sameFiles(join(dir, "local"), join(dir, build)) ? "identical" : "DIFFERENT");

    // The cache: a cold build of the corpus without its last speeches, then the grown corpus, then again.
    const base = join(dir, "base");
    copy(all.slice(0, -grow), base);
    const firstCached = graph([base, "--cache", cache, "--out", out("base")]);
    rmSync(base, { recursive: true });
    const rebuilt = graph([grown, "--cache", cache, "--out", out("rebuilt")]);
    const unchanged = graph([grown, "--cache", cache, "--out", out("unchanged")]);
    console.log("| build | seconds | of a cold build | cache | graph file |");
    console.log("| --- | --- | --- | --- | --- |");
    console.log(`| cold, no cache (local pool, ${availableParallelism()} workers) | ${cold.seconds.toFixed(1)} | 100% | | reference |`);
    console.log(`| cold, cache empty (${all.length - grow} speeches) | ${firstCached.seconds.toFixed(1)} | ${((100 * firstCached.seconds) / cold.seconds).toFixed(0)}% | ${cacheLine(firstCached.output)} | |`);
    console.log(`| ${grow} speeches added | ${rebuilt.seconds.toFixed(1)} | ${((100 * rebuilt.seconds) / cold.seconds).toFixed(1)}% | ${cacheLine(rebuilt.output)} | ${same("rebuilt")} |`);
    console.log(`| nothing changed | ${unchanged.seconds.toFixed(1)} | ${((100 * unchanged.seconds) / cold.seconds).toFixed(1)}% | ${cacheLine(unchanged.output)} | ${same("unchanged")} |`);

    // The queue: workers started and ready before the coordinator, which is timed from its start to its end.
    console.log("\n| extraction | seconds, end to end | against the local pool | graph file |");
    console.log("| --- | --- | --- | --- |");
    console.log(`| local pool, ${availableParallelism()} worker threads | ${cold.seconds.toFixed(1)} | 1.00× | reference |`);
    for (const count of workerCounts) {
      const redis = await startRedis();
      const { url } = redis;
      const workers = await Promise.all(
        Array.from({ length: count }, () => startUntil(process.execPath, ["--import", "tsx", join(ROOT, "src/cli/worker.ts"), "--queue", url, "--concurrency", "1"], "taking jobs")),
      );
      try {
        const queued = graph(["--quiet", grown, "--queue", url, "--no-cache", "--out", out(`queue-${count}`)]);
        console.log(`| queue, ${count} worker process${count === 1 ? "" : "es"} | ${queued.seconds.toFixed(1)} | ${(cold.seconds / queued.seconds).toFixed(2)}× | ${same(`queue-${count}`)} |`);
      } finally {
        await stopAll(workers);
        await redis.stop();
      }
    }
    console.log(`\nload average ${loadavg()[0]?.toFixed(1)} at the end`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
