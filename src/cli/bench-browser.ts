// `npm run bench:browser`: the explorer's speed in Debian's chromium — navigation to first drawn frame and
// click to filled panel — on the sample corpus's graph and on a synthetic 10,000-node, 50,000-edge graph;
// and documents dropped into the page: 2 MB of news text to a drawn graph, and (--big) the memory of a
// 50 MB drop. Options: --runs=N page loads per graph (median), --graph=FILE (repeatable) measures these
// graph files instead, --explorer-only / --import-only one half. Side effects: builds the page and graphs into a
// temporary folder, runs `vite preview` and chromium, reads /proc for the renderer's memory.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { basename, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { UndirectedGraph } from "graphology";
import type { Browser, Page } from "playwright-core";
import { ENTITY_TYPES, type DocumentRecord, type SentenceRecord } from "../extract/types.ts";
import { seededRandom } from "../graph/lay-out-graph.ts";
import type { EntityEdgeAttributes, EntityNodeAttributes, GraphFile } from "../graph/types.ts";
import { CHROMIUM_PATH, launchChromium } from "./chromium.ts";
import { readGraphJson, writeGraphJson, type GraphJsonForm } from "./write-graph-json.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const VIEWPORT = { width: 1200, height: 800 };

/** The figures for one graph: medians over `runs` fresh page loads, in milliseconds. */
export interface BrowserBenchResult {
  graph: string;
  nodes: number;
  edges: number;
  sentences: number;
  /** Size of graph.json in bytes (for a split graph file: without its evidence). */
  bytes: number;
  /** True when graph.json is the split form: sentences in chunk files fetched on demand. */
  split: boolean;
  /** Size of the evidence index in bytes, fetched after the first frame (0 for a single file). */
  indexBytes: number;
  runs: number;
  /** Navigation start → the first frame drawn (the app's ready mark, two animation frames after sigma). */
  firstFrameMs: number;
  /** Navigation start → the evidence index in place (a single file has it with the first frame). */
  evidenceIndexMs: number;
  /** Mouse click on the most mentioned node → its sentences in the details panel (chunks fetched if needed). */
  clickToPanelMs: number;
  /** Mouse click → the next frame painted, highlight included. */
  clickToPaintMs: number;
  /** The details panel's own share of the click: listing, sorting and rendering the first pages. */
  panelRenderMs: number;
  /** Sentences of the clicked node (the panel renders the first page of them). */
  clickedSentences: number;
  /**
   * A tap (touch: no hover before it) on a less mentioned node whose first sentences are not in memory yet
   * → its sentences in the panel: the on-demand path, chunk fetched after the tap. Null for a single file.
   */
  coldTapToPanelMs: number | null;
  /** Sentences of that node. */
  coldSentences: number;
}

/** A graph file to measure: the name shown in the table and the path of its graph JSON. */
export interface BrowserBenchGraph {
  name: string;
  /** A graph JSON written by `npm run graph`, either form. */
  file: string;
  /** The form the page gets it in: "auto" (the default) as `npm run graph` writes it, or "single" or "split". */
  form?: GraphJsonForm;
}

/** Options: how many page loads per graph, where progress lines go, and which graphs to measure. */
export interface BrowserBenchOptions {
  runs?: number;
  log?: (line: string) => void;
  /** Graph files to measure, each with `runs` page loads; without it, the sample corpus and the synthetic graph. */
  graphs?: readonly BrowserBenchGraph[];
}

/**
 * Runs the browser benchmark and returns its figures.
 * @example const [sample, synthetic] = await benchBrowser({ runs: 3 });
 * @example const [un] = await benchBrowser({ graphs: [{ name: "UN debates", file: "/tmp/un/graph.json" }] });
 */
