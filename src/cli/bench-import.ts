// Documents picked in the page, measured: 2 MB of news text to a drawn graph, and the memory of a 50 MB
// drop. Side effects: writes text corpora into a temporary folder, builds and serves the page, runs
// chromium, reads /proc for the renderer's memory.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildExplorer, buildSampleGraph, ROOT, servePreview } from "./browser-harness.ts";
import { VIEWPORT } from "./bench-explorer.ts";
import { CHROMIUM_PATH, launchChromium } from "./chromium.ts";

/** Figures of one set of documents picked in the page and built into a graph there. */
export interface ImportBenchResult {
  corpus: string;
  files: number;
  /** Bytes of the files picked. */
  bytes: number;
  words: number;
  documents: number;
  entities: number;
  /** Folder picked → the new graph's first frame on the page. */
  totalMs: number;
  /** In the worker: reading and extracting every file; laying out the graph. */
  extractMs: number;
  layoutMs: number;
  /** Highest resident memory of the page's renderer process (the page and its worker) over the import. */
  peakRendererBytes: number;
  /** The page's own JS heap once the new graph is shown. */
  pageHeapBytes: number;
  /** The main thread's long tasks (over 50 ms, PerformanceObserver "longtask") from the pick to the first frame: the longest and how many. */
  longestTaskMs: number;
  longTasks: number;
  /** The longest of them while the files were listed, read and extracted, before the built graph came back from the worker. */
  longestReadingTaskMs: number;
  /**
   * The longest main-thread task when the same folder is picked in a bare page (an `<input webkitdirectory>`
   * whose change handler only counts the files), in the same run: what the browser itself costs.
   */
  barePickTaskMs: number;
  /** The longest task that began after the browser's task of the pick (the explorer's own work from then on). */
  longestAfterPickMs: number;
}

/** Where the import benchmark takes its text, and how much of it. */
export interface ImportBenchCorpus {
  name: string;
  /** Folders whose .txt files are copied, in path order, round after round until `bytes` are written. */
  sources: string[];
  bytes: number;
  /** Each file cut to this many bytes (at a space), for a corpus of many small files. */
  fileBytes?: number;
}

const NEWS = resolve(ROOT, "../shared/data/news");

/** 2 MB of Wikinews articles (about 300,000 words): the issue's one-minute target. */
export const NEWS_2MB: ImportBenchCorpus = { name: "wikinews, 2 MB", sources: [join(NEWS, "wikinews-2019-2020"), "corpus"], bytes: 2_000_000 };

/** 5,000 small files (the sample corpus's articles over and over, cut to 1 KB): how the page's main thread copes with many files. */
export const MANY_FILES: ImportBenchCorpus = { name: "5,000 files of 1 KB", sources: ["corpus"], bytes: 5_000_000, fileBytes: 1_000 };

/** 50 MB: the UN General Debate speeches twice over, for the memory of a big drop. */
export const SPEECHES_50MB: ImportBenchCorpus = { name: "UN speeches, 50 MB", sources: [join(NEWS, "un-general-debate-2015-2024")], bytes: 50_000_000 };

/**
 * Writes the .txt files of `corpus.sources` into `folder` (a `round-N/` folder per pass over them) until
 * they hold `corpus.bytes`; a repeated file is extracted again in full, its sentences count once.
 * @example writeTextCorpus("/tmp/news", NEWS_2MB) // { files: 402, bytes: 2_000_417 }
 */
export function writeTextCorpus(folder: string, corpus: ImportBenchCorpus): { files: number; bytes: number } {
  const sources = corpus.sources.flatMap((source) => {
    const root = resolve(ROOT, source);
    return (readdirSync(root, { recursive: true }) as string[])
      .filter((path) => path.endsWith(".txt") && !path.includes("README"))
      .sort()
      .map((path) => ({ from: join(root, path), to: join(source.split("/").pop()!, path) }));
  });
  if (sources.length === 0) throw new Error(`bench-browser: no .txt file in ${corpus.sources.join(", ")}`);
  let bytes = 0;
  let files = 0;
  for (let round = 1; bytes < corpus.bytes; round++) {
    for (const { from, to } of sources) {
      if (bytes >= corpus.bytes) break;
      const whole = readFileSync(from);
      const content = corpus.fileBytes === undefined ? whole : whole.subarray(0, Math.max(1, whole.lastIndexOf(0x20, corpus.fileBytes)));
      const target = join(folder, `round-${round}`, to);
      mkdirSync(join(target, ".."), { recursive: true });
      writeFileSync(target, content);
      bytes += content.length;
      files++;
    }
  }
  return { files, bytes };
}

