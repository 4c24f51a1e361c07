// The explorer's speed in Debian's chromium: navigation to first drawn frame and click to filled panel, on
// the sample corpus's graph and a synthetic 10,000-node, 50,000-edge graph, or on given graph files. Side
// effects: builds the page and graphs into a temporary folder, serves it, runs chromium.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createSyntheticGraphFile } from "../graph/generators/create-synthetic-graph-file.ts";
import { buildBareSigma, buildExplorer, buildSampleGraph, median, servePreview, settle } from "./browser-harness.ts";
import { CHROMIUM_PATH, launchChromium } from "./chromium.ts";
import { readGraphJson, writeGraphJson, type GraphJsonForm } from "./write-graph-json.ts";

/** The page's size in the benchmark. */
export const VIEWPORT = { width: 1200, height: 800 };

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
  /** The pointer onto the node → its neighbourhood highlighted and painted: the highlight's own frame. */
  hoverToPaintMs: number;
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
  /** The same graph file in a bare page (sigma and graphology, defaults, no app), in the same run: first frame. */
  bareFirstFrameMs: number;
  /** One full redraw of the bare page (every item processed again and drawn), until painted. */
  bareRedrawMs: number;
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
    buildExplorer(built);
    // The yardstick: each graph is also drawn by a bare sigma page, in its site's bare/ folder.
    const bare = join(dir, "bare");
    buildBareSigma(bare);
    const withBare = (site: string) => cpSync(bare, join(site, "bare"), { recursive: true });

    if (options.graphs) {
      browser = await launchChromium();
      const results: BrowserBenchResult[] = [];
      for (const [i, { name, file, form }] of options.graphs.entries()) {
        const site = join(dir, `graph-${i}`);
        cpSync(built, site, { recursive: true });
        withBare(site);
        await writeGraphJson(join(site, "graph.json"), await readGraphJson(file), form ?? "auto");
        log(`measuring ${name} (${runs} page loads)…`);
        results.push(await measure(browser, name, site, runs));
        rmSync(site, { recursive: true, force: true });
      }
      return results;
    }

    const sample = join(dir, "sample");
    cpSync(built, sample, { recursive: true });
    withBare(sample);
    log("building the sample corpus graph…");
    buildSampleGraph(join(sample, "graph.json"));

    const synthetic = join(dir, "synthetic");
    cpSync(built, synthetic, { recursive: true });
    withBare(synthetic);
    log("generating the synthetic graph (10,000 nodes, 50,000 edges)…");
    // As `npm run graph` would write it: split (58,011 sentences).
    await writeGraphJson(join(synthetic, "graph.json"), createSyntheticGraphFile({ nodes: 10_000, edges: 50_000, seed: 1 }));
    const huge = join(dir, "synthetic-50k");
    cpSync(built, huge, { recursive: true });
    withBare(huge);
    log("generating the synthetic graph (50,000 nodes, 250,000 edges)…");
    await writeGraphJson(join(huge, "graph.json"), createSyntheticGraphFile({ nodes: 50_000, edges: 250_000, seed: 1 }), "split");

    browser = await launchChromium();
    const results: BrowserBenchResult[] = [];
    for (const [name, folder, graphRuns] of [
      ["sample corpus", sample, runs],
      ["synthetic 10k/50k", synthetic, Math.max(1, Math.ceil(runs / 2))],
      // A page load of it takes about a minute here (frames of seconds in software WebGL): fewer runs.
      ["synthetic 50k/250k", huge, Math.max(1, Math.ceil(runs / 4))],
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
  const { url, close } = await servePreview(folder);
  try {
    const firstFrame: number[] = [];
    const panel: number[] = [];
    const paint: number[] = [];
    const hover: number[] = [];
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
      const hoverStart = await page.evaluate(() => performance.now());
      await page.mouse.move(target.x, target.y);
      await page.waitForFunction((renders) => (window as unknown as { __benchRenders: number }).__benchRenders > renders, renders, { timeout: 120_000 });
      hover.push((await page.evaluate(() => new Promise<number>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now())))))) - hoverStart);
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
        await settle(page, { timeout: 120_000, pause: 200 });
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
    const bare = await measureBare(browser, `${url}bare/`, runs);
    return {
      ...bare,
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
      hoverToPaintMs: median(hover),
      panelRenderMs: median(render),
      clickedSentences: facts.clicked,
      coldTapToPanelMs: cold.length > 0 ? median(cold) : null,
      coldSentences: facts.coldSentences,
    };
  } finally {
    close();
  }
}

/** The bare sigma page on the same graph file: first frame and full redraw, medians of `runs` page loads (three redraws each). */
export async function measureBare(browser: Browser, url: string, runs: number): Promise<{ bareFirstFrameMs: number; bareRedrawMs: number }> {
  const firstFrame: number[] = [];
  const redraw: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 120_000 });
    firstFrame.push(await page.evaluate(() => window.__bareSigma!.firstFrame));
    for (let j = 0; j < 3; j++) redraw.push(await page.evaluate(() => window.__bareSigma!.redraw()));
    await context.close();
  }
  return { bareFirstFrameMs: median(firstFrame), bareRedrawMs: median(redraw) };
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

/**
 * Prints our figures as ratios to the bare sigma page's on the same graph file, in the same run (the machine's
 * speed drifts from one day to the next; a ratio much less): first frame, and the highlight's frame (hover →
 * painted) and a click on the hovered node (click → painted) to one bare full redraw.
 */
export function formatBareRatios(results: BrowserBenchResult[]): string {
  const lines = [
    "| graph | first frame: ours / bare sigma | ratio | hover → highlight painted / bare full redraw | ratio | click → painted / bare full redraw | ratio | click → panel |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const ratio = (ours: number, bare: number) => (bare > 0 ? `${(ours / bare).toFixed(2)}×` : "—");
  for (const r of results) {
    lines.push(
      `| ${r.graph} | ${r.firstFrameMs} / ${r.bareFirstFrameMs} ms | ${ratio(r.firstFrameMs, r.bareFirstFrameMs)} | ${r.hoverToPaintMs} / ${r.bareRedrawMs} ms | ${ratio(r.hoverToPaintMs, r.bareRedrawMs)} | ${r.clickToPaintMs} / ${r.bareRedrawMs} ms | ${ratio(r.clickToPaintMs, r.bareRedrawMs)} | ${r.clickToPanelMs} ms |`,
    );
  }
  return lines.join("\n");
}

