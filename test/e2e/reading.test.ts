// End to end, reading a graph: Focus (URL, depth, expand, Back), paths between two entities (Assad → Zarif
// on the sample corpus, sentences per hop), re-fit, the panel's order, suggestions with type and count,
// the full-text search and the document reader, in Debian's chromium on the sample corpus's real graph.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { UndirectedGraph } from "graphology";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pathsBetween } from "../../src/app/paths-between.ts";
import { FADED_NODE_COLOR } from "../../src/app/reducers.ts";
import { DEFAULT_FOCUS_CAP } from "../../src/app/url-state.ts";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes, GraphFile } from "../../src/graph/types.ts";
import { pageErrors, settle, startHarness, type Harness } from "./explorer-harness.ts";

const ASSAD = "person:bashar-al-assad";
const ZARIF = "person:mohammad-javad-zarif";
const PUTIN = "person:vladimir-putin";
const IRAN = "country:iran";

let harness: Harness;
let sample: GraphFile;
let graph: EntityGraph;

beforeAll(async () => {
  harness = await startHarness();
  sample = JSON.parse(readFileSync(join(harness.dist, "graph.json"), "utf8")) as GraphFile;
  graph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  graph.import(sample.graph);
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

const panel = (page: Page) => page.locator('aside[aria-label="Details"]');
const bar = (page: Page) => page.locator("#scope-bar");
const reading = (page: Page) => page.locator("#reading");
const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const label = (key: string) => graph.getNodeAttribute(key, "label");

/** The nodes sigma draws (not hidden), and whether each is inside the graph container once the camera stops. */
async function drawn(page: Page): Promise<{ shown: string[]; outside: string[]; ratio: number }> {
  await settle(page);
  return page.evaluate(() => {
    const { renderer, graph } = window.__entityGraph!;
    const { width, height } = renderer.getDimensions();
    const shown: string[] = [];
    const outside: string[] = [];
    graph.forEachNode((node, attributes) => {
      // A focus draws its neighbourhood's graph alone: a node sigma has no display data for is not drawn.
      const data = renderer.getNodeDisplayData(node);
      if (!data || data.hidden) return;
      shown.push(node);
      const { x, y } = renderer.graphToViewport(attributes);
      if (x < 0 || y < 0 || x > width || y > height) outside.push(node);
    });
    return { shown, outside, ratio: renderer.getCamera().ratio };
  });
}

/** Neighbours of a node by weight (heaviest first, then key), as the focus ranks them. */
function strongest(node: string, count: number): string[] {
  return graph
    .mapEdges(node, (edge, attributes, source, target) => ({ other: source === node ? target : source, weight: attributes.weight }))
    .sort((a, b) => b.weight - a.weight || (a.other < b.other ? -1 : 1))
    .slice(0, count)
    .map(({ other }) => other);
}

describe("Focus", () => {
  it("shows only a node's strongest neighbours, framed, then expands one, goes two steps deep and back", async () => {
    const page = await harness.open(`#node=${IRAN}`);
    // The panel: summary and neighbours before the sentences.
    const sections = await panel(page).locator(".details__section h3").allTextContents();
    expect(sections[0]).toMatch(/^Neighbours \(/);
    expect(sections[1]).toMatch(/^Sentences \(/);
    expect(await panel(page).locator(".entity-list li").count()).toBe(Math.min(10, graph.degree(IRAN)));

    await panel(page).locator('[data-scope-action="focus"]').click();
    expect(hash(page)).toBe(`#focus=${IRAN}&depth=1&node=${IRAN}`);
    await expect(bar(page).locator(".scope-bar__title").textContent()).resolves.toBe(`Focus: ${label(IRAN)}`);
    const focused = await drawn(page);
    expect(new Set(focused.shown)).toEqual(new Set([IRAN, ...strongest(IRAN, DEFAULT_FOCUS_CAP)]));
    expect(focused.shown.length).toBeLessThan(graph.order);
    expect(focused.outside).toEqual([]);

    // A smaller cap keeps the strongest links.
    await bar(page).locator("input[data-cap]").fill("5");
    await bar(page).locator("input[data-cap]").press("Enter");
    await page.waitForFunction(() => location.hash.includes("cap=5"));
    expect(new Set((await drawn(page)).shown)).toEqual(new Set([IRAN, ...strongest(IRAN, 5)]));

    // Expand a neighbour (picked in the panel's list): its own neighbours join.
    const neighbour = strongest(IRAN, 5).find((node) => graph.degree(node) > 6)!;
    await page.locator('input[type="search"]').fill(label(neighbour));
    await page.locator('input[type="search"]').press("Enter");
    await panel(page).locator('[data-scope-action="expand"]').click();
    await page.waitForFunction((node) => decodeURIComponent(location.hash).includes(`expand=${node}`), neighbour);
    const expanded = new Set((await drawn(page)).shown);
    for (const node of [IRAN, ...strongest(IRAN, 5)]) expect(expanded.has(node)).toBe(true);
    expect(expanded.size).toBeGreaterThan(6);
    expect([...expanded].filter((node) => !graph.areNeighbors(node, IRAN) && node !== IRAN).every((node) => graph.areNeighbors(node, neighbour))).toBe(true);
    expect((await drawn(page)).outside).toEqual([]);

    // Depth 2 reaches neighbours of neighbours.
    await bar(page).locator('[data-depth="2"]').click();
    await page.waitForFunction(() => location.hash.includes("depth=2"));
    const deep = (await drawn(page)).shown;
    expect(deep.some((node) => node !== IRAN && !graph.areNeighbors(node, IRAN) && !graph.areNeighbors(node, neighbour))).toBe(true);

    // Back: the whole graph, framed whole again.
    await bar(page).locator("[data-scope-back]").click();
    expect(hash(page)).not.toContain("focus=");
    await expect(bar(page).isHidden()).resolves.toBe(true);
    const whole = await drawn(page);
    expect(whole.shown).toHaveLength(graph.order);
    expect(whole.ratio).toBeCloseTo(1, 1);
    expect(pageErrors(page)).toEqual([]);
  });

  it("opens on a shared focus link, and the browser's Back leaves the focus", async () => {
    const page = await harness.open(`#node=${PUTIN}`);
    await page.goto(`${harness.url}#focus=${PUTIN}&depth=1&cap=4`);
    await page.waitForFunction(() => document.querySelector("#scope-bar")?.textContent?.includes("Focus"));
    expect(new Set((await drawn(page)).shown)).toEqual(new Set([PUTIN, ...strongest(PUTIN, 4)]));
    await page.goBack();
    await page.waitForFunction(() => !location.hash.includes("focus="));
    expect((await drawn(page)).shown).toHaveLength(graph.order);
  });

  it("re-fits the camera to what a filter leaves", async () => {
    const page = await harness.open();
    await page.evaluate(() => window.__entityGraph!.explorer.store.setFilters({ minMentions: 20 }));
    const filtered = await drawn(page);
    expect(filtered.shown.length).toBeLessThan(graph.order / 4);
    expect(filtered.outside).toEqual([]);
    expect(filtered.ratio).toBeLessThan(1);
  });
});

describe("Paths", () => {
  it("lists the shortest paths from Assad to Zarif, heaviest first, each hop with its shared sentences, and highlights them", async () => {
    const expected = pathsBetween(graph, ASSAD, ZARIF, { limit: 5, isShown: () => true, weight: (edge) => graph.getEdgeAttribute(edge, "weight") });
    expect(expected.length).toBeGreaterThan(0);
    const page = await harness.open(`#path=${ASSAD},${ZARIF}`);
    await expect(panel(page).locator(".details__title").textContent()).resolves.toBe(`Paths from ${label(ASSAD)} to ${label(ZARIF)}`);
    await expect(bar(page).textContent()).resolves.toContain(`${expected.length} paths of ${expected[0]!.edges.length} links`);
    const titles = await panel(page).locator(".path__title").allTextContents();
    expect(titles.map((title) => title.split(" · ")[0])).toEqual(expected.map((path, i) => `Path ${i + 1}: ${path.nodes.map(label).join(" → ")}`));

    // Each hop lists the sentences the two share: as many as the link's weight, each naming both. They fill
    // in after the paths are painted, each hop saying "Loading sentences…" until then.
    await page.waitForSelector('aside[aria-label="Details"][data-view="paths"]:not([data-loading])');
    await expect(panel(page).locator(".path__hop .evidence__loading").count()).resolves.toBe(0);
    const hops = await panel(page)
      .locator(".path__hop")
      .evaluateAll((items) =>
        items.map((item) => ({
          hop: item.getAttribute("data-hop")!,
          ids: [...new Set([...item.querySelectorAll(".sentence__read")].map((read) => (read as HTMLElement).dataset.sentence))],
          sentences: [...item.querySelectorAll(".sentence")].map((s) => [...s.querySelectorAll("[data-node], mark")].map((m) => (m as HTMLElement).dataset.node ?? "focus")),
        })),
      );
    expect(hops).toHaveLength(expected.reduce((sum, path) => sum + path.edges.length, 0));
    for (const { hop, ids, sentences } of hops) {
      const [a, b] = hop.split(",") as [string, string];
      // Every shared sentence (the sample's links have fewer than a page of 40), a sentence in two documents under both.
      expect(new Set(ids)).toEqual(new Set(graph.getEdgeAttribute(graph.edge(a, b)!, "sentences")));
      // Both ends are the focused (marked) mentions of every sentence of the hop.
      for (const marks of sentences) expect(marks.filter((m) => m === "focus").length).toBeGreaterThanOrEqual(2);
    }

    // On the graph: the paths' nodes in colour, the rest faded; framed.
    const colours = await page.evaluate(() => {
      const { renderer, graph } = window.__entityGraph!;
      return Object.fromEntries(graph.mapNodes((node) => [node, renderer.getNodeDisplayData(node)!.color]));
    });
    const onPath = new Set(expected.flatMap((path) => path.nodes));
    for (const [node, colour] of Object.entries(colours)) expect(colour === FADED_NODE_COLOR).toBe(!onPath.has(node));
    const view = await drawn(page);
    expect(view.outside.filter((node) => onPath.has(node))).toEqual([]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("picks the other end with Paths to… and the search box", async () => {
    const page = await harness.open(`#node=${ASSAD}`);
    await panel(page).locator('[data-scope-action="paths"]').click();
    await expect(bar(page).textContent()).resolves.toContain(`Paths from ${label(ASSAD)}: click or search the other entity`);
    await page.locator('input[type="search"]').fill("zarif");
    await page.locator('input[type="search"]').press("Enter");
    await page.waitForFunction(() => location.hash.startsWith("#path="));
    expect(hash(page)).toBe(`#path=${ASSAD},${ZARIF}`);
    await expect(panel(page).locator(".details__title").textContent()).resolves.toBe(`Paths from ${label(ASSAD)} to ${label(ZARIF)}`);
  });
});

describe("Search suggestions and the text", () => {
  it("say each entity's type and mentions, with no two rows alike", async () => {
    const page = await harness.open();
    await page.locator('input[type="search"]').fill("iran");
    const rows = await page.locator('[role="option"]').allTextContents();
    expect(rows[0]).toBe(`${label(IRAN)} · country · ${graph.getNodeAttribute(IRAN, "mentions")}`);
    expect(rows.slice(0, -1).every((row) => / · (person|country|place|organisation|group) · \d+/.test(row))).toBe(true);
    expect(new Set(rows).size).toBe(rows.length);
    expect(rows[rows.length - 1]).toBe("Search the text for “iran”");
  });

  it("lists the sentences containing a phrase, the phrase and the entities marked, from Enter", async () => {
    const phrase = "nuclear";
    const containing = sample.sentences.filter((s) => s.text.toLowerCase().includes(phrase));
    const page = await harness.open();
    await page.locator('input[type="search"]').fill(phrase);
    await page.locator('input[type="search"]').press("Enter");
    await page.waitForSelector("#reading .sentence");
    await expect(reading(page).locator(".reading__title").textContent()).resolves.toBe(`Sentences containing “${phrase}”`);
    const listed = await reading(page).locator(".sentence").evaluateAll((items) => items.map((item) => item.getAttribute("data-sentence")));
    // A sentence in two documents is listed under both.
    expect(new Set(listed)).toEqual(new Set(containing.map((s) => s.id)));
    expect(listed).toHaveLength(containing.reduce((sum, s) => sum + s.documents.length, 0));
    const marks = await reading(page).locator("mark.text-hit").allTextContents();
    expect(marks.length).toBeGreaterThanOrEqual(containing.length);
    for (const mark of marks) expect(mark.toLowerCase()).toBe(phrase);
    // Entities are clickable: a click selects one.
    const mention = reading(page).locator("button.mention").first();
    const node = (await mention.getAttribute("data-node"))!;
    await mention.click();
    await expect(panel(page).locator(".details__title").first().textContent()).resolves.toContain(label(node));
    // Enter on an entity's name still selects it.
    await page.locator('input[type="search"]').fill("zarif");
    await page.locator('input[type="search"]').press("Enter");
    expect(hash(page)).toBe(`#node=${ZARIF}`);
  });

  it("searches the text from the last suggestion too", async () => {
    const page = await harness.open();
    await page.locator('input[type="search"]').fill("putin");
    await page.locator("[data-text-search]").dispatchEvent("mousedown");
    await page.waitForSelector("#reading .sentence");
    const count = sample.sentences.filter((s) => s.text.toLowerCase().includes("putin")).reduce((sum, s) => sum + s.documents.length, 0);
    await expect(reading(page).locator(".sentence").count()).resolves.toBe(count);
  });
});

describe("The document reader", () => {
  it("opens a sentence's whole document, every mention clickable, the sentence in view", async () => {
    const page = await harness.open(`#node=${ZARIF}`);
    const read = panel(page).locator(".sentence__read").last();
    const documentId = (await read.getAttribute("data-read"))!;
    const sentenceId = (await read.getAttribute("data-sentence"))!;
    await read.click();
    await page.waitForSelector("#reading .reader__sentence");
    const doc = sample.documents.find((d) => d.id === documentId)!;
    await expect(reading(page).locator(".reading__title").textContent()).resolves.toBe(doc.title || doc.id);
    const ofDocument = sample.sentences.filter((s) => s.documents.includes(documentId));
    const shown = await reading(page).locator(".reader__sentence").evaluateAll((items) => items.map((item) => item.getAttribute("data-sentence")));
    expect(shown).toEqual(ofDocument.map((s) => s.id));
    // Every mention of the document is a button for its entity.
    const mentions = await reading(page).locator(".reader button.mention").evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.node));
    expect(mentions).toEqual(ofDocument.flatMap((s) => [...s.mentions].sort((a, b) => a.start - b.start).map((m) => m.entity)));
    // The sentence opened from is marked and scrolled into the panel's view.
    const target = reading(page).locator(".reader__sentence--target");
    await expect(target.getAttribute("data-sentence")).resolves.toBe(sentenceId);
    const inView = await page.evaluate(() => {
      const box = document.querySelector("#reading")!.getBoundingClientRect();
      const line = document.querySelector(".reader__sentence--target")!.getBoundingClientRect();
      return line.top >= box.top && line.bottom <= box.bottom;
    });
    expect(inView).toBe(true);
    // A mention selects its entity; Escape closes the reader.
    const other = reading(page).locator(`.reader button.mention:not([data-node="${ZARIF}"])`).first();
    const node = (await other.getAttribute("data-node"))!;
    await other.click();
    await page.waitForFunction((node) => decodeURIComponent(location.hash) === `#node=${node}`, node);
    await page.keyboard.press("Escape");
    await expect(reading(page).isHidden()).resolves.toBe(true);
    expect(pageErrors(page)).toEqual([]);
  });

  it("goes from a text search to a document and back to the results", async () => {
    const page = await harness.open();
    await page.locator('input[type="search"]').fill("phone call");
    await page.locator('input[type="search"]').press("Enter");
    await page.locator("#reading .sentence__read").first().click();
    await page.waitForSelector("#reading .reader__sentence--target mark.text-hit");
    await reading(page).locator("[data-reading-back]").click();
    await expect(reading(page).locator(".reading__title").textContent()).resolves.toBe("Sentences containing “phone call”");
  });
});
