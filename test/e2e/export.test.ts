// End to end: build the explorer and the sample corpus graph, filter out places in Chromium, export, and
// check the downloads: GEXF passes validate-gexf with the counts the page showed; CSV and PNG match too.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/export/index.ts";
import { checkGexfFile } from "../export/validate.ts";
import { countPngPixels, pageErrors, startHarness, type Harness } from "./explorer-harness.ts";

/** "73 of 100 entities · 183 of 323 links" or "100 entities · 323 links" → [73, 183]. */
function shownCounts(summary: string): [number, number] {
  const match = /([\d,]+)(?: of [\d,]+)? entities · ([\d,]+)(?: of [\d,]+)? links/.exec(summary);
  if (!match) throw new Error(`cannot read the counts in "${summary}"`);
  return [Number(match[1]!.replace(/,/g, "")), Number(match[2]!.replace(/,/g, ""))];
}

describe("export from the explorer", () => {
  let harness: Harness | undefined;
  let page: Page;
  let exportedGexf = "";
  let savedJson = "";

  const openMenu = async () => {
    if (!(await page.locator(".export-menu__details").evaluate((details) => (details as HTMLDetailsElement).open))) {
      await page.click('[data-action="export"]');
    }
  };
  const download = async (id: string): Promise<string> => {
    await openMenu();
    const [file] = await Promise.all([page.waitForEvent("download"), page.click(`[data-export="${id}"]`)]);
    // Beside dist/ in the harness's temporary folder, which it removes on close.
    const path = join(harness!.dist, "..", `${id}-${file.suggestedFilename()}`);
    await file.saveAs(path);
    return path;
  };

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.open();
  }, 120_000);

  afterAll(async () => {
    await harness?.close();
  });

  it("exports, after filtering out places, a GEXF that passes validate-gexf with what the page showed", async () => {
    const summary = (await page.locator(".stage__summary").textContent()) ?? "";
    const before = shownCounts(summary);
    await page.click('.legend__item[data-type="place"]');
    await page.waitForFunction((text) => document.querySelector(".stage__summary")?.textContent !== text, summary);
    const [nodes, edges] = shownCounts((await page.locator(".stage__summary").textContent()) ?? "");
    expect(nodes).toBeLessThan(before[0]);
    expect(edges).toBeLessThan(before[1]);

    const path = await download("gexf");
    exportedGexf = path;
    const check = checkGexfFile(path);
    expect(check.problems).toEqual([]);
    expect(check.raw).toEqual({ nodes, edges });
    expect(check.networkx).toMatchObject({ nodes, edges, viz: { color: nodes, position: nodes, size: nodes } });

    const file = readGraphFile(readFileSync(path, "utf8"), path);
    expect(file.graph.nodes.filter(({ attributes }) => attributes?.type === "place")).toEqual([]);
    expect(readFileSync(path, "utf8")).toContain("hidden: places");
  });

  it("exports nodes.csv and edges.csv with the rows the page showed", async () => {
    const [nodes, edges] = shownCounts((await page.locator(".stage__summary").textContent()) ?? "");
    const nodeRows = readFileSync(await download("nodes-csv"), "utf8").split("\r\n");
    expect(nodeRows).toHaveLength(nodes + 2);
    expect(nodeRows.filter((row) => row.includes(",place,"))).toEqual([]);
    expect(readFileSync(await download("edges-csv"), "utf8").split("\r\n")).toHaveLength(edges + 2);
  });

  it("writes, once the user has computed the metrics, the shown graph's own betweenness too (networkx agrees)", async () => {
    const [nodes] = shownCounts((await page.locator(".stage__summary").textContent()) ?? "");
    await page.selectOption("[data-size-by]", "betweenness");
    await page.waitForFunction(() => window.__entityGraph!.explorer.look.get().metrics !== null);
    const check = checkGexfFile(await download("gexf"));
    expect(check.problems).toEqual([]);
    expect(check.networkx?.nodeKeys).toMatchObject({ betweenness: nodes, pagerank: nodes, degree: nodes, weighted_degree: nodes });
    // Computed on the graph the file holds (places filtered out), not the page's whole graph.
    expect(check.networkx?.metrics).toMatchObject({ degree: nodes, weighted_degree: nodes });
    expect(check.networkx?.metrics.betweenness).toBeLessThan(1e-9);
    expect(check.networkx?.metrics.pagerank).toBeLessThan(1e-4);
    const [header] = readFileSync(await download("nodes-csv"), "utf8").split("\r\n");
    expect(header).toBe("id,label,type,aliases,mentions,documents,community,degree,weighted_degree,pagerank,betweenness");
    await page.selectOption("[data-size-by]", "mentions");
  });

  it("exports a PNG of the chosen size, in the legend's colours, without the hidden type", async () => {
    await openMenu();
    await page.selectOption("[data-png-size]", "1280x720");
    const png = readFileSync(await download("png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 720]);
    const pixels = await countPngPixels(page, png, { person: [228, 87, 46], country: [41, 128, 185], place: [39, 174, 96] }, 0);
    expect(pixels.person).toBeGreaterThan(100);
    expect(pixels.country).toBeGreaterThan(100);
    expect(pixels.place).toBe(0);
  });

  it("saves the graph JSON, which reads back whole (filters do not cut the saved work)", async () => {
    savedJson = await download("graph-json");
    const file = readGraphFile(readFileSync(savedJson, "utf8"));
    const total = await page.evaluate(() => [window.__entityGraph!.graph.order, window.__entityGraph!.graph.size]);
    expect([file.graph.nodes.length, file.graph.edges.length]).toEqual(total);
    expect(file.sentences.length).toBeGreaterThan(100);
  });

  const openFile = async (file: string | { name: string; mimeType: string; buffer: Buffer }) => {
    await page.setInputFiles("[data-open-input]", file);
  };

  it("opens the exported GEXF: the page then shows exactly its entities and links", async () => {
    const [nodes, edges] = shownCounts((await page.locator(".stage__summary").textContent()) ?? "");
    await openFile(exportedGexf);
    await page.waitForFunction(
      ([n, m]) => document.body.dataset.state === "ready" && window.__entityGraph?.graph.order === n && window.__entityGraph?.graph.size === m,
      [nodes, edges],
    );
    expect(shownCounts((await page.locator(".stage__summary").textContent()) ?? "")).toEqual([nodes, edges]);
    expect(await page.locator(".stage__summary").textContent()).not.toContain(" of ");
  });

  it("opens the saved graph JSON again, with its sentences", async () => {
    const file = readGraphFile(readFileSync(savedJson, "utf8"));
    await openFile(savedJson);
    await page.waitForFunction((n) => document.body.dataset.state === "ready" && window.__entityGraph?.graph.order === n, file.graph.nodes.length);
    expect(await page.evaluate(() => window.__entityGraph!.explorer.evidence.total)).toBe(file.sentences.length);
  });

  it("says what is wrong with a file it cannot open, and keeps the graph", async () => {
    const order = await page.evaluate(() => window.__entityGraph!.graph.order);
    await openFile({ name: "nodes.csv", mimeType: "text/csv", buffer: Buffer.from("id,label\r\nperson:a,A\r\n") });
    await expect.poll(() => page.locator(".export-menu__alert").textContent()).toContain("nodes.csv is neither graph JSON nor GEXF");
    await openFile({ name: "broken.gexf", mimeType: "application/xml", buffer: Buffer.from("<gexf><graph>") });
    await expect.poll(() => page.locator(".export-menu__alert").textContent()).toContain("broken.gexf: not well-formed XML");
    expect(await page.evaluate(() => window.__entityGraph!.graph.order)).toBe(order);
  });

  it("logged no error on the page through all of the above", () => {
    expect(pageErrors(page)).toEqual([]);
  });
});
