// End to end: corrections in the explorer on the sample corpus's graph. Merge two nodes (picked from the
// search box and with a Shift+click), split an alias out, rename, remove; reload (the corrections are
// kept); undo one; download the corrections file; then `npm run graph -- corpus --corrections <file>`
// gives the nodes, labels, types and weights the page shows.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { splitGraphFile } from "../../src/export/split-graph-file.ts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCorrections } from "../../src/graph/corrections/parse-corrections.ts";
import type { EntityNodeAttributes, GraphFile } from "../../src/graph/types.ts";
import { nodePosition, pageErrors, ROOT, settle, startHarness, type Harness } from "./explorer-harness.ts";

/** What the page shows of the graph: every node's label and type, every link's weight, sorted. */
async function shownGraph(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const { graph } = window.__entityGraph!;
    return {
      nodes: graph.mapNodes((key, a) => `${key} ${a.label} ${a.type}`).sort(),
      edges: graph.mapEdges((_edge, a, source, target) => `${[source, target].sort().join("|")} ${a.weight}`).sort(),
    };
  });
}

/** The same of a graph file. */
function fileGraph(file: GraphFile): { nodes: string[]; edges: string[] } {
  return {
    nodes: file.graph.nodes.map(({ key, attributes }) => `${key} ${(attributes as EntityNodeAttributes).label} ${(attributes as EntityNodeAttributes).type}`).sort(),
    edges: file.graph.edges.map(({ source, target, attributes }) => `${[source, target].sort().join("|")} ${attributes?.weight}`).sort(),
  };
}

