// Focus and paths in the explorer, timed in Debian's chromium: on a graph file (the UN graph in
// BENCHMARKS.md), its most mentioned node (or a given one) focused with the panel's Focus button, and the
// paths from it to the most mentioned node three links away, each from the click to the new view painted.
// Side effects: builds the page into a temporary folder, serves it, runs chromium.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { buildExplorer, buildSampleGraph, median, servePreview, settle } from "./browser-harness.ts";
import { launchChromium } from "./chromium.ts";
import { VIEWPORT } from "./bench-explorer.ts";
import { readGraphJson, writeGraphJson } from "./write-graph-json.ts";

/** The figures of one graph, medians over fresh page loads, in milliseconds. */
export interface FocusBenchResult {
  graph: string;
  nodes: number;
  edges: number;
  runs: number;
  /** The node focused and the other end of the paths (three links away), by label. */
  focused: string;
  pathTo: string;
  /** Nodes the focus shows (the node and its strongest neighbours, the default cap). */
  focusNodes: number;
  /** Click on Focus → the store, panels and bar updated (the neighbourhood selected), synchronous work. */
  focusUpdateMs: number;
  /** Click on Focus → the focused view painted (the frame after it, two animation frames later). */
  focusPaintMs: number;
  /** Paths shown and their links. */
  paths: number;
  pathLinks: number;
  /** Setting the path scope (as picking its other end does) → store, panel (hops and sentences) and bar updated. */
  pathUpdateMs: number;
  /** → the highlighted paths painted. */
  pathPaintMs: number;
  /**
   * A full redraw of the whole graph in the same page (sigma's refresh → painted): the yardstick of this
   * machine at this moment, since a loaded machine's figures move by several times from one run to the next.
   */
  redrawMs: number;
}

/** A graph file to measure, and optionally the node to focus (default: the most mentioned). */
export interface FocusBenchGraph {
  name: string;
  file: string;
  node?: string;
}

/**
 * Measures focus and paths; without graphs, on the sample corpus.
 * @example const [un] = await benchFocus({ graphs: [{ name: "UN", file: "/tmp/g/un.json", node: "country:united-states" }] });
 */
