// End to end, issue 13 part B: size and colour by a metric or community (the legend changes), the table of
// entities (sort, select, only the rows in view in the page), PNG and SVG exports that carry the labels,
// on the sample corpus's real graph in Debian's chromium; and on the wikinews corpus's graph (built here
// by `npm run graph`, skipped without ../shared), Donald Trump's label in the first view.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMUNITY_COLORS } from "../../src/app/node-look.ts";
import { parseXml } from "../../src/export/parse-xml.ts";
import { runCommand } from "../../src/cli/browser-harness.ts";
import { countPixels, countPngPixels, pageErrors, settle, startHarness, type Harness } from "./explorer-harness.ts";

const WIKINEWS = new URL("../../../shared/data/news/wikinews-2019-2020", import.meta.url).pathname;

/** The labels' colour (label-layer.ts draws them in #1f2933). */
const LABEL_RGB: [number, number, number] = [31, 41, 51];

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
}, 180_000);

afterAll(async () => {
  await harness?.close();
});

const rgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];

/** Pixels of a PNG within 40 of the label colour (antialiased text is lighter), and its size. */
async function labelPixels(page: Page, png: Buffer): Promise<{ dark: number; width: number; height: number }> {
  const { dark, width, height } = await countPngPixels(page, png, { dark: LABEL_RGB }, 40);
  return { dark: dark!, width, height };
}