export async function benchBrowser(options: BrowserBenchOptions = {}): Promise<BrowserBenchResult[]> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`bench-browser: ${CHROMIUM_PATH} is missing (apt-get install -y chromium)`);
  for (const { file } of options.graphs ?? []) {
    if (!existsSync(file)) throw new Error(`bench-browser: there is no graph file at ${file}`);
  }
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bench-browser-"));
  let browser: Browser | undefined;
  try {
    const built = join(dir, "built");
    log("building the explorer…");
    run(join(ROOT, "node_modules/.bin/vite"), ["build", "--outDir", built, "--emptyOutDir", "--logLevel", "error"]);

    if (options.graphs) {
      browser = await launchChromium();
      const results: BrowserBenchResult[] = [];
      for (const [i, { name, file, form }] of options.graphs.entries()) {
        const site = join(dir, `graph-${i}`);
        cpSync(built, site, { recursive: true });
        await writeGraphJson(join(site, "graph.json"), await readGraphJson(file), form ?? "auto");
        log(`measuring ${name} (${runs} page loads)…`);
        results.push(await measure(browser, name, site, runs));
        rmSync(site, { recursive: true, force: true });
      }
      return results;
    }

    const sample = join(dir, "sample");
    cpSync(built, sample, { recursive: true });
    log("building the sample corpus graph…");
    run(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--out", join(sample, "graph.json"), "--quiet"]);

    const synthetic = join(dir, "synthetic");
    cpSync(built, synthetic, { recursive: true });
    log("generating the synthetic graph (10,000 nodes, 50,000 edges)…");
    // As `npm run graph` would write it: split (58,011 sentences).
    await writeGraphJson(join(synthetic, "graph.json"), createSyntheticGraphFile({ nodes: 10_000, edges: 50_000, seed: 1 }));

    browser = await launchChromium();
    const results: BrowserBenchResult[] = [];
    for (const [name, folder, graphRuns] of [
      ["sample corpus", sample, runs],
      ["synthetic 10k/50k", synthetic, Math.max(1, Math.ceil(runs / 2))],
    ] as const) {
      log(`measuring ${name} (${graphRuns} page loads)…`);
      results.push(await measure(browser, name, folder, graphRuns));
    }
    return results;
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, name: string, folder: string, runs: number): Promise<BrowserBenchResult> {
  const { server, url } = await serve(folder);
  try {
    const firstFrame: number[] = [];
    const panel: number[] = [];
    const paint: number[] = [];
    const render: number[] = [];
    const evidenceIndex: number[] = [];
    const cold: number[] = [];
    let facts = { nodes: 0, edges: 0, sentences: 0, bytes: 0, clicked: 0, split: false, indexBytes: 0, coldSentences: 0 };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT, hasTouch: true });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 120_000 });
      firstFrame.push(await page.evaluate(() => window.__entityGraph!.timings.firstFrame ?? NaN));
      // The page prefetches the evidence index after the first frame; the click is measured with it in.
      await page.waitForFunction(() => window.__entityGraph!.timings.evidenceIndex != null, undefined, { timeout: 120_000 });
      evidenceIndex.push(await page.evaluate(() => window.__entityGraph!.timings.evidenceIndex!));

      const target = await findTarget(page, { from: 0, to: 20, cold: false });
      if (!target) throw new Error(`bench-browser: no clickable node among the 20 most mentioned of ${name}`);
      // As a user does: the pointer comes onto the node, the graph shows its neighbourhood (a frame that takes
      // half a second in software WebGL, which would hold a click back as long), a moment later the click.
      const renders = await page.evaluate(() => {
        const counter = window as unknown as { __benchRenders?: number };
        if (counter.__benchRenders === undefined) {
          counter.__benchRenders = 0;
          window.__entityGraph!.renderer.on("afterRender", () => counter.__benchRenders!++);
        }
        return counter.__benchRenders;
      });
      await page.mouse.move(target.x, target.y);
      await page.waitForFunction((renders) => (window as unknown as { __benchRenders: number }).__benchRenders > renders, renders, { timeout: 120_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await page.waitForTimeout(100);
      await page.mouse.click(target.x, target.y);
      await page.waitForFunction(() => window.__entityGraph!.timings.selection?.painted != null, undefined, { timeout: 120_000 });
      const selection = await page.evaluate(() => window.__entityGraph!.timings.selection!);
      render.push(await page.evaluate(() => performance.getEntriesByName("entity-graph:details-panel").at(-1)?.duration ?? NaN));
      panel.push(selection.panel! - selection.start);
      paint.push(selection.painted! - selection.start);

      // The on-demand path: clear the selection, take the mouse off the graph (a touch would also end its
      // hover, and that redraw would be measured), then tap a node whose first page is not loaded.
      let coldSentences = 0;
      if (target.split) {
        await page.keyboard.press("Escape");
        await page.mouse.move(0, 0);
        await settle(page);
        const coldTarget = await findTarget(page, { from: 30, to: 400, cold: true });
        if (coldTarget) {
          const before = selection.start;
          await page.touchscreen.tap(coldTarget.x, coldTarget.y);
          await page.waitForFunction((before) => { const s = window.__entityGraph!.timings.selection; return s !== null && s.start > before && s.panel !== null; }, before, { timeout: 120_000 });
          const tapped = await page.evaluate(() => window.__entityGraph!.timings.selection!);
          cold.push(tapped.panel! - tapped.start);
          coldSentences = coldTarget.sentences;
        }
      }
      const bytes = await page.evaluate(() => performance.getEntriesByName(new URL("graph.json", location.href).href)[0]);
      const indexBytes = await page.evaluate(() =>
        (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter((entry) => entry.name.endsWith("/index.json")).reduce((sum, entry) => sum + entry.decodedBodySize, 0),
      );
      facts = {
        nodes: target.nodes,
        edges: target.edges,
        sentences: target.allSentences,
        bytes: (bytes as PerformanceResourceTiming | undefined)?.decodedBodySize ?? 0,
        clicked: target.sentences,
        split: target.split,
        indexBytes,
        coldSentences,
      };
      await context.close();
    }
    return {
      graph: name,
      nodes: facts.nodes,
      edges: facts.edges,
      sentences: facts.sentences,
      bytes: facts.bytes,
      split: facts.split,
      indexBytes: facts.indexBytes,
      runs,
      firstFrameMs: median(firstFrame),
      evidenceIndexMs: median(evidenceIndex),
      clickToPanelMs: median(panel),
      clickToPaintMs: median(paint),
      panelRenderMs: median(render),
      clickedSentences: facts.clicked,
      coldTapToPanelMs: cold.length > 0 ? median(cold) : null,
      coldSentences: facts.coldSentences,
    };
  } finally {
    if (server.exitCode === null) server.kill();
  }
}

