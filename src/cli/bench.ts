// `npm run bench [-- --corpora wikinews,un] [--rounds N] [--no-browser]`: prints speed figures as Markdown tables.
// Extraction on one core next to plain compromise; the yardstick corpora to a graph file with 1 and 2
// workers, each run in its own process (seconds, words per second, peak memory, layout); the explorer on
// the resulting graphs. Side effects: reads the corpora, writes graph files to a temporary folder.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { layOutGraph } from "../graph/lay-out-graph.ts";
import { createPlantedGraph } from "../graph/generators/create-planted-graph.ts";
import { readCorpus } from "./walk-corpus.ts";
import { readGraphJson, writeGraphJson } from "./write-graph-json.ts";

const SHARED = new URL("../../../shared/", import.meta.url).pathname;
const THIS_FILE = new URL(import.meta.url).pathname;

/** The yardstick corpora, by the name `--corpora` takes. */
const CORPORA: Record<string, { title: string; folder: string }> = {
  wikinews: { title: "wikinews 2019-2020", folder: join(SHARED, "data/news/wikinews-2019-2020") },
  un: { title: "UN general debate 2015-2024", folder: join(SHARED, "data/news/un-general-debate-2015-2024") },
};

function countWords(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += t.split(/\s+/).filter(Boolean).length;
  return n;
}

/**
 * Seconds to run `work` over every text, best of `rounds`, and of more rounds while they have taken less
 * than `minSeconds` in all: a corpus of a few documents is timed over many rounds, past the JIT's warm-up.
 */
function time(texts: readonly string[], work: (text: string) => unknown, rounds: number, minSeconds = 0): number {
  let best = Infinity;
  const began = performance.now();
  for (let r = 0; r < rounds || performance.now() - began < minSeconds * 1000; r++) {
    const started = performance.now();
    for (const t of texts) work(t);
    best = Math.min(best, (performance.now() - started) / 1000);
  }
  return best;
}

/** What a speed run over texts reports (child process, one JSON line). */
interface SpeedFigures {
  documents: number;
  words: number;
  seconds: number;
  cpuSeconds: number;
}

/**
 * In a child process: seconds for stock compromise (`plain`) or our extraction (`ours`) over every document
 * of `folder` the pipeline reads, best of `rounds` and of more while they took under `minSeconds`. Each
 * side has a process of its own: compromise's plugins and lexicon are one shared instance, so whichever
 * loads first would change the other.
 */
