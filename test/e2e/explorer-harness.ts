// The explorer's end-to-end set-up: builds the page into a temporary folder with the graph of the sample
// corpus (made by the real pipeline), serves it with `vite preview` and drives Debian's chromium.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { buildExplorer, buildSampleGraph, ROOT, servePreview, settle, type ServedFolder } from "../../src/cli/browser-harness.ts";
import { launchChromium } from "../../src/cli/chromium.ts";

export { ROOT, settle };

/** A built and served explorer, and a browser to open it in. */
export interface Harness {
  url: string;
  dist: string;
  browser: Browser;
  /**
   * Opens a fresh page (own context: no shared history or storage) and waits until it has drawn. `path`
   * is a folder of the built site ("big/"); `prepare` runs before the first navigation (routes).
   */
  open(hash?: string, options?: OpenOptions): Promise<Page>;
  close(): Promise<void>;
}

/** Options of `Harness.open`. */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  wait?: boolean;
  path?: string;
  prepare?: (page: Page) => Promise<void>;
}

/** Builds, serves and launches; `close` undoes all three. */
export async function startHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-e2e-explorer-"));
  const dist = join(dir, "dist");
  let server: ServedFolder | undefined;
  let browser: Browser | undefined;
  const contexts = new Set<BrowserContext>();
  const close = async () => {
    for (const context of contexts) await context.close().catch(() => {});
    await browser?.close();
    server?.close();
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    buildExplorer(dist);
    buildSampleGraph(join(dist, "graph.json"));
    server = await servePreview(dist);
    const { url } = server;
    browser = await launchChromium();
    const launched = browser;
    return {
      url,
      dist,
      browser: launched,
      async open(hash = "", { viewport = { width: 1280, height: 800 }, wait = true, path = "", prepare }: OpenOptions = {}) {
        const context = await launched.newContext({ viewport });
        contexts.add(context);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(message.text());
        });
        (page as Page & { errors: string[] }).errors = errors;
        await prepare?.(page);
        await page.goto(url + path + hash);
        if (wait) await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Errors the page logged or threw since it was opened. */
export function pageErrors(page: Page): string[] {
  return (page as Page & { errors?: string[] }).errors ?? [];
}

/** Where a node is on the page, at a pixel where sigma finds that node and not one drawn over it. */
export async function nodePosition(page: Page, key: string): Promise<{ x: number; y: number }> {
  await settle(page);
  const position = await page.evaluate((key) => {
    const { renderer, graph } = window.__entityGraph!;
    // getNodeAtPosition is sigma's own hit test; it is private in the typings only.
    const hit = (point: { x: number; y: number }) => (renderer as unknown as { getNodeAtPosition(p: { x: number; y: number }): string | null }).getNodeAtPosition(point);
    const centre = renderer.graphToViewport(graph.getNodeAttributes(key));
    const radius = renderer.scaleSize(renderer.getNodeDisplayData(key)!.size);
    const rect = renderer.getContainer().getBoundingClientRect();
    for (let r = 0; r <= radius; r += 1) {
      for (let angle = 0; angle < 360; angle += r === 0 ? 360 : 30) {
        const point = {
          x: Math.floor(centre.x + r * Math.cos((angle * Math.PI) / 180)),
          y: Math.floor(centre.y + r * Math.sin((angle * Math.PI) / 180)),
        };
        if (hit(point) === key) return { x: rect.left + point.x, y: rect.top + point.y };
      }
    }
    return null;
  }, key);
  if (!position) throw new Error(`no pixel of ${key} is on top`);
  return position;
}

/**
 * A point on the edge between two nodes where sigma finds that edge and no node. When the two nodes
 * cover the whole edge at this zoom, the camera zooms in on the edge's middle (up to three times).
 */
export async function edgePosition(page: Page, a: string, b: string): Promise<{ x: number; y: number }> {
  for (let zoom = 0; zoom < 4; zoom++) {
    await settle(page);
    const position = await page.evaluate(
      ([a, b, zoom]) => {
        const { renderer, graph } = window.__entityGraph!;
        const picker = renderer as unknown as {
          getNodeAtPosition(p: { x: number; y: number }): string | null;
          getEdgeAtPoint(x: number, y: number): string | null;
        };
        const edge = graph.edge(a!, b!);
        const from = renderer.graphToViewport(graph.getNodeAttributes(a!));
        const to = renderer.graphToViewport(graph.getNodeAttributes(b!));
        const rect = renderer.getContainer().getBoundingClientRect();
        // From the middle outwards, every 1% of the edge.
        for (let step = 1; step < 100; step++) {
          const t = 0.5 + (step % 2 ? 1 : -1) * Math.floor(step / 2) * 0.01;
          const point = { x: Math.floor(from.x + (to.x - from.x) * t), y: Math.floor(from.y + (to.y - from.y) * t) };
          if (picker.getNodeAtPosition(point) === null && picker.getEdgeAtPoint(point.x, point.y) === edge) {
            return { x: rect.left + point.x, y: rect.top + point.y };
          }
        }
        if (zoom < 3) {
          const camera = renderer.getCamera();
          const middle = renderer.viewportToFramedGraph({ x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 });
          camera.setState({ ...middle, ratio: camera.ratio / 2.5 });
        }
        return null;
      },
      [a, b, zoom] as const,
    );
    if (position) return position;
  }
  throw new Error(`no pixel of the ${a} – ${b} edge is free to click`);
}

/** Pixel counts of an image: not background, close to each given colour, and its size. */
export type PixelCounts = Record<string, number> & { drawn: number; total: number; width: number; height: number };

/**
 * Counts a PNG's pixels, decoded in the page: those not background, and those within `tolerance` of each
 * given colour on every channel (0: exactly it; antialiased text needs more).
 */
export async function countPngPixels(page: Page, png: Buffer, colours: Record<string, [number, number, number]>, tolerance: number): Promise<PixelCounts> {
  return page.evaluate(
    async ([base64, colours, tolerance]) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, image.width, image.height);
      const counts: Record<string, number> = { drawn: 0, total: image.width * image.height, width: image.width, height: image.height };
      for (const name of Object.keys(colours)) counts[name] = 0;
      for (let i = 0; i < data.length; i += 4) {
        const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
        if (r < 245 || g < 245 || b < 245) counts.drawn!++;
        for (const [name, [cr, cg, cb]] of Object.entries(colours)) {
          if (Math.abs(r - cr) <= tolerance && Math.abs(g - cg) <= tolerance && Math.abs(b - cb) <= tolerance) counts[name]!++;
        }
      }
      return counts as PixelCounts;
    },
    [png.toString("base64"), colours, tolerance] as const,
  );
}

/** Counts the graph container's pixels: not background, and close to each given colour. */
export async function countPixels(page: Page, colours: Record<string, [number, number, number]>): Promise<PixelCounts> {
  return countPngPixels(page, await page.locator("#graph").screenshot(), colours, 6);
}