/**
 * A node to click among the `from`–`to` most mentioned, at a pixel where sigma finds it (big nodes are
 * often covered by nodes drawn after them); `cold`: only a node with a page of sentences not loaded yet.
 */
async function findTarget(page: Page, which: { from: number; to: number; cold: boolean }) {
  // No named functions inside: tsx would wrap them in a `__name` helper the page does not have.
  return page.evaluate((which) => {
    const { renderer, graph, explorer } = window.__entityGraph!;
    const picker = renderer as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null };
    const index = explorer.evidence.index();
    const byMentions = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"));
    const rect = renderer.getContainer().getBoundingClientRect();
    const { width, height } = renderer.getDimensions();
    for (const node of byMentions.slice(which.from, which.to)) {
      const ranks = index?.nodeSentences(node) ?? [];
      if (which.cold && (ranks.length < 40 || explorer.evidence.missing(ranks.slice(0, 40)).length < 40)) continue;
      const centre = renderer.graphToViewport(graph.getNodeAttributes(node));
      const radius = renderer.scaleSize(renderer.getNodeDisplayData(node)!.size);
      for (let r = 0; r <= radius; r += 2) {
        for (let angle = 0; angle < 360; angle += r === 0 ? 360 : 20) {
          const point = {
            x: Math.floor(centre.x + r * Math.cos((angle * Math.PI) / 180)),
            y: Math.floor(centre.y + r * Math.sin((angle * Math.PI) / 180)),
          };
          if (point.x < 0 || point.y < 0 || point.x >= width || point.y >= height || picker.getNodeAtPosition(point) !== node) continue;
          return {
            node,
            x: rect.left + point.x,
            y: rect.top + point.y,
            sentences: ranks.length,
            nodes: graph.order,
            edges: graph.size,
            allSentences: explorer.evidence.total,
            split: explorer.evidence.split,
          };
        }
      }
    }
    return null;
  }, which);
}

/** Waits until the camera has stopped and two frames have been drawn since. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => !window.__entityGraph!.renderer.getCamera().isAnimated(), undefined, { timeout: 120_000 });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForTimeout(200);
}

/** Options of the synthetic graph. */
export interface SyntheticGraphOptions {
  nodes: number;
  edges: number;
  /** Seed of the pseudo-random generator: the same seed gives the same file. */
  seed?: number;
  documents?: number;
}

/**
 * A synthetic graph file with the shape of a news graph: a random tree so every entity is named, then
 * a few hubs with thousands of sentences (edge sources drawn from a steep power law) and a long tail;
 * communities laid out on a ring, one sentence per edge (a fifth of the power-law edges get a second
 * one), spread over `documents` documents.
 */