async function childSpeed(mode: string, folder: string, rounds: number, minSeconds: number): Promise<SpeedFigures> {
  const texts = (await readCorpus(folder)).documents.map((document) => document.text);
  let work: (text: string) => unknown;
  if (mode === "plain") {
    const { default: nlp } = await import("compromise");
    work = (t) => nlp(t);
  } else {
    const { extractDocument } = await import("../extract/extract-document.ts");
    work = (t) => extractDocument(t);
  }
  // Warm up: the first call loads compromise's lexicon (and our gazetteer).
  work(texts[0] ?? "");
  const seconds = time(texts, work, rounds, minSeconds);
  const cpu = process.cpuUsage();
  return { documents: texts.length, words: countWords(texts), seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

/** What a build run reports (child process, one JSON line). */
interface BuildFigures {
  documents: number;
  skipped: number;
  words: number;
  threads: number;
  extractSeconds: number;
  layoutSeconds: number;
  layoutIterations: number;
  nodes: number;
  edges: number;
  sentences: number;
  bytes: number;
  cpuSeconds: number;
  peakMemoryMB: number;
}

/** In a child process: builds the graph of `folder` with `workers` and writes it to `out` as `npm run graph` does. */
async function childBuild(folder: string, workers: number, out: string): Promise<BuildFigures> {
  const { buildCorpusGraph } = await import("./build-corpus-graph.ts");
  const built = await buildCorpusGraph(folder, { workers });
  const written = await writeGraphJson(out, built.file);
  const cpu = process.cpuUsage();
  return {
    documents: built.file.documents.length,
    skipped: built.file.skipped.length,
    words: built.words,
    threads: built.threads,
    extractSeconds: built.extractSeconds,
    layoutSeconds: built.layout.seconds,
    layoutIterations: built.layout.iterations,
    nodes: built.graph.order,
    edges: built.graph.size,
    sentences: built.file.sentences.length,
    bytes: written.bytes + (written.split?.bytes ?? 0),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    // maxRSS counts the whole process, worker threads included.
    peakMemoryMB: process.resourceUsage().maxRSS / 1024,
  };
}

/** Seconds of CPU time the whole machine has spent busy since boot (Linux /proc/stat), or NaN elsewhere. */
function machineBusySeconds(): number {
  try {
    const fields = (readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "").trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy is all but idle and iowait.
    const busy = fields.slice(0, 8).reduce((sum, v, i) => (i === 3 || i === 4 ? sum : sum + v), 0);
    return busy / 100;
  } catch {
    return Number.NaN;
  }
}

/** A child run: its figures, wall-clock seconds, and the cores other processes kept busy meanwhile. */
interface ChildRun<T> {
  figures: T;
  wallSeconds: number;
  otherCores: number;
}

/** Runs this file in a child process in one of its child modes. */
function runChild<T extends { cpuSeconds: number }>(args: string[]): ChildRun<T> {
  const busyBefore = machineBusySeconds();
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", THIS_FILE, "--child", ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
  const wallSeconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`bench: child ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
  const line = result.stdout.trim().split("\n").pop() ?? "";
  const figures = JSON.parse(line) as T;
  const otherCores = Math.max(0, (machineBusySeconds() - busyBefore - figures.cpuSeconds) / wallSeconds);
  return { figures, wallSeconds, otherCores };
}

/** The fastest of `rounds` runs (by `seconds`): the one least disturbed by other processes on a shared machine. */
function fastest<T>(runs: T[], seconds: (run: T) => number): T {
  return runs.reduce((best, run) => (seconds(run) < seconds(best) ? run : best));
}
const byWall = (run: { wallSeconds: number }) => run.wallSeconds;

const int = (n: number) => Math.round(n).toLocaleString("en-US");
const secs = (n: number) => n.toFixed(1);

async function main(argv: string[]): Promise<void> {
  if (argv[0] === "--child") {
    // build FOLDER WORKERS OUT | speed-plain FOLDER ROUNDS MIN_SECONDS | speed-ours FOLDER ROUNDS MIN_SECONDS
    const [mode, folder, count, last] = argv.slice(1) as [string, string, string, string];
    const figures =
      mode === "build" ? await childBuild(folder, Number(count), last) : await childSpeed(mode.replace(/^speed-/, ""), folder, Number(count), Number(last));
    console.log(JSON.stringify(figures));
    return;
  }
  const { values } = parseArgs({
    args: argv,
    options: {
      corpora: { type: "string", default: "wikinews,un" },
      rounds: { type: "string", default: "1" },
      "no-browser": { type: "boolean", default: false },
    },
  });
  const rounds = Number(values.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`bench: --rounds must be a whole number of at least 1, got "${values.rounds}"`);
  const names = String(values.corpora)
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of names) if (!CORPORA[name]) throw new Error(`bench: unknown corpus "${name}" (known: ${Object.keys(CORPORA).join(", ")})`);

  const cpu = cpus()[0]?.model ?? "unknown CPU";
  console.log(`Machine: ${cpu}, ${availableParallelism()} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  console.log(`Load average at start: ${loadavg().map((l) => l.toFixed(2)).join(", ")}\n`);

  console.log("Extraction speed (one core; stock compromise and our extraction each in processes of their own, 3 alternating, each the best of at least 2 rounds and 5 s)\n");
  console.log("| corpus | documents | words | compromise words/s | entity-graph words/s | share of compromise speed |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  for (const [title, folder] of [["sample corpus", new URL("../../corpus", import.meta.url).pathname], ["wikinews 2019-2020", CORPORA.wikinews?.folder ?? ""]]) {
    // Three processes each, alternating, the fastest kept: the machine's speed drifts over a minute.
    const plains: SpeedFigures[] = [];
    const ourRuns: SpeedFigures[] = [];
    for (let round = 0; round < 3; round++) {
      plains.push(runChild<SpeedFigures>(["speed-plain", folder as string, "2", "5"]).figures);
      ourRuns.push(runChild<SpeedFigures>(["speed-ours", folder as string, "2", "5"]).figures);
    }
    const plain = fastest(plains, (run) => run.seconds);
    const ours = fastest(ourRuns, (run) => run.seconds);
    const wps = (f: SpeedFigures) => f.words / f.seconds;
    console.log(`| ${title} | ${int(ours.documents)} | ${int(ours.words)} | ${int(wps(plain))} | ${int(wps(ours))} | ${Math.round((100 * plain.seconds) / ours.seconds)}% |`);
  }

  console.log("\nLayout of synthetic graphs (communities of skewed sizes, hubs, 15% lone entities; in this process)\n");
  console.log("| nodes | edges | communities | iterations | seconds |");
  console.log("| ---: | ---: | ---: | ---: | ---: |");
  for (const nodes of [10_000, 50_000]) {
    const { graph } = createPlantedGraph({ nodes, seed: 1 });
    const layout = layOutGraph(graph);
    console.log(`| ${int(nodes)} | ${int(graph.size)} | ${int(layout.communities)} | ${layout.iterations} | ${secs(layout.seconds)} |`);
  }

  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bench-"));
  const graphs: { title: string; path: string }[] = [];
  try {
    const rows: string[] = [];
    const notes: string[] = [];
    for (const name of names) {
      const { title, folder } = CORPORA[name] as { title: string; folder: string };
      // Rounds alternate 1 and 2 workers, so that both meet the same passing load.
      const plains: ChildRun<SpeedFigures>[] = [];
      const ones: ChildRun<BuildFigures>[] = [];
      const twos: ChildRun<BuildFigures>[] = [];
      for (let round = 1; round <= rounds; round++) {
        const of = rounds > 1 ? ` (round ${round} of ${rounds})` : "";
        console.error(`bench: ${title}: plain compromise${of}…`);
        plains.push(runChild<SpeedFigures>(["speed-plain", folder, "1", "0"]));
        for (const [workers, list] of [[1, ones], [2, twos]] as const) {
          console.error(`bench: ${title}: graph with ${workers} worker${workers === 1 ? "" : "s"}${of}…`);
          list.push(runChild<BuildFigures>(["build", folder, String(workers), join(dir, `${name}-${workers}-${round}.json`)]));
        }
      }
      const plain = fastest(plains, byWall);
      const one = { workers: 1, out: join(dir, `${name}-1-1.json`), ...fastest(ones, byWall) };
      const two = { workers: 2, out: join(dir, `${name}-2-1.json`), ...fastest(twos, byWall) };
      const runs = [one, two];
      // Split or not, the graph file read back must be the same whatever the number of workers.
      const same = JSON.stringify(await readGraphJson(one.out)) === JSON.stringify(await readGraphJson(two.out));
      graphs.push({ title, path: two.out });
      for (const run of runs) {
        const f = run.figures;
        const wps = f.words / f.extractSeconds;
        const share = plain.figures.seconds / f.extractSeconds;
        const speedup = run === two ? `${(one.figures.extractSeconds / f.extractSeconds).toFixed(2)}× (end to end ${(one.wallSeconds / run.wallSeconds).toFixed(2)}×)` : "";
        rows.push(
          `| ${title} | ${int(f.documents)} | ${int(f.words)} | ${run.workers} (${f.threads === 1 ? "in-thread" : `${f.threads} workers`}) | ${secs(run.wallSeconds)} | ${secs(f.extractSeconds)} | ${int(wps)} | ${int(f.words / plain.figures.seconds)} | ${Math.round(100 * share)}% | ${speedup} | ${int(f.peakMemoryMB)} MB | ${secs(f.layoutSeconds)} (${int(f.nodes)} nodes, ${f.layoutIterations} it.) | ${secs(f.cpuSeconds)} | ${run.otherCores.toFixed(1)} |`,
        );
      }
      notes.push(`${title}: plain compromise (stock, one core) ${secs(plain.figures.seconds)} s on ${int(plain.figures.documents)} documents; other processes' cores meanwhile ${plain.otherCores.toFixed(1)}.`);
      if (!same) rows.push(`| ${title} | **the 1- and 2-worker graph files differ** | | | | | | | | | | | | |`);
    }
    console.log(
      `\nCorpus to graph file (each run a fresh process, fastest of ${rounds}; end to end = process start to graph file written; other processes' cores = CPU the rest of the machine used meanwhile)\n`,
    );
    console.log(
      "| corpus | documents | words | workers | end to end s | extraction s | words/s | plain compromise words/s (one core) | share of plain compromise | speed-up of 2 workers | peak memory | layout s | CPU s | other processes' cores |",
    );
    console.log("| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |");
    for (const row of rows) console.log(row);
    console.log("");
    for (const note of notes) console.log(note);

    if (!values["no-browser"]) {
      const { benchBrowser, formatBrowserBench } = await import("./bench-explorer.ts");
      const log = (line: string) => console.error(`bench: ${line}`);
      // Five page loads: with three, one slow chunk fetch was once the median.
      const pageLoads = 5;
      const browser = await benchBrowser({ runs: pageLoads, log, graphs: graphs.map(({ title, path }) => ({ name: title, file: path })) });
      console.log(`\nExplorer on these graphs in chromium, written as npm run graph writes them (medians of ${pageLoads} page loads)\n`);
      console.log(formatBrowserBench(browser));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