describe("curation in the explorer", () => {
  let harness: Harness;
  let page: Page;
  let downloaded = "";
  let built: GraphFile | undefined;

  const hasNode = (key: string) => page.evaluate((key) => window.__entityGraph!.graph.hasNode(key), key);
  const search = async (query: string, key: string, shift = false) => {
    const box = page.locator('input[type="search"]');
    await box.fill(query);
    await page.locator('[role="option"]').first().waitFor();
    await box.press(shift ? "Shift+Enter" : "Enter");
    await page.waitForFunction((key) => document.querySelector("[data-picked]")?.getAttribute("data-picked")?.split(" ").includes(key), key);
  };
  /** Runs a correction and waits for the page to show the corrected graph. */
  const correct = async (action: string, shows: (page: Page) => Promise<boolean>) => {
    await page.click(`#curation [data-action="${action}"]`);
    await page.waitForSelector('body[data-state="ready"]');
    await expect.poll(() => shows(page)).toBe(true);
  };
  const count = () => page.locator("#curation [data-corrections-count]").getAttribute("data-corrections-count");

  beforeAll(async () => {
    harness = await startHarness();
    page = await harness.open();
  }, 180_000);

  afterAll(async () => {
    await harness?.close();
  });

  it("merges two nodes under the name the user keeps, the Kremlin picked in search and Moscow with a Shift+click", async () => {
    await search("kremlin", "organization:kremlin");
    await settle(page);
    const { x, y } = await nodePosition(page, "place:moscow");
    await page.keyboard.down("Shift");
    await page.mouse.click(x, y);
    await page.keyboard.up("Shift");
    await page.waitForFunction(() => document.querySelector("[data-picked]")?.getAttribute("data-picked") === "organization:kremlin place:moscow");
    await page.selectOption('#curation select[name="merge-into"]', "place:moscow");
    await correct("merge", async () => !(await hasNode("organization:kremlin")));
    const moscow = await page.evaluate(() => window.__entityGraph!.graph.getNodeAttributes("place:moscow"));
    expect(moscow.label).toBe("Moscow");
    expect(moscow.aliases).toEqual(["Kremlin", "Moscow"]);
    expect(moscow.mentions).toBe(11);
    expect(await count()).toBe("1");
  });

  it("splits an alias out, renames, and removes", async () => {
    await search("khamenei", "person:ali-khamenei");
    await page.selectOption('#curation select[name="split"]', "alias:Ali");
    await correct("split", () => hasNode("person:ali"));

    await search("turkiye", "country:turkiye");
    await page.fill('#curation input[name="label"]', "Turkey");
    await correct("rename", () => page.evaluate(() => window.__entityGraph!.graph.getNodeAttribute("country:turkiye", "label") === "Turkey"));
    // The search finds the new label.
    await search("turkey", "country:turkiye");

    await search("facebook", "organization:facebook");
    await correct("remove", async () => !(await hasNode("organization:facebook")));
    expect(await count()).toBe("4");
    await expect(page.locator("#curation .curation__item").allTextContents()).resolves.toEqual([
      expect.stringContaining("Merge organization:kremlin into Moscow"),
      expect.stringContaining("Split “Ali” out of Ali Khamenei"),
      expect.stringContaining("Rename country:turkiye to “Turkey”"),
      expect.stringContaining("Remove organization:facebook"),
    ]);
  });

  it("keeps the corrections over a reload, and undoes one with Ctrl+Z", async () => {
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    expect(await count()).toBe("4");
    expect(await hasNode("organization:kremlin")).toBe(false);
    expect(await hasNode("organization:facebook")).toBe(false);
    await page.locator(".stage__graph").focus().catch(() => {});
    await page.keyboard.press("Control+z");
    await page.waitForSelector('body[data-state="ready"]');
    await expect.poll(() => hasNode("organization:facebook")).toBe(true);
    expect(await count()).toBe("3");
    await page.keyboard.press("Control+Shift+z");
    await expect.poll(() => hasNode("organization:facebook")).toBe(false);
    await page.click('#curation [data-action="undo"]');
    await expect.poll(() => hasNode("organization:facebook")).toBe(true);
  });

  it("corrects in place: the same renderer, a node the page moved stays there, and undo gives the graph back exactly", async () => {
    const snapshot = () =>
      page.evaluate(() => {
        const { graph } = window.__entityGraph!;
        return { nodes: graph.mapNodes((key, a) => JSON.stringify([key, a])).sort(), edges: graph.mapEdges((key, a, s, t) => JSON.stringify([key, [s, t].sort(), a])).sort() };
      });
    await page.evaluate(() => {
      const { graph, renderer } = window.__entityGraph!;
      // Where the layout would have put it.
      graph.updateNodeAttribute("country:iran", "x", (x) => (x ?? 0) + 0.5);
      (window as unknown as { rendererBefore: unknown }).rendererBefore = renderer;
    });
    const before = await snapshot();
    const iran = await page.evaluate(() => window.__entityGraph!.graph.getNodeAttributes("country:iran"));
    await search("facebook", "organization:facebook");
    await correct("remove", async () => !(await hasNode("organization:facebook")));
    expect(await page.evaluate(() => window.__entityGraph!.renderer === (window as unknown as { rendererBefore: unknown }).rendererBefore)).toBe(true);
    expect(await page.evaluate(() => window.__entityGraph!.graph.getNodeAttributes("country:iran"))).toMatchObject({ x: iran.x, y: iran.y });
    await page.click('#curation [data-action="undo"]');
    await expect.poll(() => hasNode("organization:facebook")).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("draws after a merge and its undo what a full redraw of the same view draws, and nothing of the merged node", async () => {
    // Sigma reduces again only what the correction and the new selection change: every other item must look as before.
    const drawn = () =>
      page.evaluate(() => {
        const { graph, renderer } = window.__entityGraph!;
        return {
          nodes: graph.mapNodes((key) => {
            const d = renderer.getNodeDisplayData(key);
            return JSON.stringify([key, d && [d.x, d.y, d.size, d.color, d.label, d.hidden, d.highlighted, d.forceLabel, d.zIndex]]);
          }),
          edges: graph.mapEdges((key) => {
            const d = renderer.getEdgeDisplayData(key);
            return JSON.stringify([key, d && [d.size, d.color, d.hidden, d.zIndex]]);
          }),
        };
      });
    const redrawnInFull = async () => {
      await page.evaluate(() => window.__entityGraph!.renderer.refresh());
      return drawn();
    };
    await search("iran", "country:iran");
    await search("rouhani", "person:hassan-rouhani", true);
    await page.selectOption('#curation select[name="merge-into"]', "country:iran");
    await correct("merge", async () => !(await hasNode("person:hassan-rouhani")));
    await settle(page);
    const merged = await drawn();
    expect(merged.nodes.length).toBeGreaterThan(50);
    expect(await page.evaluate(() => window.__entityGraph!.renderer.getNodeDisplayData("person:hassan-rouhani"))).toBeUndefined();
    expect(merged).toEqual(await redrawnInFull());
    await page.click('#curation [data-action="undo"]');
    await expect.poll(() => hasNode("person:hassan-rouhani")).toBe(true);
    await page.waitForSelector('body[data-state="ready"]');
    await settle(page);
    const undone = await drawn();
    expect(undone).toEqual(await redrawnInFull());
    expect(pageErrors(page)).toEqual([]);
  });

  it("downloads the corrections file, and npm run graph with it gives the graph the page shows", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('#curation [data-action="download-corrections"]')]);
    expect(download.suggestedFilename()).toBe("corrections.json");
    const path = join(harness.dist, "..", "corrections.json");
    await download.saveAs(path);
    downloaded = path;
    const corrections = parseCorrections(readFileSync(path, "utf8"));
    expect(corrections.operations.map((o) => o.op)).toEqual(["merge", "split", "rename"]);

    const out = join(harness.dist, "..", "corrected.json");
    execFileSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--corrections", path, "--out", out, "--quiet"], { cwd: ROOT });
    built = JSON.parse(readFileSync(out, "utf8")) as GraphFile;
    expect(fileGraph(built)).toEqual(await shownGraph(page));
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);

  it("opens a corrections file in another browser, refusing a bad one with its message", async () => {
    const fresh = await harness.open();
    const bad = join(harness.dist, "..", "bad-corrections.json");
    writeFileSync(bad, JSON.stringify({ format: "entity-graph-corrections", version: 1, operations: [{ op: "retype", node: "person:a", type: "event" }] }));
    await fresh.setInputFiles("[data-corrections-input]", bad);
    await expect(fresh.locator('#curation [role="alert"]').textContent()).resolves.toContain('operation 0 (retype): unknown type "event"');
    expect(await fresh.locator("#curation [data-corrections-count]").getAttribute("data-corrections-count")).toBe("0");
    await fresh.setInputFiles("[data-corrections-input]", downloaded);
    await expect.poll(() => fresh.locator("#curation [data-corrections-count]").getAttribute("data-corrections-count")).toBe("3");
    await fresh.waitForSelector('body[data-state="ready"]');
    expect(await shownGraph(fresh)).toEqual(fileGraph(built!));
  });

  it("splits an alias out of the first picked node into the second", async () => {
    const fresh = await harness.open();
    const box = fresh.locator('input[type="search"]');
    for (const [query, shift] of [["khamenei", false], ["rouhani", true]] as const) {
      await box.fill(query);
      await fresh.locator('[role="option"]').first().waitFor();
      await box.press(shift ? "Shift+Enter" : "Enter");
    }
    await fresh.waitForFunction(() => document.querySelector("[data-picked]")?.getAttribute("data-picked") === "person:ali-khamenei person:hassan-rouhani");
    await fresh.selectOption('#curation select[name="split"]', "alias:Ali");
    await fresh.selectOption('#curation select[name="split-into"]', "person:hassan-rouhani");
    await fresh.click('#curation [data-action="split"]');
    await expect.poll(() => fresh.evaluate(() => window.__entityGraph?.graph.getNodeAttribute("person:hassan-rouhani", "aliases"))).toContain("Ali");
    expect(await fresh.evaluate(() => window.__entityGraph!.graph.getNodeAttribute("person:ali-khamenei", "aliases"))).toEqual(["Ali Khamenei"]);
    expect(await fresh.evaluate(() => window.__entityGraph!.graph.hasNode("person:ali"))).toBe(false);
  });

  it("follows a merge in place: the panels show the merged node, and keep what the user set in them", async () => {
    // The sample graph with its documents dated, so that the timeline shows.
    const file = JSON.parse(readFileSync(join(harness.dist, "graph.json"), "utf8")) as GraphFile;
    const dated = structuredClone(file);
    dated.documents.forEach((doc, i) => (doc.date = `2025-01-0${i + 1}`));
    const fresh = await harness.open("", {
      prepare: async (p) => {
        await p.route("**/graph.json", (route) => route.fulfill({ body: JSON.stringify(dated), contentType: "application/json" }));
      },
    });
    await fresh.selectOption('select[data-timeline="measure"]', "mentions");
    await expect(fresh.locator(".timeline__title").textContent()).resolves.toMatch(/^Mentions by/);
    await fresh.click('[data-action="table"]');
    await fresh.waitForSelector('.node-table__row[data-node="person:hassan-rouhani"]');
    const box = fresh.locator('input[type="search"]');
    for (const [query, shift] of [["iran", false], ["rouhani", true]] as const) {
      await box.fill(query);
      await fresh.locator('[role="option"]').first().waitFor();
      await box.press(shift ? "Shift+Enter" : "Enter");
    }
    await fresh.waitForFunction(() => document.querySelector("[data-picked]")?.getAttribute("data-picked") === "country:iran person:hassan-rouhani");
    await fresh.selectOption('#curation select[name="merge-into"]', "country:iran");
    const mentionsOf = (key: string) => fresh.evaluate((key) => window.__entityGraph!.graph.getNodeAttribute(key, "mentions"), key);
    const merged = (await mentionsOf("country:iran")) + (await mentionsOf("person:hassan-rouhani"));
    await fresh.click('#curation [data-action="merge"]');
    await fresh.waitForSelector('body[data-state="ready"]');
    await expect.poll(() => fresh.evaluate(() => window.__entityGraph!.graph.hasNode("person:hassan-rouhani"))).toBe(false);
    expect(await mentionsOf("country:iran")).toBeGreaterThan(0);

    // The details panel: the merged node's counts.
    const details = fresh.locator("#details");
    await expect(details.locator(".details__title").textContent()).resolves.toContain("Iran");
    const shown = await mentionsOf("country:iran");
    expect(shown).toBeLessThanOrEqual(merged);
    await expect(details.locator('.stat:has(dt:text("Mentions")) dd').textContent()).resolves.toBe(String(shown));
    // The timeline still counts mentions, the table is still open and lists the merged node alone.
    await expect(fresh.locator('select[data-timeline="measure"]').inputValue()).resolves.toBe("mentions");
    await expect(fresh.locator(".timeline__title").textContent()).resolves.toMatch(/^Mentions by/);
    await expect(fresh.locator('[data-action="table"]').getAttribute("aria-expanded")).resolves.toBe("true");
    await expect(fresh.locator('.node-table__row[data-node="person:hassan-rouhani"]').count()).resolves.toBe(0);
    await expect(fresh.locator('.node-table__row[data-node="country:iran"] td').nth(2).textContent()).resolves.toBe(String(shown));
    // The filters' range reaches the most mentioned node as it is now.
    const most = await fresh.evaluate(() => Math.max(...window.__entityGraph!.graph.mapNodes((_key, a) => a.mentions)));
    await expect(fresh.locator("#min-mentions").getAttribute("max")).resolves.toBe(String(most));
    // Undo: the same, the other way.
    await fresh.click('#curation [data-action="undo"]');
    await expect.poll(() => fresh.evaluate(() => window.__entityGraph!.graph.hasNode("person:hassan-rouhani"))).toBe(true);
    await fresh.waitForSelector('.node-table__row[data-node="person:hassan-rouhani"]');
    await expect(fresh.locator('select[data-timeline="measure"]').inputValue()).resolves.toBe("mentions");

    // A correction of the node in view leaves its panel where it was scrolled to; another node's starts at the top.
    await fresh.waitForSelector('#details .details__title:has-text("Iran")');
    const scrolledTo = await details.evaluate(async (aside) => {
      aside.scrollTop = 150;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return aside.scrollTop;
    });
    expect(scrolledTo).toBeGreaterThan(0);
    await fresh.fill('#curation input[name="label"]', "Iran Renamed");
    await fresh.click('#curation [data-action="rename"]');
    await fresh.waitForSelector('#details .details__title:has-text("Iran Renamed")');
    await expect(details.evaluate((aside) => aside.scrollTop)).resolves.toBe(scrolledTo);
    await box.fill("putin");
    await fresh.locator('[role="option"]').first().waitFor();
    await box.press("Enter");
    await fresh.waitForSelector('#details .details__title:has-text("Putin")');
    await expect(details.evaluate((aside) => aside.scrollTop)).resolves.toBe(0);
    expect(pageErrors(fresh)).toEqual([]);
  });

  it("shows a hostile label and alias as text in the Curation section, and in the corrections list", async () => {
    const file = JSON.parse(readFileSync(join(harness.dist, "graph.json"), "utf8")) as GraphFile;
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const hostile = structuredClone(file);
    const node = hostile.graph.nodes.find((n) => n.key === "person:hassan-rouhani")!;
    const attributes = node.attributes as EntityNodeAttributes;
    node.attributes = { ...attributes, label: `Rouhani ${evil}`, aliases: [...attributes.aliases, evil] };
    const fresh = await harness.open("#node=person:hassan-rouhani", {
      prepare: async (p) => {
        await p.route("**/graph.json", (route) => route.fulfill({ body: JSON.stringify(hostile), contentType: "application/json" }));
      },
    });
    await fresh.waitForSelector("#curation .curation__chip");
    await expect(fresh.locator("#curation .curation__chip").first().textContent()).resolves.toContain(evil);
    await expect(fresh.locator('#curation select[name="split"] option', { hasText: "onerror" }).count()).resolves.toBe(1);
    await fresh.fill('#curation input[name="name"]', evil);
    await fresh.click('#curation [data-action="stop"]');
    await expect.poll(() => fresh.locator("#curation [data-corrections-count]").getAttribute("data-corrections-count")).toBe("1");
    await expect(fresh.locator("#curation .curation__list").textContent()).resolves.toContain(evil);
    await expect(fresh.locator("#curation img, #curation script").count()).resolves.toBe(0);
    await expect(fresh.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
  });

  it("corrects a split graph once its sentences are loaded, and loads them itself after a reload", async () => {
    // The built page again, in a folder of its own, with the sample graph in the split form.
    const site = join(harness.dist, "split");
    mkdirSync(site);
    for (const name of readdirSync(harness.dist)) {
      if (name !== "split" && name !== "graph.json") cpSync(join(harness.dist, name), join(site, name), { recursive: true });
    }
    const file = JSON.parse(readFileSync(join(harness.dist, "graph.json"), "utf8")) as GraphFile;
    for (const [path, content] of Object.entries(splitGraphFile(file, { chunkBytes: 16_000 }))) {
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), content);
    }
    page = await harness.open("", { path: "split/" });
    expect(await page.evaluate(() => window.__entityGraph!.explorer.evidence.split)).toBe(true);
    await page.click('#curation [data-action="load-sentences"]');
    await expect.poll(() => page.evaluate(() => window.__entityGraph?.explorer.evidence.split)).toBe(false);
    await page.waitForSelector('body[data-state="ready"]');
    await search("facebook", "organization:facebook");
    await correct("remove", async () => !(await hasNode("organization:facebook")));

    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    await expect.poll(() => hasNode("organization:facebook"), { timeout: 20_000 }).toBe(false);
    expect(await count()).toBe("1");
    expect(pageErrors(page)).toEqual([]);
  }, 120_000);
});