export function createSyntheticGraphFile(options: SyntheticGraphOptions): GraphFile {
  const random = seededRandom(options.seed ?? 1);
  const nodeCount = Math.max(2, options.nodes);
  const maxEdges = (nodeCount * (nodeCount - 1)) / 2;
  const edgeCount = Math.min(options.edges, maxEdges);
  const documentCount = options.documents ?? 100;
  const communities = Math.max(1, Math.round(Math.sqrt(nodeCount) / 4));

  const documents: DocumentRecord[] = Array.from({ length: documentCount }, (_, i) => ({
    id: `report-${String(i + 1).padStart(3, "0")}.txt`,
    path: `report-${String(i + 1).padStart(3, "0")}.txt`,
    title: `Synthetic report ${i + 1}`,
    url: `https://example.org/reports/${i + 1}`,
  }));

  const syllables = ["ka", "lo", "mi", "ra", "sen", "tu", "vor", "an", "el", "dri", "bas", "qui", "zo", "ne", "hal", "mar"];
  const name = (i: number) => {
    let n = i + 7;
    let word = "";
    do {
      word += syllables[n % syllables.length];
      n = Math.floor(n / syllables.length);
    } while (n > 0);
    return word.charAt(0).toUpperCase() + word.slice(1);
  };

  const graph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  for (let i = 0; i < nodeCount; i++) {
    const type = ENTITY_TYPES[i % ENTITY_TYPES.length]!;
    const label = `${name(i)} ${name(i * 31 + 3)}`;
    const community = i % communities;
    const angle = (2 * Math.PI * community) / communities;
    const spread = 120 * Math.sqrt(-2 * Math.log(random() + 1e-9));
    const theta = 2 * Math.PI * random();
    graph.addNode(`${type}:synthetic-${i}`, {
      label,
      type,
      aliases: [label],
      mentions: 0,
      documents: 0,
      community,
      // `|| 0`: no -0, which JSON would write as 0.
      x: Math.round(1000 * Math.cos(angle) + spread * Math.cos(theta)) || 0,
      y: Math.round(1000 * Math.sin(angle) + spread * Math.sin(theta)) || 0,
    });
  }

  const keys = graph.nodes();
  const sentences: SentenceRecord[] = [];
  const nodeDocuments = new Map<string, Set<string>>();
  const addSentence = (a: string, b: string) => {
    const labelA = graph.getNodeAttribute(a, "label");
    const labelB = graph.getNodeAttribute(b, "label");
    const doc = documents[Math.floor(random() * documentCount)]!.id;
    const text = `${labelA} and ${labelB} were named together in report ${sentences.length % 997}.`;
    const startB = labelA.length + 5;
    const id = `s${sentences.length + 1}`;
    sentences.push({
      id,
      text,
      documents: [doc],
      mentions: [
        { entity: a, start: 0, end: labelA.length },
        { entity: b, start: startB, end: startB + labelB.length },
      ],
    });
    for (const key of [a, b]) {
      graph.updateNodeAttribute(key, "mentions", (m = 0) => m + 1);
      let set = nodeDocuments.get(key);
      if (!set) nodeDocuments.set(key, (set = new Set()));
      set.add(doc);
    }
    return id;
  };

  // Every entity is named at least once: first a random tree, then the power-law edges.
  for (let i = 1; i < nodeCount && graph.size < edgeCount; i++) {
    const source = keys[i]!;
    const target = keys[Math.floor(random() * i)]!;
    graph.addEdgeWithKey(`e${graph.size}`, source, target, { weight: 1, sentences: [addSentence(source, target)] });
  }
  while (graph.size < edgeCount) {
    // A steep power law for one end makes hubs; the other end is uniform.
    const source = keys[Math.min(nodeCount - 1, Math.floor(nodeCount * random() ** 4))]!;
    const target = keys[Math.floor(random() * nodeCount)]!;
    if (source === target || graph.hasEdge(source, target)) continue;
    const ids = [addSentence(source, target)];
    if (random() < 0.2) ids.push(addSentence(source, target));
    graph.addEdgeWithKey(`e${graph.size}`, source, target, { weight: ids.length, sentences: ids });
  }
  graph.forEachNode((key) => graph.setNodeAttribute(key, "documents", nodeDocuments.get(key)?.size ?? 0));

  return { format: "entity-graph", version: 1, documents, sentences, skipped: [], graph: graph.export() };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`bench-browser: ${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}

async function serve(folder: string): Promise<{ server: ChildProcess; url: string }> {
  const port = await new Promise<number>((resolvePort, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolvePort(address.port) : reject(new Error("no port"))));
    });
  });
  const server = spawn(join(ROOT, "node_modules/.bin/vite"), ["preview", "--outDir", folder, "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 150; i++) {
    if (server.exitCode !== null) throw new Error(`bench-browser: vite preview exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { server, url };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error(`bench-browser: ${url} did not answer within 15 s`);
}

