// A merge in the explorer, timed in Debian's chromium: the two most mentioned nodes of a graph (or two
// given) picked and merged through the Curation section, from the click on Merge to the corrected graph
// painted, split into our work (until sigma starts drawing: applyCorrections, the update in place) and the
// frame (sigma's render until painted), beside one full redraw of the corrected graph by a bare sigma page
// in the same run. Side effects: builds the page and the graphs into a temporary folder, serves it, runs chromium.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { applyCorrections } from "../graph/corrections/apply-corrections.ts";
import { createSyntheticGraphFile } from "../graph/generators/create-synthetic-graph-file.ts";
import type { GraphFile } from "../graph/types.ts";
import { buildBareSigma, buildExplorer, buildSampleGraph, median, servePreview } from "./browser-harness.ts";
import { launchChromium } from "./chromium.ts";
import { measureBare, VIEWPORT } from "./bench-explorer.ts";
import { readGraphJson, writeGraphJson } from "./write-graph-json.ts";

/** The figures of one graph's merge, medians over fresh page loads, in milliseconds. */
export interface CurationBenchResult {
  graph: string;
  nodes: number;
  edges: number;
  sentences: number;
  /** The two nodes merged (the second into the first) and their mentions. */
  merged: [string, number][];
  runs: number;
  /** Click on Merge → the corrected graph drawn and painted (panels, legend, search and filters anew). */
  mergeToPaintMs: number;
  /** Of which our work: the click → sigma starts the frame (the correction applied, the page updated, the next frame's turn). */
  ourWorkMs: number;
  /** Of our work, applyCorrections (the base graph file with the corrections → the corrected file). */
  applyMs: number;
  /** Of our work, the explorer's update in place: graph, evidence index, panels, sigma told what changed. */
  updateMs: number;
  /** Of the total, the frame: sigma's render begins → painted (the browser's own painting after sigma included). */
  frameMs: number;
  /** Of the frame, sigma's render itself (its programs processed and drawn). */
  renderMs: number;
  /** The corrected graph in a bare sigma page, in the same run: one full redraw (every item processed and drawn) → painted. */
  bareFrameMs: number;
  /** Indexing the mentions for corrections, done once in idle time after the first frame (not in the figures above). */
  prepareMs: number;
}

/** A graph file to merge in, single or split (the page gets the single form: corrections need the sentences). */
export interface CurationBenchGraph {
  name: string;
  file: string;
  /** The keys to merge; default the two most mentioned. */
  nodes?: [string, string];
}

/** The two most mentioned nodes of a graph file. */
function hubs(file: GraphFile): [string, string] {
  const [a, b] = [...file.graph.nodes].sort((x, y) => (y.attributes?.mentions ?? 0) - (x.attributes?.mentions ?? 0));
  if (!a || !b) throw new Error("bench-curation: the graph has fewer than two nodes");
  return [a.key, b.key];
}

/**
 * Measures merges; without graphs, on the sample corpus and a synthetic 10,000-node graph.
 * @example const [un] = await benchCuration({ graphs: [{ name: "UN", file: "/tmp/un/graph.json" }] });
 */
