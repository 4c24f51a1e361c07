// End to end: the explorer built and served, the sample corpus's real graph, Debian's chromium. Clicks
// nodes and edges where sigma draws them, searches, filters, reloads shared links, and draws the README's
// screenshot (UPDATE_SCREENSHOT=1 writes it to docs/explorer.png).
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { ROOT, countPixels, edgePosition, nodePosition, pageErrors, settle, startHarness, type Harness } from "./explorer-harness.ts";

const PUTIN = "person:vladimir-putin";
const ROUHANI = "person:hassan-rouhani";
const HMEIMIM = "place:hmeimim";
const COLOURS = {
  person: [228, 87, 46],
  country: [41, 128, 185],
  place: [39, 174, 96],
} satisfies Record<string, [number, number, number]>;

let harness: Harness;
let sample: GraphFile;

beforeAll(async () => {
  harness = await startHarness();
  sample = JSON.parse(readFileSync(join(harness.dist, "graph.json"), "utf8")) as GraphFile;
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const panel = (page: Page) => page.locator('aside[aria-label="Details"]');
const panelTitle = (page: Page) => panel(page).locator(".details__title");
const sentences = (page: Page) => panel(page).locator(".sentence");
const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const edgeWeight = (a: string, b: string) =>
  sample.graph.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a))?.attributes?.weight ?? 0;

async function clickNode(page: Page, key: string): Promise<void> {
  const { x, y } = await nodePosition(page, key);
  await page.mouse.click(x, y);
}

/** Viewport distance between a node and the centre of the graph container, once the camera has stopped. */
async function distanceFromCentre(page: Page, key: string): Promise<number> {
  await settle(page);
  return page.evaluate((key) => {
    const { renderer, graph } = window.__entityGraph!;
    const { x, y } = renderer.graphToViewport(graph.getNodeAttributes(key));
    const { width, height } = renderer.getDimensions();
    return Math.hypot(x - width / 2, y - height / 2);
  }, key);
}