/** Prints the figures as a Markdown table. */
export function formatBrowserBench(results: BrowserBenchResult[]): string {
  const lines = [
    "| graph | nodes | edges | sentences | graph.json | evidence index | navigation → first frame | → index in | click → panel | click → painted | clicked node's sentences | panel render | tap, not loaded → panel |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  for (const r of results) {
    lines.push(
      `| ${r.graph} | ${r.nodes.toLocaleString("en-US")} | ${r.edges.toLocaleString("en-US")} | ${r.sentences.toLocaleString("en-US")} | ${mb(r.bytes)}${r.split ? " (split)" : ""} | ${r.split ? mb(r.indexBytes) : "in graph.json"} | ${r.firstFrameMs} ms | ${r.evidenceIndexMs} ms | ${r.clickToPanelMs} ms | ${r.clickToPaintMs} ms | ${r.clickedSentences.toLocaleString("en-US")} | ${r.panelRenderMs} ms | ${r.coldTapToPanelMs === null ? "—" : `${r.coldTapToPanelMs} ms (${r.coldSentences.toLocaleString("en-US")} sentences)`} |`,
    );
  }
  return lines.join("\n");
}

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
}

/** Where the import benchmark takes its text, and how much of it. */
export interface ImportBenchCorpus {
  name: string;
  /** Folders whose .txt files are copied, in path order, round after round until `bytes` are written. */
  sources: string[];
  bytes: number;
}

const NEWS = resolve(ROOT, "../shared/data/news");

/** 2 MB of Wikinews articles (about 300,000 words): the issue's one-minute target. */
export const NEWS_2MB: ImportBenchCorpus = { name: "wikinews, 2 MB", sources: [join(NEWS, "wikinews-2019-2020"), "corpus"], bytes: 2_000_000 };

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
      const content = readFileSync(from);
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
export async function measureImport(url: string, corpus: string, folder: string, bytes: number): Promise<ImportBenchResult> {
  // A fresh browser: the renderer's high-water mark is then this import's.
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
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
      return { totalMs: window.__entityGraph!.timings.firstFrame! - start.startTime, detail: built.detail as Record<string, number> };
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
    };
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
    run(join(ROOT, "node_modules/.bin/vite"), ["build", "--outDir", site, "--emptyOutDir", "--logLevel", "error"]);
    run(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--out", join(site, "graph.json"), "--quiet"]);
    const { server, url } = await serve(site);
    try {
      const results: ImportBenchResult[] = [];
      for (const corpus of corpora) {
        const folder = join(dir, `corpus-${results.length}`);
        const written = writeTextCorpus(folder, corpus);
        log(`importing ${corpus.name}: ${written.files} files, ${(written.bytes / 1e6).toFixed(1)} MB…`);
        results.push(await measureImport(url, corpus.name, folder, written.bytes));
        rmSync(folder, { recursive: true, force: true });
      }
      return results;
    } finally {
      if (server.exitCode === null) server.kill();
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
    "| documents picked | files | text | words | entities | picked → graph drawn | extraction (worker) | layout (worker) | peak renderer memory | page heap after |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.corpus} | ${r.files.toLocaleString("en-US")} | ${(r.bytes / 1e6).toFixed(1)} MB | ${r.words.toLocaleString("en-US")} | ${r.entities.toLocaleString("en-US")} | ${s(r.totalMs)} | ${s(r.extractMs)} | ${s(r.layoutMs)} | ${mb(r.peakRendererBytes)} | ${mb(r.pageHeapBytes)} |`,
    );
  }
  return lines.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 5);
  // --graph=FILE (repeatable): graph files written by `npm run graph`, single or split, instead of ours.
  const graphs = args
    .filter((arg) => arg.startsWith("--graph="))
    .map((arg) => arg.slice("--graph=".length))
    .map((file) => ({ name: basename(file), file: resolve(file) }));
  const log = (line: string) => console.error(line);
  const main = async () => {
    if (!args.includes("--import-only")) {
      const results = await benchBrowser({ runs, log, graphs: graphs.length > 0 ? graphs : undefined });
      console.log(`Explorer in chromium (${VIEWPORT.width}×${VIEWPORT.height}, medians of ${runs} page loads)\n\n${formatBrowserBench(results)}\n`);
    }
    if (args.includes("--explorer-only")) return;
    const imports = await benchImport(args.includes("--big") ? [NEWS_2MB, SPEECHES_50MB] : [NEWS_2MB], log);
    console.log(`Documents picked in the page (one run each)\n\n${formatImportBench(imports)}`);
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