async function download(page: Page, id: string, size: string): Promise<Buffer> {
  if (!(await page.locator(".export-menu__details").evaluate((details) => (details as HTMLDetailsElement).open))) await page.click('[data-action="export"]');
  await page.selectOption("[data-png-size]", size);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${id}"]`)]);
  const path = join(harness.dist, "..", `${id}-${size}-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return readFileSync(path);
}

describe("size and colour by a metric or community", () => {
  it("sizes by betweenness once the worker is done, and colours by community with a legend of the largest", async () => {
    const page = await harness.open();
    await page.selectOption("select[data-size-by]", "betweenness");
    await page.waitForFunction(() => window.__entityGraph!.explorer.look.get().metrics !== null);
    await settle(page);
    const sizes = await page.evaluate(() => {
      const { explorer, renderer, graph } = window.__entityGraph!;
      const metrics = explorer.look.get().metrics!;
      const broker = metrics.keys[metrics.values.betweenness.indexOf(Math.max(...metrics.values.betweenness))]!;
      const biggest = graph.nodes().sort((a, b) => renderer.getNodeDisplayData(b)!.size - renderer.getNodeDisplayData(a)!.size)[0]!;
      const betweennessOf = (key: string) => metrics.values.betweenness[metrics.keys.indexOf(key)]!;
      return { broker: betweennessOf(broker), biggest: betweennessOf(biggest), kind: metrics.betweenness.kind };
    });
    expect(sizes.biggest).toBe(sizes.broker);
    expect(sizes.kind).toBe("exact");

    await expect(page.locator("[data-community-legend]").isHidden()).resolves.toBe(true);
    const before = await countPixels(page, { community: rgb(COMMUNITY_COLORS[0]!) });
    await page.selectOption("select[data-colour-by]", "community");
    await settle(page);
    const rows = page.locator("[data-community-legend] .legend__label");
    expect(await rows.count()).toBeGreaterThan(2);
    // Named by the community's most mentioned node.
    const expected = await page.evaluate(() => {
      const { graph } = window.__entityGraph!;
      const first = window.__entityGraph!.explorer.look.communities()[0]!;
      const members = graph.filterNodes((_key, attributes) => attributes.community === first.community);
      return graph.getNodeAttribute(members.sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"))[0]!, "label");
    });
    await expect(rows.first().textContent()).resolves.toBe(expected);
    const after = await countPixels(page, { community: rgb(COMMUNITY_COLORS[0]!) });
    expect(after.community).toBeGreaterThan(before.community! + 200);

    // A community's row selects its top node.
    await rows.first().click();
    await expect.poll(() => page.locator(".details__title").first().textContent()).toBe(expected);
    expect(pageErrors(page)).toEqual([]);
  });
  it("keeps size and colour in the URL, restored on reload (and the default look leaves it out)", async () => {
    const page = await harness.open();
    await page.selectOption("select[data-size-by]", "pagerank");
    await page.selectOption("select[data-colour-by]", "community");
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe("#size=pagerank&colour=community");
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    await expect(page.locator("select[data-size-by]").inputValue()).resolves.toBe("pagerank");
    await expect(page.locator("select[data-colour-by]").inputValue()).resolves.toBe("community");
    await expect(page.locator("[data-community-legend]").isHidden()).resolves.toBe(false);
    // Restored, not only shown in the menus: the metrics were computed and the nodes drawn by them.
    await page.waitForFunction(() => window.__entityGraph!.explorer.look.get().metrics !== null);
    await settle(page);
    const drawn = await page.evaluate(() => {
      const { explorer, renderer } = window.__entityGraph!;
      const metrics = explorer.look.get().metrics!;
      const top = metrics.keys[metrics.values.pagerank.indexOf(Math.max(...metrics.values.pagerank))]!;
      const biggest = metrics.keys.reduce((a, b) => (renderer.getNodeDisplayData(b)!.size > renderer.getNodeDisplayData(a)!.size ? b : a));
      const first = explorer.look.communities()[0]!;
      return { top, biggest, colour: renderer.getNodeDisplayData(first.node)!.color, expected: first.color };
    });
    expect(drawn.biggest).toBe(drawn.top);
    expect(drawn.colour).toBe(drawn.expected);
    // Back to the defaults: nothing of the look in the URL.
    await page.selectOption("select[data-size-by]", "mentions");
    await page.selectOption("select[data-colour-by]", "type");
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe("");
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("the table of entities", () => {
  it("sorts by a column, selects on click and keeps only the rows in view in the page", async () => {
    const page = await harness.open();
    await page.click('[data-action="table"]');
    await page.waitForFunction(() => window.__entityGraph!.explorer.look.get().metrics !== null);
    const order = await page.evaluate(() => window.__entityGraph!.graph.order);
    await expect.poll(() => page.locator("[data-table-caption]").textContent()).toBe(`${order} entities`);
    const drawn = await page.locator(".node-table__row").count();
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(order);

    await page.click('th[data-column="degree"] button');
    const top = await page.evaluate(() => {
      const { graph } = window.__entityGraph!;
      return Math.max(...graph.nodes().map((key) => graph.degree(key)));
    });
    await expect(page.locator('th[data-column="degree"]').getAttribute("aria-sort")).resolves.toBe("descending");
    await expect(page.locator(".node-table__row").first().locator("td").nth(4).textContent()).resolves.toBe(String(top));
    await page.click('th[data-column="degree"] button');
    await expect(page.locator(".node-table__row").first().locator("td").nth(4).textContent()).resolves.not.toBe(String(top));

    // Scrolled to the end, the last rows are drawn and the first are gone.
    const first = await page.locator(".node-table__row").first().getAttribute("data-node");
    await page.locator("[data-table-viewport]").evaluate((viewport) => (viewport.scrollTop = viewport.scrollHeight));
    await expect.poll(() => page.locator(".node-table__row").last().getAttribute("aria-rowindex")).toBe(String(order + 1));
    expect(await page.locator(`.node-table__row[data-node="${first}"]`).count()).toBe(0);

    const row = page.locator(".node-table__row").last();
    const key = (await row.getAttribute("data-node"))!;
    const label = (await row.locator("td").first().textContent())!;
    await row.click();
    await expect.poll(() => page.evaluate(() => window.__entityGraph!.explorer.store.get().selection)).toEqual({ kind: "node", node: key });
    await expect.poll(() => page.locator(".details__title").first().textContent()).toBe(label);
    await expect(page.locator(`.node-table__row[data-node="${key}"]`).getAttribute("aria-selected")).resolves.toBe("true");
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("pictures", () => {
  it("exports a PNG with its labels drawn, as on screen and scaled with a bigger image", async () => {
    const page = await harness.open();
    await settle(page);
    const screen = await labelPixels(page, await download(page, "png", "screen"));
    const big = await labelPixels(page, await download(page, "png", "3840x2160"));
    await page.evaluate(() => window.__entityGraph!.renderer.setSetting("renderLabels", false));
    const bare = await labelPixels(page, await download(page, "png", "screen"));
    const bigBare = await labelPixels(page, await download(page, "png", "3840x2160"));
    const dimensions = await page.evaluate(() => window.__entityGraph!.renderer.getDimensions());
    expect([screen.width, screen.height]).toEqual([dimensions.width, dimensions.height]);
    // Label text adds hundreds of dark pixels to what the legend alone has.
    expect(screen.dark - bare.dark).toBeGreaterThan(500);
    // Labels grow with the image: their area with the square of its scale (at least half of that, for antialiasing).
    const scale = Math.min(3840 / dimensions.width, 2160 / dimensions.height);
    expect(big.dark - bigBare.dark).toBeGreaterThan(0.5 * scale * scale * (screen.dark - bare.dark));
  });

  it("exports an SVG that parses as XML, with the labels drawn on screen as <text>", async () => {
    const page = await harness.open();
    await settle(page);
    const svg = (await download(page, "svg", "screen")).toString("utf8");
    // @xmldom/xmldom in Node: throws on any XML problem.
    const { document } = parseXml(svg);
    const texts = Array.from(document.getElementsByTagName("text")).map((node) => node.textContent ?? "");
    const top = await page.evaluate(() => {
      const { graph } = window.__entityGraph!;
      return graph.getNodeAttribute(graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"))[0]!, "label");
    });
    expect(texts).toContain(top);
    expect(texts.filter((text) => /^People \(\d+\)$/.test(text))).toHaveLength(1);
    const order = await page.evaluate(() => window.__entityGraph!.graph.order);
    expect(document.getElementsByTagName("circle").length).toBeGreaterThanOrEqual(order);
    expect(pageErrors(page)).toEqual([]);
  });
});

describe.skipIf(!existsSync(WIKINEWS))("labels of a big graph (wikinews, 3,000 entities)", () => {
  beforeAll(() => {
    // The built page again, in a folder of its own, with the wikinews graph as `npm run graph` makes it.
    const site = join(harness.dist, "wikinews");
    mkdirSync(site);
    for (const name of readdirSync(harness.dist)) {
      if (name !== "wikinews" && name !== "graph.json") cpSync(join(harness.dist, name), join(site, name), { recursive: true });
    }
    runCommand(process.execPath, ["--import", "tsx", "src/cli/graph.ts", WIKINEWS, "--out", join(site, "graph.json"), "--quiet"]);
  }, 600_000);

  it("draws Donald Trump's label in the first view, in the labels' colour, where the layer placed it", async () => {
    const page = await harness.open("", { path: "wikinews/" });
    await settle(page);
    const trump = await page.evaluate(() => {
      const { graph, drawnLabels } = window.__entityGraph!;
      const key = graph.findNode((_key, attributes) => attributes.label === "Donald Trump");
      const placed = drawnLabels().find((label) => label.key === key);
      return { key, order: graph.order, placed: placed ? { x: placed.x, y: placed.y, size: placed.size } : null };
    });
    expect(trump.key).toBe("person:donald-trump");
    expect(trump.order).toBeGreaterThan(2_000);
    expect(trump.placed).not.toBeNull();
    // The text is on the canvas: dark pixels in the label's first letters' box.
    const { x, y, size } = trump.placed!;
    const box = await page.locator("#graph").boundingBox();
    const shot = await page.screenshot({ clip: { x: box!.x + x, y: box!.y + y - size, width: 4 * size, height: size + 2 } });
    const dark = await labelPixels(page, shot);
    expect(dark.dark).toBeGreaterThan(10);
    expect(pageErrors(page)).toEqual([]);
  });
});