export async function benchFocus(options: { runs?: number; log?: (line: string) => void; graphs?: readonly FocusBenchGraph[] } = {}): Promise<FocusBenchResult[]> {
  const runs = options.runs ?? 5;
  const log = options.log ?? (() => {});
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-bench-focus-"));
  let browser: Browser | undefined;
  try {
    const built = join(dir, "built");
    log("building the explorer…");
    buildExplorer(built);
    let graphs = options.graphs;
    if (!graphs) {
      const sample = join(dir, "sample.json");
      buildSampleGraph(sample);
      graphs = [{ name: "sample corpus", file: sample }];
    }
    browser = await launchChromium();
    const results: FocusBenchResult[] = [];
    for (const [i, graph] of graphs.entries()) {
      const site = join(dir, `graph-${i}`);
      cpSync(built, site, { recursive: true });
      await writeGraphJson(join(site, "graph.json"), await readGraphJson(graph.file), "auto");
      log(`focus and paths in ${graph.name} (${runs} page loads)…`);
      results.push(await measure(browser, graph, site, runs));
      rmSync(site, { recursive: true, force: true });
    }
    return results;
  } finally {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Milliseconds from running `start` in the page to the next frame painted, and its synchronous part. */
async function timeToPaint(page: Page, start: string): Promise<{ update: number; paint: number }> {
  // No named functions inside: tsx would wrap them in a `__name` helper the page does not have.
  return page.evaluate(async (start) => {
    const { renderer, explorer } = window.__entityGraph!;
    const rendered = new Promise<void>((done) => renderer.once("afterRender", () => done()));
    const started = performance.now();
    if (start === "focus") document.querySelector<HTMLButtonElement>('#details [data-scope-action="focus"]')!.click();
    else if (start === "redraw") renderer.refresh();
    else explorer.store.setScope(JSON.parse(start));
    const update = performance.now() - started;
    await rendered;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return { update, paint: performance.now() - started };
  }, start);
}

async function measure(browser: Browser, graph: FocusBenchGraph, folder: string, runs: number): Promise<FocusBenchResult> {
  const { url, close } = await servePreview(folder);
  try {
    const focusUpdate: number[] = [];
    const focusPaint: number[] = [];
    const pathUpdate: number[] = [];
    const pathPaint: number[] = [];
    const redraw: number[] = [];
    let facts = { nodes: 0, edges: 0, focused: "", pathTo: "", focusNodes: 0, paths: 0, pathLinks: 0 };
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: VIEWPORT });
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForSelector('body[data-state="ready"]', { timeout: 300_000 });
      await page.waitForFunction(() => window.__entityGraph!.timings.evidenceIndex != null, undefined, { timeout: 300_000 });
      // The node's panel, as a click or a search leaves it; then the Focus button.
      const ends = await page.evaluate((wanted) => {
        const { graph, explorer } = window.__entityGraph!;
        const node = wanted ?? graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"))[0]!;
        // The most mentioned node three links away (or the farthest there is).
        const seen = new Map([[node, 0]]);
        let frontier = [node];
        for (let step = 1; step <= 3 && frontier.length > 0; step++) {
          const next: string[] = [];
          for (const from of frontier) graph.forEachNeighbor(from, (other) => {
            if (seen.has(other)) return;
            seen.set(other, step);
            next.push(other);
          });
          if (next.length === 0) break;
          frontier = next;
        }
        const target = frontier.sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"))[0]!;
        explorer.store.setSelection({ kind: "node", node });
        return { node, target };
      }, graph.node ?? null);
      await settle(page, { timeout: 300_000, pause: 300 });
      redraw.push((await timeToPaint(page, "redraw")).paint);
      await settle(page, { timeout: 300_000, pause: 300 });
      const focus = await timeToPaint(page, "focus");
      focusUpdate.push(focus.update);
      focusPaint.push(focus.paint);
      const focusNodes = await page.evaluate(() => window.__entityGraph!.explorer.scoped().neighbourhood?.size ?? 0);
      // Back to the whole graph, nothing selected, then the paths.
      await page.evaluate(() => {
        const { store } = window.__entityGraph!.explorer;
        store.setScope(null);
        store.setSelection(null);
      });
      await settle(page, { timeout: 300_000, pause: 600 });
      const path = await timeToPaint(page, JSON.stringify({ kind: "path", source: ends.node, target: ends.target }));
      pathUpdate.push(path.update);
      pathPaint.push(path.paint);
      facts = await page.evaluate(
        ([node, target, focusNodes]) => {
          const { graph, explorer } = window.__entityGraph!;
          const paths = explorer.scoped().paths ?? [];
          return {
            nodes: graph.order,
            edges: graph.size,
            focused: graph.getNodeAttribute(node, "label"),
            pathTo: graph.getNodeAttribute(target, "label"),
            focusNodes,
            paths: paths.length,
            pathLinks: paths[0]?.edges.length ?? 0,
          };
        },
        [ends.node, ends.target, focusNodes] as const,
      );
      await context.close();
    }
    return { graph: graph.name, runs, ...facts, focusUpdateMs: median(focusUpdate), focusPaintMs: median(focusPaint), pathUpdateMs: median(pathUpdate), pathPaintMs: median(pathPaint), redrawMs: median(redraw) };
  } finally {
    close();
  }
}

/** Prints the figures as a Markdown table. */
export function formatFocusBench(results: FocusBenchResult[]): string {
  const lines = [
    "| graph | nodes | edges | full redraw → painted | focused | focus shows | click Focus → updated | → painted | paths to | paths × links | path → updated | → painted |",
    "| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    lines.push(
      `| ${r.graph} | ${r.nodes.toLocaleString("en-US")} | ${r.edges.toLocaleString("en-US")} | ${r.redrawMs} ms | ${r.focused} | ${r.focusNodes} nodes | ${r.focusUpdateMs} ms | ${r.focusPaintMs} ms | ${r.pathTo} | ${r.paths} × ${r.pathLinks} | ${r.pathUpdateMs} ms | ${r.pathPaintMs} ms |`,
    );
  }
  return lines.join("\n");
}