describe("the explorer on the sample corpus", () => {
  it("draws the graph on the WebGL canvas, in the legend's colours", async () => {
    const page = await harness.open();
    const pixels = await countPixels(page, COLOURS);
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.01);
    expect(pixels.person).toBeGreaterThan(200);
    expect(pixels.country).toBeGreaterThan(200);
    expect(pixels.place).toBeGreaterThan(50);
    await expect(page.locator("#status").isHidden()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("shows download progress while the graph loads", async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/graph.json", async (route) => {
      const response = await route.fetch();
      await held;
      await route.fulfill({ response });
    });
    await page.goto(harness.url);
    await expect(page.locator("#status .status__title").textContent()).resolves.toMatch(/Loading graph/);
    await expect(page.locator("#status [role=progressbar]").count()).resolves.toBe(1);
    release();
    await page.waitForSelector('body[data-state="ready"]');
    await expect(page.locator("#status").isHidden()).resolves.toBe(true);
    await context.close();
  });

  it("opens Putin's sentences when his node is clicked, and moves the camera to him", async () => {
    const page = await harness.open();
    await clickNode(page, PUTIN);
    await expect(panelTitle(page).textContent()).resolves.toBe("Vladimir Putin");
    const texts = await sentences(page).allTextContents();
    expect(texts.length).toBeGreaterThan(5);
    for (const text of texts) expect(text).toMatch(/Putin/);
    const marks = await sentences(page).evaluateAll((items) => items.map((item) => item.querySelectorAll("mark.mention--focus").length));
    expect(marks.every((count) => count >= 1)).toBe(true);
    // Other entities in the sentences are buttons; documents head their groups.
    expect(await panel(page).locator(".sentence button.mention").count()).toBeGreaterThan(0);
    expect(await panel(page).locator(".doc__title").count()).toBeGreaterThan(1);
    expect(hash(page)).toBe(`#node=${PUTIN}`);
    expect(await distanceFromCentre(page, PUTIN)).toBeLessThan(3);
    expect(pageErrors(page)).toEqual([]);
  });

  it("lists the neighbours heaviest first", async () => {
    const page = await harness.open(`#node=${PUTIN}`);
    const weights = await panel(page)
      .locator("[data-pair] .entity-row__detail")
      .allTextContents()
      .then((texts) => texts.map((text) => Number.parseInt(text.replace(/,/g, ""), 10)));
    expect(weights.length).toBeGreaterThan(5);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
    expect(weights[0]).toBeGreaterThan(1);
  });

  it("shows only the sentences naming both when the Putin–Rouhani edge is clicked", async () => {
    const page = await harness.open();
    await clickNode(page, PUTIN);
    await page.waitForTimeout(400); // a second click within 300 ms would be a double-click
    const { x, y } = await edgePosition(page, PUTIN, ROUHANI);
    await page.mouse.click(x, y);
    await page.waitForSelector('aside[aria-label="Details"][data-view="pair"]');
    await expect(panelTitle(page).textContent()).resolves.toBe("Vladimir Putin — Hassan Rouhani");
    const texts = await sentences(page).allTextContents();
    const shared = new Set(texts).size;
    expect(shared).toBe(edgeWeight(PUTIN, ROUHANI));
    for (const text of texts) {
      expect(text).toMatch(/Putin/);
      expect(text).toMatch(/Rouhani/);
    }
    const marks = await sentences(page).evaluateAll((items) => items.map((item) => item.querySelectorAll("mark.mention--focus").length));
    expect(marks.every((count) => count >= 2)).toBe(true);
    expect(hash(page)).toBe(`#node=${PUTIN}&with=${ROUHANI}`);
  });

  it("lists what links Putin and Rouhani, and a click on a label keeps only its sentences", async () => {
    const relations = sample.graph.edges.find((e) => (e.source === PUTIN && e.target === ROUHANI) || (e.source === ROUHANI && e.target === PUTIN))?.attributes?.relations ?? [];
    const ask = relations.findIndex((r) => r.label === "ask");
    expect(ask).toBeGreaterThanOrEqual(0);
    const page = await harness.open(`#node=${PUTIN}&with=${ROUHANI}`);
    await page.waitForSelector('aside[aria-label="Details"][data-view="pair"]');
    const buttons = panel(page).locator("[data-relation]");
    await expect(buttons.allTextContents()).resolves.toContain(`Hassan Rouhani → ask → Vladimir Putin · ${relations[ask]!.count}`);
    // A sentence is listed under every document it is in: count them by text.
    const distinct = async () => new Set(await sentences(page).allTextContents()).size;
    await expect(distinct()).resolves.toBe(edgeWeight(PUTIN, ROUHANI));
    await panel(page).locator(`[data-relation="${ask}"]`).click();
    await page.waitForSelector('[data-relation][aria-pressed="true"]');
    await expect(distinct()).resolves.toBe(relations[ask]!.count);
    for (const text of await sentences(page).allTextContents()) expect(text).toMatch(/Rouhani asked Putin/);
    // Again, or "Show every shared sentence": all of them back.
    await panel(page).locator('[data-relation="-1"]').click();
    await page.waitForSelector('[data-relation][aria-pressed="true"]', { state: "detached" });
    await expect(distinct()).resolves.toBe(edgeWeight(PUTIN, ROUHANI));
  });

  it("shows the same sentences when Rouhani is picked among Putin's neighbours", async () => {
    const page = await harness.open(`#node=${PUTIN}`);
    await panel(page).locator(`[data-pair="${ROUHANI}"]`).click();
    await page.waitForSelector('aside[aria-label="Details"][data-view="pair"]');
    const texts = await sentences(page).allTextContents();
    expect(new Set(texts).size).toBe(edgeWeight(PUTIN, ROUHANI));
    for (const text of texts) expect(text).toMatch(/Putin[\s\S]*Rouhani|Rouhani[\s\S]*Putin/);
    // The edge between them is drawn highlighted, and the rest of the graph steps back.
    const display = await page.evaluate(
      ([a, b]) => {
        const { renderer, graph } = window.__entityGraph!;
        return {
          edge: renderer.getEdgeDisplayData(graph.edge(a!, b!)!)?.color,
          other: renderer.getNodeDisplayData("country:france")?.color ?? null,
        };
      },
      [PUTIN, ROUHANI],
    );
    expect(display.edge).toBe("rgb(217, 119, 6)");
    if (display.other !== null) expect(display.other).toBe("rgb(226, 229, 234)");
  });

  it("opens another entity from a name inside a sentence", async () => {
    const page = await harness.open(`#node=${PUTIN}`);
    const mention = panel(page).locator(".sentence button.mention").first();
    const key = await mention.getAttribute("data-node");
    await mention.click();
    await page.waitForFunction((key) => decodeURIComponent(location.hash) === `#node=${key}`, key);
    const label = sample.graph.nodes.find((node) => node.key === key)?.attributes?.label;
    await expect(panelTitle(page).textContent()).resolves.toBe(label);
  });

  it("fades everything but a hovered node and its neighbours", async () => {
    const page = await harness.open();
    const { x, y } = await nodePosition(page, HMEIMIM);
    await page.mouse.move(x, y);
    await page.waitForFunction((key) => window.__entityGraph!.explorer.store.get().hovered === key, HMEIMIM);
    const colours = await page.evaluate((key) => {
      const { renderer, graph } = window.__entityGraph!;
      const neighbours = new Set(graph.neighbors(key));
      const faded = new Set<string>();
      const kept = new Set<string>();
      graph.forEachNode((node) => {
        const colour = renderer.getNodeDisplayData(node)!.color;
        (colour === "rgb(226, 229, 234)" ? faded : kept).add(node);
      });
      return { neighbours: [...neighbours], kept: [...kept], faded: faded.size, order: graph.order };
    }, HMEIMIM);
    expect(new Set(colours.kept)).toEqual(new Set([HMEIMIM, ...colours.neighbours]));
    expect(colours.faded).toBe(colours.order - colours.kept.length);
  });

  it("finds Hmeimim from the search box and flies to it", async () => {
    const page = await harness.open();
    const search = page.locator('input[type="search"]');
    await search.fill("hmeimim");
    await expect(page.locator('[role="option"]').first().textContent()).resolves.toContain("Hmeimim");
    await search.press("Enter");
    await expect(panelTitle(page).textContent()).resolves.toBe("Hmeimim");
    expect(hash(page)).toBe(`#node=${HMEIMIM}`);
    expect(await distanceFromCentre(page, HMEIMIM)).toBeLessThan(3);
  });

  it.each([
    ["erdogan", "Recep Tayyip Erdoğan"],
    ["al-assad", "Bashar al-Assad"],
    ["ROUHANI", "Hassan Rouhani"],
  ])("suggests first, for %j, %s", async (query, label) => {
    const page = await harness.open();
    await page.locator('input[type="search"]').fill(query);
    await expect(page.locator('[role="option"] .search__label').first().textContent()).resolves.toBe(label);
  });

  it("hides places when the legend's Places entry is clicked", async () => {
    const page = await harness.open();
    const before = await countPixels(page, COLOURS);
    expect(before.place).toBeGreaterThan(50);
    const places = sample.graph.nodes.filter((node) => node.attributes?.type === "place").map((node) => node.key);
    await page.click('.legend__item[data-type="place"]');
    await page.waitForFunction(() => location.hash.includes("hide=place"));
    await expect(page.locator('.legend__item[data-type="place"]').getAttribute("aria-pressed")).resolves.toBe("false");
    const hidden = await page.evaluate(
      (keys) => keys.filter((key) => window.__entityGraph!.renderer.getNodeDisplayData(key)?.hidden),
      places,
    );
    expect(hidden).toEqual(places);
    await settle(page);
    const after = await countPixels(page, COLOURS);
    expect(after.place).toBe(0);
    expect(after.person).toBeGreaterThan(200);
    await expect(page.locator(".stage__summary").textContent()).resolves.toMatch(
      new RegExp(`^${sample.graph.nodes.length - places.length} of ${sample.graph.nodes.length} entities`),
    );
  });

  it("makes the legend counts follow the mention and document filters", async () => {
    const page = await harness.open();
    const counts = () => page.locator(".legend__count").allTextContents().then((texts) => texts.map(Number));
    const all = await counts();
    expect(all.reduce((a, b) => a + b, 0)).toBe(sample.graph.nodes.length);

    await page.fill("#min-mentions", "5");
    await page.locator("#min-mentions").dispatchEvent("change");
    await page.waitForFunction(() => location.hash.includes("minMentions=5"));
    const frequent = await counts();
    const expected = sample.graph.nodes.filter((node) => (node.attributes?.mentions ?? 0) >= 5).length;
    expect(frequent.reduce((a, b) => a + b, 0)).toBe(expected);
    expect(expected).toBeLessThan(sample.graph.nodes.length);

    await page.fill("#min-mentions", "1");
    await page.locator("#min-mentions").dispatchEvent("change");
    const only = sample.documents.find((doc) => doc.id.startsWith("newsweek"))!;
    await page.click('.documents-field button:text("None")');
    await page.check(`input[data-document="${only.id}"]`);
    await page.waitForFunction(() => (location.hash.match(/skipDoc=/g) ?? []).length === 4);
    const oneDocument = (await counts()).reduce((a, b) => a + b, 0);
    const named = new Set(sample.sentences.filter((s) => s.documents.includes(only.id)).flatMap((s) => s.mentions.map((m) => m.entity)));
    expect(oneDocument).toBe(named.size);

    // Putin's panel now lists only that article's sentences.
    await page.locator('input[type="search"]').fill("putin");
    await page.locator('input[type="search"]').press("Enter");
    const titles = await panel(page).locator(".doc").evaluateAll((docs) => docs.map((doc) => doc.getAttribute("data-document")));
    expect(titles).toEqual([only.id]);
    // Its Documents count is that article alone, as the export counts it.
    const putinDocuments = sample.graph.nodes.find((node) => node.key === PUTIN)?.attributes?.documents;
    await expect(panel(page).locator('.stat:has(dt:text("Documents")) dd').textContent()).resolves.toBe(`1 of ${putinDocuments}`);
  });

  it("brings back the same view from a shared link, and after a reload", async () => {
    const page = await harness.open();
    await clickNode(page, PUTIN);
    await page.click('.legend__item[data-type="place"]');
    await page.waitForFunction(() => location.hash.includes("hide=place"));
    await panel(page).locator(`[data-pair="${ROUHANI}"]`).click();
    await page.waitForSelector('aside[aria-label="Details"][data-view="pair"]');
    const shared = page.url();
    expect(hash(page)).toBe(`#node=${PUTIN}&with=${ROUHANI}&hide=place`);
    const expectedTexts = await sentences(page).allTextContents();

    const other = await harness.open(new URL(shared).hash);
    await expect(panelTitle(other).textContent()).resolves.toBe("Vladimir Putin — Hassan Rouhani");
    await expect(sentences(other).allTextContents()).resolves.toEqual(expectedTexts);
    await expect(other.locator('.legend__item[data-type="place"]').getAttribute("aria-pressed")).resolves.toBe("false");

    await other.reload();
    await other.waitForSelector('body[data-state="ready"]');
    await expect(panelTitle(other).textContent()).resolves.toBe("Vladimir Putin — Hassan Rouhani");
    expect(hash(other)).toBe(`#node=${PUTIN}&with=${ROUHANI}&hide=place`);

    // Back returns to the previous selection.
    await page.goBack();
    await expect(panelTitle(page).textContent()).resolves.toBe("Vladimir Putin");
  });

  it("clears the selection with Escape", async () => {
    const page = await harness.open(`#node=${PUTIN}&hide=place`);
    await expect(panelTitle(page).textContent()).resolves.toBe("Vladimir Putin");
    await page.keyboard.press("Escape");
    await page.waitForSelector('aside[aria-label="Details"][data-view="overview"]');
    expect(hash(page)).toBe("#hide=place");
  });

  it("runs ForceAtlas2 in a worker while the page keeps drawing frames, and stops it", async () => {
    const page = await harness.open();
    const positions = () => page.evaluate(() => window.__entityGraph!.graph.mapNodes((_node, { x, y }) => [x, y]));
    const before = await positions();
    await page.click('[data-action="layout"]');
    await page.waitForSelector('#layout-control[data-layout="running"]');
    // The page draws frames while the layout runs in its worker: five animation frames go by with the
    // layout still running (a layout on the main thread would hold every frame until it ended). Counted in
    // frames, not in time, so a slow machine passes as well.
    const framesWhileRunning = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          const tick = () => {
            const running = document.querySelector("#layout-control")?.getAttribute("data-layout") === "running";
            if (running) count++;
            if (count < 5 && running) requestAnimationFrame(tick);
            else resolve(count);
          };
          requestAnimationFrame(tick);
        }),
    );
    expect(framesWhileRunning).toBe(5);
    await page.click('[data-action="layout"]');
    await page.waitForSelector('#layout-control[data-layout="stopped"]');
    const moved = await positions();
    expect(moved).not.toEqual(before);
    await page.waitForTimeout(300);
    expect(await positions()).toEqual(moved);
    await page.click('[data-action="reset-layout"]');
    expect(await positions()).toEqual(before);
    expect(pageErrors(page)).toEqual([]);
  });

  it("draws the README screenshot (written to docs/explorer.png with UPDATE_SCREENSHOT=1)", async () => {
    const page = await harness.open(`#node=${PUTIN}`, { viewport: { width: 1400, height: 860 } });
    await settle(page);
    // A test run leaves the checkout as it found it; refreshing the picture is asked for.
    const update = process.env.UPDATE_SCREENSHOT === "1";
    if (update) mkdirSync(join(ROOT, "docs"), { recursive: true });
    const png = await page.screenshot(update ? { path: join(ROOT, "docs/explorer.png") } : {});
    expect(png.length).toBeGreaterThan(50_000);
  });
});