/**
 * Picks `folder` with the page's folder picker in a fresh chromium and waits for the graph built from it;
 * returns the time, the worker's own figures and the memory. `url` serves the built explorer.
 */
export async function measureImport(url: string, corpus: string, folder: string, bytes: number): Promise<Omit<ImportBenchResult, "barePickTaskMs">> {
  // A fresh browser: the renderer's high-water mark is then this import's.
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    page.on("console", (message) => {
      if (message.text().startsWith("longest task:")) console.log(`bench-browser: ${message.text()}`);
    });
    // Long tasks are recorded from the first frame of the page on; those of the import are picked below.
    await page.addInitScript(() => {
      const tasks: { start: number; duration: number }[] = [];
      (window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => tasks.push({ start: entry.startTime, duration: entry.duration }))).observe({ type: "longtask", buffered: true });
    });
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 120_000 });
    await page.setInputFiles("[data-folder-input]", folder);
    await page.waitForSelector("#import-status[data-import-state]:not([data-import-state=running])", { timeout: 3_600_000 });
    const state = await page.locator("#import-status").getAttribute("data-import-state");
    if (state !== "done") throw new Error(`bench-browser: the import of ${corpus} ended "${state}": ${await page.locator("#import-status").textContent()}`);
    await page.waitForFunction(() => document.body.dataset.state === "ready" && window.__entityGraph?.timings.firstFrame != null, undefined, { timeout: 600_000 });
    const figures = await page.evaluate(() => {
      const start = performance.getEntriesByName("entity-graph:import-start").at(-1)!;
      const built = performance.getEntriesByName("entity-graph:import-built").at(-1) as PerformanceMark;
      const tasks = (window as unknown as { __longTasks: { start: number; duration: number }[] }).__longTasks.filter((task) => task.start + task.duration >= start.startTime);
      const longestTaskMs = Math.max(0, ...tasks.map((task) => task.duration));
      const longestReadingTaskMs = Math.max(0, ...tasks.filter((task) => task.start < built.startTime).map((task) => task.duration));
      // Where the longest task sits against the pick (the import-start mark), for the log: before it is the browser's file list and our listing.
      const longest = tasks.find((task) => task.duration === longestTaskMs);
      const picked = performance.getEntriesByName("entity-graph:import-picked").at(-1);
      if (longest) console.log(`longest task: ${Math.round(longest.duration)} ms from ${Math.round(longest.start - start.startTime)} ms after the import-start mark; the change handler began ${picked ? Math.round(picked.startTime - start.startTime) : "?"} ms after it`);
      // Taking the built graph in: the task that receives the worker's answer (it holds the import-built mark) and those after it.
      const takeIn = tasks.filter((task) => task.start + task.duration >= built.startTime);
      // Each with the page's measures that began in it (the explorer's steps, entity-graph:step …), to say which
      // step it is. No named function in here: tsx would wrap it in a helper the page does not have.
      const measures = performance.getEntriesByType("measure").filter((entry) => entry.name.startsWith("entity-graph:"));
      const named = takeIn.map((task) => {
        const inside = measures.filter((entry) => entry.startTime >= task.start && entry.startTime <= task.start + task.duration);
        return `${Math.round(task.duration)} ms${inside.length ? ` (${inside.map((entry) => `${entry.name.slice("entity-graph:".length)} ${Math.round(entry.duration)} ms`).join("; ")})` : ""}`;
      });
      console.log(`longest task: taking the graph in: ${takeIn.length} tasks over 50 ms${takeIn.length ? `: ${named.join(", ")}` : ""}`);
      // The pick's own task holds the change handler's start; every task after it is the explorer's work.
      const pickTask = picked ? tasks.find((task) => task.start <= picked.startTime && picked.startTime <= task.start + task.duration) : undefined;
      const longestAfterPickMs = Math.max(0, ...tasks.filter((task) => task !== pickTask && (!picked || task.start > picked.startTime)).map((task) => task.duration));
      return { totalMs: window.__entityGraph!.timings.firstFrame! - start.startTime, detail: built.detail as Record<string, number>, longestTaskMs, longTasks: tasks.length, longestReadingTaskMs, longestAfterPickMs };
    });
    const session = await context.newCDPSession(page);
    const heap = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
    return {
      corpus,
      files: figures.detail.documents! + figures.detail.skipped!,
      bytes,
      words: figures.detail.words!,
      documents: figures.detail.documents!,
      entities: figures.detail.entities!,
      totalMs: Math.round(figures.totalMs),
      extractMs: Math.round(figures.detail.extractSeconds! * 1000),
      layoutMs: Math.round(figures.detail.layoutSeconds! * 1000),
      peakRendererBytes: peakRendererMemory(),
      pageHeapBytes: heap.usedSize,
      longestTaskMs: Math.round(figures.longestTaskMs),
      longTasks: figures.longTasks,
      longestReadingTaskMs: Math.round(figures.longestReadingTaskMs),
      longestAfterPickMs: Math.round(figures.longestAfterPickMs),
    };
  } finally {
    await browser.close();
  }
}