export async function benchCuration(options: { runs?: number; log?: (line: string) => void; graphs?: readonly CurationBenchGraph[] } = {}): Promise<CurationBenchResult[]> {
  const runs = options.runs ?? 3;
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bench-curation-"));
  let browser: Browser | undefined;
  try {
    const built = join(dir, "built");
    log("building the explorer…");
    buildExplorer(built);
    const bare = join(dir, "bare");
    buildBareSigma(bare);
    let graphs = options.graphs;
    if (!graphs) {
      const sample = join(dir, "sample.json");
      buildSampleGraph(sample);
      const synthetic = join(dir, "synthetic.json");
      await writeGraphJson(synthetic, createSyntheticGraphFile({ nodes: 10_000, edges: 50_000, seed: 1 }), "single");
      graphs = [
        { name: "sample corpus", file: sample },
        { name: "synthetic 10k/50k", file: synthetic },
      ];
    }
    browser = await launchChromium();
    const results: CurationBenchResult[] = [];
    for (const [i, graph] of graphs.entries()) {
      const site = join(dir, `graph-${i}`);
      cpSync(built, site, { recursive: true });
      const file = await readGraphJson(graph.file);
      await writeGraphJson(join(site, "graph.json"), file, "single");
      const nodes = graph.nodes ?? hubs(file);
      // The yardstick: the graph the merge leads to, drawn by a bare sigma page beside the explorer (corrected/bare/).
      const corrected = applyCorrections(file, [{ op: "merge", nodes, into: nodes[0] }]).file;
      mkdirSync(join(site, "corrected"));
      writeFileSync(join(site, "corrected", "graph.json"), JSON.stringify({ graph: corrected.graph }));
      cpSync(bare, join(site, "corrected", "bare"), { recursive: true });
      log(`merging ${nodes.join(" and ")} in ${graph.name} (${runs} page loads, and as many of the bare page)…`);
      results.push(await measure(browser, graph.name, site, nodes, runs, file, log));
      rmSync(site, { recursive: true, force: true });
    }
    return results;
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function measure(browser: Browser, name: string, folder: string, [into, other]: [string, string], runs: number, file: GraphFile, log: (line: string) => void): Promise<CurationBenchResult> {
  const { url, close } = await servePreview(folder);
  const mentions = (key: string) => file.graph.nodes.find((n) => n.key === key)?.attributes?.mentions ?? 0;
  try {
    const paint: number[] = [];
    const work: number[] = [];
    const apply: number[] = [];
    const update: number[] = [];
    const frame: number[] = [];
    const render: number[] = [];
    const prepare: number[] = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 300_000 });
      // Picked as a user does: one selected, the other with Shift held.
      await page.evaluate(([into, other]) => {
        const { store } = window.__entityGraph!.explorer;
        store.setSelection({ kind: "node", node: into });
        document.dispatchEvent(new KeyboardEvent("keydown", { key: "Shift", shiftKey: true }));
        store.setSelection({ kind: "node", node: other });
        document.dispatchEvent(new KeyboardEvent("keyup", { key: "Shift", shiftKey: false }));
      }, [into, other] as const);
      await page.selectOption('#curation select[name="merge-into"]', into);
      // The page indexes the mentions for corrections when idle after its first frame; a user's first click comes later.
      await page.waitForFunction(() => performance.getEntriesByName("entity-graph:prepare-corrections").length > 0, undefined, { timeout: 120_000 });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      // No named functions inside: tsx would wrap them in a `__name` helper the page does not have.
      const times = await page.evaluate(async () => {
        const { renderer } = window.__entityGraph!;
        const frame = { start: NaN, end: NaN, renders: 0 };
        renderer.once("beforeRender", () => (frame.start = performance.now()));
        renderer.once("afterRender", () => (frame.end = performance.now()));
        // Inline listeners only (see above); this one stays until the page is closed, counting is read at the paint.
        renderer.on("afterRender", () => frame.renders++);
        const started = performance.now();
        document.querySelector<HTMLButtonElement>('#curation [data-action="merge"]')!.click();
        while (document.body.dataset.state !== "ready") await new Promise((next) => requestAnimationFrame(next));
        const painted = performance.now();
        return { total: painted - started, work: frame.start - started, frame: painted - frame.start, render: frame.end - frame.start, renders: frame.renders };
      });
      if (await page.evaluate((other) => window.__entityGraph!.graph.hasNode(other), other)) throw new Error(`bench-curation: ${other} is still in ${name} after the merge`);
      // Sigma draws the corrected graph once: a second render from a listener would be a second frame's cost.
      if (times.renders !== 1) log(`  ${name}: sigma rendered ${times.renders} times between the click and the paint`);
      paint.push(times.total);
      work.push(times.work);
      frame.push(times.frame);
      render.push(times.render);
      apply.push(await page.evaluate(() => performance.getEntriesByName("entity-graph:apply-corrections").at(-1)?.duration ?? NaN));
      update.push(await page.evaluate(() => performance.getEntriesByName("entity-graph:update-graph").at(-1)?.duration ?? NaN));
      prepare.push(await page.evaluate(() => performance.getEntriesByName("entity-graph:prepare-corrections").at(-1)?.duration ?? NaN));
      await context.close();
    }
    const { bareRedrawMs } = await measureBare(browser, `${url}corrected/bare/`, runs);
    const sentences = file.sentences.length;
    return {
      graph: name,
      nodes: file.graph.nodes.length,
      edges: file.graph.edges.length,
      sentences,
      merged: [
        [into, mentions(into)],
        [other, mentions(other)],
      ],
      runs,
      mergeToPaintMs: median(paint),
      ourWorkMs: median(work),
      applyMs: median(apply),
      updateMs: median(update),
      frameMs: median(frame),
      renderMs: median(render),
      bareFrameMs: bareRedrawMs,
      prepareMs: median(prepare),
    };
  } finally {
    close();
  }
}

/** Prints the figures as a Markdown table. */
export function formatCurationBench(results: readonly CurationBenchResult[]): string {
  const lines = [
    "| graph | nodes | edges | sentences | merged (mentions) | click Merge → painted | our work: click → sigma draws | of which applyCorrections | of which the update in place | the frame: sigma draws → painted | of which sigma's render | bare sigma, corrected graph, same run: full redraw → painted | frame / bare | indexing, when idle |",
    "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  const ms = (value: number) => `${Math.round(value)} ms`;
  for (const r of results) {
    const merged = r.merged.map(([key, n]) => `${key} (${n.toLocaleString("en-US")})`).join(" + ");
    const ratio = r.bareFrameMs > 0 ? `${(r.frameMs / r.bareFrameMs).toFixed(2)}×` : "—";
    lines.push(
      `| ${r.graph} | ${r.nodes.toLocaleString("en-US")} | ${r.edges.toLocaleString("en-US")} | ${r.sentences.toLocaleString("en-US")} | ${merged} | ${ms(r.mergeToPaintMs)} | ${ms(r.ourWorkMs)} | ${ms(r.applyMs)} | ${ms(r.updateMs)} | ${ms(r.frameMs)} | ${ms(r.renderMs)} | ${ms(r.bareFrameMs)} | ${ratio} | ${ms(r.prepareMs)} |`,
    );
  }
  return lines.join("\n");
}