describe("the explorer on other graph files", () => {
  const openWith = async (body: string, status = 200) => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.route("**/graph.json", (route) => route.fulfill({ status, body, contentType: "application/json" }));
    return { page, context };
  };

  it.each([
    ["a missing graph file", "", 404, /no graph file at graph\.json \(HTTP 404\)/, /npm run graph/],
    ["a graph file that is not JSON", "{ not json", 200, /not a valid entity graph: the JSON does not parse/, /npm run graph/],
    ["a JSON file of another kind", '{"nodes": []}', 200, /"format" is undefined/, /npm run graph/],
  ])("explains %s in the page", async (_name, body, status, message, hint) => {
    const { page, context } = await openWith(body, status);
    await page.goto(harness.url);
    await page.waitForSelector('body[data-state="error"]');
    await expect(page.locator("#status [role=alert]").textContent()).resolves.toBe("Could not load the graph");
    await expect(page.locator("#status .status__message").textContent()).resolves.toMatch(message);
    await expect(page.locator("#status .status__hint").textContent()).resolves.toMatch(hint);
    await context.close();
  });

  it("inserts document text as text, never as HTML, and links only http(s) URLs", async () => {
    const hostile = structuredClone(sample);
    const evil = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    hostile.documents = hostile.documents.map((doc, i) => ({ ...doc, title: `${evil} ${doc.title}`, url: i === 0 ? "javascript:window.__pwned=3" : doc.url }));
    const putinSentences = new Set(hostile.sentences.filter((s) => s.mentions.some((m) => m.entity === PUTIN)).map((s) => s.id));
    hostile.sentences = hostile.sentences.map((s) => (putinSentences.has(s.id) ? { ...s, text: s.text + ` ${evil}` } : s));
    const node = hostile.graph.nodes.find((n) => n.key === PUTIN)!;
    node.attributes = { ...node.attributes!, aliases: [...node.attributes!.aliases, evil] };
    const { page, context } = await openWith(JSON.stringify(hostile));
    await page.goto(`${harness.url}#node=${PUTIN}`);
    await page.waitForSelector('body[data-state="ready"]');
    await expect(panel(page).locator("img, script").count()).resolves.toBe(0);
    await expect(panel(page).textContent()).resolves.toContain(evil);
    await expect(panel(page).locator('a[href^="javascript"]').count()).resolves.toBe(0);
    await expect(panel(page).locator('a[href^="https://"]').count()).resolves.toBeGreaterThan(0);
    await page.locator('input[type="search"]').fill("<img");
    await expect(page.locator(".search__suggestions img").count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await context.close();
  });

  it("pages a hub's thousands of sentences instead of rendering them all", async () => {
    const synthetic = createSyntheticGraphFile({ nodes: 2_000, edges: 12_000, seed: 7 });
    const hub = synthetic.graph.nodes[0]!;
    const { page, context } = await openWith(JSON.stringify(synthetic));
    await page.goto(`${harness.url}#node=${encodeURIComponent(hub.key)}`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
    // The node's summary and its top 10 neighbours come first, then its sentences.
    const section = panel(page).locator(".details__section").filter({ has: page.locator("h3", { hasText: /^Sentences/ }) });
    const total = await section.locator("h3").textContent();
    expect(Number(/\(([\d,]+)\)/.exec(total ?? "")?.[1]?.replace(/,/g, ""))).toBeGreaterThan(1_000);
    await expect(sentences(page).count()).resolves.toBe(40);
    await section.locator("button.more").click();
    await expect(sentences(page).count()).resolves.toBe(80);
    await expect(panel(page).locator("[data-pair]").count()).resolves.toBe(10);
    await context.close();
  });
});