/**
 * Picks `folder` in a bare page, a folder input whose change handler only counts the files, in a fresh
 * chromium, and returns the longest main-thread task from the pick to the handler's end: the share of a
 * big pick's long task that is the browser's (building the file list), not the explorer's.
 */
export async function measureBarePick(folder: string): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
    await page.setContent("<input type=file webkitdirectory multiple>");
    await page.evaluate(() => {
      const state = { tasks: [] as number[], files: -1 };
      (window as unknown as { __bare: typeof state }).__bare = state;
      new PerformanceObserver((list) => list.getEntries().forEach((entry) => state.tasks.push(entry.duration))).observe({ type: "longtask" });
      document.querySelector("input")!.addEventListener("change", (event) => {
        state.files = (event.target as HTMLInputElement).files?.length ?? 0;
      });
    });
    await page.setInputFiles("input", folder);
    await page.waitForFunction(() => (window as unknown as { __bare: { files: number } }).__bare.files >= 0);
    // Long task entries are queued after the task ends: give them a frame to arrive.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 100))));
    return Math.round(await page.evaluate(() => Math.max(0, ...(window as unknown as { __bare: { tasks: number[] } }).__bare.tasks)));
  } finally {
    await browser.close();
  }
}

/** The highest VmHWM (peak resident memory) among the chromium renderers this process started. */
function peakRendererMemory(): number {
  const parents = new Map<number, number>();
  const renderers: number[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, "utf8");
      parents.set(Number(name), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      if (readFileSync(`/proc/${name}/cmdline`, "utf8").includes("--type=renderer")) renderers.push(Number(name));
    } catch {
      // the process ended while we looked
    }
  }
  const mine = (pid: number): boolean => {
    for (let at = pid, hops = 0; at > 1 && hops < 10; at = parents.get(at) ?? 0, hops++) if (at === process.pid) return true;
    return false;
  };
  let peak = 0;
  for (const pid of renderers.filter(mine)) {
    try {
      const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
      peak = Math.max(peak, kb * 1024);
    } catch {
      // gone
    }
  }
  return peak;
}

/**
 * Builds the explorer, writes each corpus as text files and measures its import in the page.
 * @example const [news] = await benchImport([NEWS_2MB]);
 */
export async function benchImport(corpora: readonly ImportBenchCorpus[], log: (line: string) => void = () => {}): Promise<ImportBenchResult[]> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`bench-browser: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bench-import-"));
  try {
    const site = join(dir, "site");
    log("building the explorer…");
    buildExplorer(site);
    buildSampleGraph(join(site, "graph.json"));
    const { url, close } = await servePreview(site);
    try {
      const results: ImportBenchResult[] = [];
      for (const corpus of corpora) {
        const folder = join(dir, `corpus-${results.length}`);
        const written = writeTextCorpus(folder, corpus);
        log(`importing ${corpus.name}: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB…`);
        const measured = await measureImport(url, corpus.name, folder, written.bytes);
        results.push({ ...measured, barePickTaskMs: await measureBarePick(folder) });
        rmSync(folder, { recursive: true, force: true });
      }
      return results;
    } finally {
      close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the import figures as a Markdown table. */
export function formatImportBench(results: ImportBenchResult[]): string {
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const lines = [
    "| documents picked | files | text | words | entities | picked → graph drawn | extraction (worker) | layout (worker) | peak renderer memory | page heap after | longest main-thread task (long tasks) | of them, before the graph came back | same pick, bare page: longest task | longest task after the pick's own |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.corpus} | ${r.files.toLocaleString("en-US")} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.words.toLocaleString("en-US")} | ${r.entities.toLocaleString("en-US")} | ${s(r.totalMs)} | ${s(r.extractMs)} | ${s(r.layoutMs)} | ${mb(r.peakRendererBytes)} | ${mb(r.pageHeapBytes)} | ${r.longestTaskMs} ms (${r.longTasks}) | ${r.longestReadingTaskMs} ms | ${r.barePickTaskMs} ms | ${r.longestAfterPickMs} ms |`,
    );
  }
  return lines.join("\n");
}
