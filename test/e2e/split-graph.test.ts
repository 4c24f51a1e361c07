// End to end: the explorer on a big graph in the split form (a synthetic graph of 2,000 entities and 14,000
// sentences, 2,000 more that name none, written by the command line's splitGraphFile), served as a static
// site in Chromium. The page draws from graph.json alone, and the panel fetches sentences on demand: a
// hub's, a link's, a loading state, a missing chunk; a text search fetches the chunks that can hold its
// phrase; Save graph JSON writes the whole single file.
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSyntheticGraphFile } from "../../src/graph/generators/create-synthetic-graph-file.ts";
import { splitGraphFile, type SplitGraphFile } from "../../src/export/index.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { searchSentences } from "../../src/app/text-search.ts";
import { TEXT_RESULTS_LIMIT } from "../../src/app/text-search-panel.ts";
import { countPixels, edgePosition, nodePosition, pageErrors, startHarness, type Harness } from "./explorer-harness.ts";

let harness: Harness;
let site: string;
let file: GraphFile;
let head: SplitGraphFile;

/** The most mentioned entity, and a link with two shared sentences between two quiet entities (free to click). */
let hub: { key: string; label: string; sentences: Set<string> };
let link: { source: string; target: string; labels: [string, string]; sentences: string[] };

beforeAll(async () => {
  harness = await startHarness();
  // The built page again, in a folder of its own, with the split graph instead of the sample corpus's.
  site = join(harness.dist, "big");
  mkdirSync(site);
  for (const name of readdirSync(harness.dist)) {
    if (name !== "big" && name !== "graph.json") cpSync(join(harness.dist, name), join(site, name), { recursive: true });
  }
  const synthetic = createSyntheticGraphFile({ nodes: 2_000, edges: 12_000, seed: 7 });
  // And sentences that name no entity (the plain files), one for every seventh, in its documents.
  const plain = synthetic.sentences
    .filter((_, i) => i % 7 === 0)
    .map((s, i) => ({ id: `plain-${i}`, text: `Nothing more was said of item ${i}.`, documents: s.documents, mentions: [] }));
  file = { ...synthetic, sentences: [...synthetic.sentences, ...plain] };
  // Small chunks, so that what the page fetches is a small share of them all.
  for (const [path, content] of Object.entries(splitGraphFile(file, { chunkBytes: 16_000 }))) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), content);
  }
  head = JSON.parse(readFileSync(join(site, "graph.json"), "utf8")) as SplitGraphFile;

  const top = [...file.graph.nodes].sort((a, b) => b.attributes!.mentions - a.attributes!.mentions)[0]!;
  const named = (key: string) => new Set(file.sentences.filter((s) => s.mentions.some((m) => m.entity === key)).map((s) => s.id));
  hub = { key: top.key, label: top.attributes!.label, sentences: named(top.key) };
  const degree = new Map<string, number>();
  for (const e of file.graph.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  const quiet = (e: (typeof file.graph.edges)[number]) => degree.get(e.source)! + degree.get(e.target)!;
  const edge = file.graph.edges.filter((e) => e.attributes!.weight === 2).sort((a, b) => quiet(a) - quiet(b))[0]!;
  const label = (key: string) => file.graph.nodes.find((n) => n.key === key)!.attributes!.label;
  link = { source: edge.source, target: edge.target, labels: [label(edge.source), label(edge.target)], sentences: edge.attributes!.sentences };
}, 120_000);

afterAll(async () => {
  await harness?.close();
});

/** Opens the big graph's page in a fresh context (`hash` in the first navigation), after `prepare` (routes). */
const open = (hash = "", prepare?: (page: Page) => Promise<void>): Promise<Page> => harness.open(hash, { path: "big/", prepare });

const panel = (page: Page) => page.locator('aside[aria-label="Details"]');
const sentences = (page: Page) => panel(page).locator(".sentence");
const chunkRequests = (page: Page) =>
  page.evaluate(() => performance.getEntriesByType("resource").filter((entry) => /\/graph\.evidence\/sentences-\d+\.json$/.test(entry.name)).length);
/**
 * Counts the page's requests for the text index, for sentence files (node stream and plain) and for plain
 * ones, from before its first navigation (a listener: the resource timing buffer keeps only 250 entries).
 */
const watchTextRequests = (page: Page) => {
  const seen = { index: 0, files: 0, plain: 0 };
  page.on("request", (request) => {
    if (/\/graph\.evidence\/text\.json$/.test(request.url())) seen.index++;
    if (/\/graph\.evidence\/(sentences|plain)-\d+\.json$/.test(request.url())) seen.files++;
    if (/\/graph\.evidence\/plain-\d+\.json$/.test(request.url())) seen.plain++;
  });
  return seen;
};
/** Searches the text for `phrase` from the search box's last suggestion and waits for the results. */
const searchText = async (page: Page, phrase: string) => {
  await page.locator('input[type="search"]').fill(phrase);
  await page.locator("[data-text-search]").dispatchEvent("mousedown");
  await page.waitForFunction((title) => document.querySelector("#reading .reading__title")?.textContent === title && document.querySelector("#reading .reading__summary:not(.muted)") !== null, `Sentences containing “${phrase}”`, { timeout: 60_000 });
};
/** The panel's section of sentences (after the node's summary and neighbours). */
const sentenceSection = (page: Page) => panel(page).locator(".details__section").filter({ has: page.locator("h3", { hasText: /^(Sentences|Shared sentences)/ }) });
const sentenceCount = async (page: Page) => Number(/\(([\d,]+)\)/.exec((await sentenceSection(page).locator("h3").first().textContent()) ?? "")?.[1]?.replace(/,/g, ""));

describe("the explorer on a big graph in the split form", () => {
  it("draws from graph.json alone, which holds no sentences", async () => {
    expect("sentences" in head).toBe(false);
    expect(head.evidence.chunks.length).toBeGreaterThan(100);
    const page = await open();
    const pixels = await countPixels(page, {});
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.01);
    await expect(page.locator(".details__title").textContent()).resolves.toBe("Overview");
    await expect(panel(page).locator(".stat").filter({ hasText: "Sentences" }).locator("dd").textContent()).resolves.toBe(file.sentences.length.toLocaleString("en-US"));
    await page.waitForSelector('body[data-evidence="ready"]');
    expect(pageErrors(page)).toEqual([]);
  });

  it("lists the hub's sentences from the chunks it fetches when the hub is clicked, a page at a time", async () => {
    const page = await open();
    await page.waitForSelector('body[data-evidence="ready"]');
    const { x, y } = await nodePosition(page, hub.key);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelectorAll('aside[aria-label="Details"] .sentence').length > 0);
    await expect(panel(page).locator(".details__title").textContent()).resolves.toContain(hub.label);
    expect(await sentenceCount(page)).toBe(hub.sentences.size);
    await expect(sentences(page).count()).resolves.toBe(40);
    const texts = await sentences(page).allTextContents();
    const hubTexts = new Set(file.sentences.filter((s) => hub.sentences.has(s.id)).map((s) => s.text));
    for (const text of texts) expect(hubTexts.has(text)).toBe(true);

    await sentenceSection(page).locator("button.more").click();
    await page.waitForFunction(() => document.querySelectorAll('aside[aria-label="Details"] .sentence').length === 80);
    for (const text of await sentences(page).allTextContents()) expect(hubTexts.has(text)).toBe(true);
    // On demand: a small share of the chunks, not all of them.
    const fetched = await chunkRequests(page);
    expect(fetched).toBeGreaterThan(0);
    expect(fetched).toBeLessThan(head.evidence.chunks.length / 3);
    expect(pageErrors(page)).toEqual([]);
  });

  it("lists the sentences a link shares when it is clicked", async () => {
    const page = await open();
    await page.waitForSelector('body[data-evidence="ready"]');
    const { x, y } = await edgePosition(page, link.source, link.target);
    await page.mouse.click(x, y);
    await page.waitForFunction(() => document.querySelector('aside[aria-label="Details"]')?.getAttribute("data-view") === "pair");
    await page.waitForFunction(() => document.querySelectorAll('aside[aria-label="Details"] .sentence').length > 0);
    const texts = await sentences(page).allTextContents();
    expect(texts.sort()).toEqual(file.sentences.filter((s) => link.sentences.includes(s.id)).map((s) => s.text).sort());
    expect(texts).toHaveLength(2);
    for (const text of texts) {
      expect(text).toContain(link.labels[0]);
      expect(text).toContain(link.labels[1]);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it("counts through the evidence index when documents are filtered out, from a shared link too", async () => {
    await expectCountsWithoutSkipped(await open(`#node=${encodeURIComponent(hub.key)}&skipDoc=${encodeURIComponent(file.documents[0]!.id)}`));
  });

  it("counts through the evidence index on a slow machine too, where it arrives while the panels are opening", async () => {
    // Eight times slower: the index, asked for by the details panel as it opens, is in before the panels after it are.
    const page = await open(`#node=${encodeURIComponent(hub.key)}&skipDoc=${encodeURIComponent(file.documents[0]!.id)}`, async (page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 8 });
    });
    await expectCountsWithoutSkipped(page);
  });

  /** The hub's panel with the first document filtered out: its sentences and mentions in the others alone. */
  const expectCountsWithoutSkipped = async (page: Page) => {
    const skipped = file.documents[0]!.id;
    await page.waitForSelector('body[data-evidence="ready"]');
    await page.waitForFunction(() => document.querySelectorAll('aside[aria-label="Details"] .sentence').length > 0);
    const counted = file.sentences.filter((s) => hub.sentences.has(s.id) && s.documents.some((doc) => doc !== skipped));
    expect(counted.length).toBeLessThan(hub.sentences.size);
    expect(await sentenceCount(page)).toBe(counted.length);
    const mentions = counted.reduce((sum, s) => sum + s.mentions.filter((m) => m.entity === hub.key).length, 0);
    // The counts through the evidence index may settle a moment after the first sentences are listed: wait for
    // the panel to show them, then check them.
    const expected = `${mentions.toLocaleString("en-US")} of `;
    await page
      .waitForFunction(
        (prefix) => [...document.querySelectorAll('aside[aria-label="Details"] .stat')].some((stat) => stat.textContent?.includes("Mentions") && stat.querySelector("dd")?.textContent?.startsWith(prefix)),
        expected,
        { timeout: 15_000 },
      )
      .catch(() => undefined);
    await expect(panel(page).locator(".stat").filter({ hasText: "Mentions" }).locator("dd").textContent()).resolves.toMatch(new RegExp(`^${expected}`));
    await expect(panel(page).locator(`[data-document="${skipped}"]`).count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  };

  it("says it is loading the sentences until they arrive, then lists them", async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const page = await open(`#node=${encodeURIComponent(hub.key)}`, async (page) => {
      await page.route("**/big/graph.evidence/sentences-*.json", async (route) => {
        await held;
        await route.continue();
      });
    });
    await page.waitForSelector('aside[aria-label="Details"][data-loading] .evidence__loading');
    await expect(panel(page).locator(".evidence__loading").textContent()).resolves.toBe("Loading sentences…");
    await expect(sentences(page).count()).resolves.toBe(0);
    release();
    await page.waitForFunction(() => document.querySelectorAll('aside[aria-label="Details"] .sentence').length === 40);
    await expect(panel(page).getAttribute("data-loading")).resolves.toBeNull();
    await expect(panel(page).locator(".evidence__loading").count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("says which file is missing when a chunk cannot be fetched, and keeps the rest of the panel", async () => {
    const page = await open(`#node=${encodeURIComponent(hub.key)}`, async (page) => {
      await page.route("**/big/graph.evidence/sentences-*.json", (route) => route.fulfill({ status: 404, body: "" }));
    });
    await page.waitForSelector('aside[aria-label="Details"] [data-evidence-error]');
    await expect(panel(page).locator("[data-evidence-error]").textContent()).resolves.toMatch(
      /Could not load the sentences: graph\.evidence\/sentences-\d+\.json: HTTP 404 \(the file is missing: rebuild the graph with npm run graph\)/,
    );
    await expect(panel(page).locator("[data-pair]").count()).resolves.toBe(10);
  });

  it("opens a document from the chunks of its sentences that name an entity, then the whole text on demand", async () => {
    let requests = { index: 0, files: 0, plain: 0 };
    const page = await open(`#node=${encodeURIComponent(hub.key)}`, async (page) => {
      requests = watchTextRequests(page);
    });
    await page.waitForFunction(() => document.querySelectorAll('aside[aria-label="Details"] .sentence').length > 0);
    const plainRequests = () => requests.plain;
    const before = await chunkRequests(page);
    const read = panel(page).locator(".sentence__read").first();
    const documentId = (await read.getAttribute("data-read"))!;
    await read.click();
    await page.waitForSelector("#reading .reader__sentence");
    const ofDocument = file.sentences.filter((s) => s.documents.includes(documentId));
    const named = ofDocument.filter((s) => s.mentions.length > 0);
    const shown = await page.locator("#reading .reader__sentence").evaluateAll((items) => items.map((item) => item.getAttribute("data-sentence")));
    expect(shown).toEqual(named.map((s) => s.id));
    // At most a chunk file per sentence shown, a share of them all, no plain file; the reader says what it leaves out.
    const more = (await chunkRequests(page)) - before;
    expect(more).toBeLessThanOrEqual(named.length);
    expect(more).toBeLessThan(head.evidence.chunks.length / 3);
    expect(plainRequests()).toBe(0);
    if (named.length < ofDocument.length) {
      await expect(page.locator("#reading [data-partial]").textContent()).resolves.toContain(`The ${named.length} of its ${ofDocument.length} sentences that name an entity`);
      await page.locator("#reading [data-reading-whole]").click();
      await page.waitForFunction((count) => document.querySelectorAll("#reading .reader__sentence").length === count, ofDocument.length, { timeout: 60_000 });
      expect(plainRequests()).toBe(head.evidence.plain.length);
    }
    expect(pageErrors(page)).toEqual([]);
  });

  it("searches the text, fetching the text index and only the sentence files that can hold the phrase, then reads a whole document", async () => {
    let requests = { index: 0, files: 0, plain: 0 };
    const page = await open("", async (page) => {
      requests = watchTextRequests(page);
    });
    await page.waitForSelector('body[data-evidence="ready"]');
    // Not in the first download: the text index comes with the first text search.
    expect(requests.index).toBe(0);
    const all = head.evidence.chunks.length + head.evidence.plain.length;
    // A quiet entity's name, whole, a phrase whose last word is begun (report 12, 120…, 1200…) and one in
    // sentences that name no entity.
    for (const phrase of [link.labels[0], "Together in REPORT 12", "said of item 3"]) {
      const before = requests.files;
      await searchText(page, phrase);
      const expected = searchSentences(file.sentences, phrase, TEXT_RESULTS_LIMIT);
      expect(expected.total).toBeGreaterThan(0);
      await expect(page.locator("#reading .reading__summary").first().textContent()).resolves.toMatch(new RegExp(`^${expected.total.toLocaleString("en-US")} sentences? in `));
      const shown = await page.locator("#reading .sentence").evaluateAll((items) => items.map((item) => item.getAttribute("data-sentence")));
      expect([...new Set(shown)].sort()).toEqual(expected.matches.map((m) => m.sentence.id).sort());
      const fetched = requests.files - before;
      expect(fetched).toBeGreaterThan(0);
      expect(fetched).toBeLessThan(all / 3);
    }
    expect(requests.index).toBe(1);

    // From the results, a whole document, those of its sentences that name no entity too: the text index
    // says where they all are.
    const reads = await page.locator("#reading .sentence__read").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-read")!));
    const documentId = reads[0]!;
    const ofDocument = file.sentences.filter((s) => s.documents.includes(documentId));
    expect(ofDocument.some((s) => s.mentions.length === 0) && ofDocument.some((s) => s.mentions.length > 0)).toBe(true);
    await page.locator("#reading .sentence__read").first().click();
    await page.waitForSelector("#reading .reader__sentence");
    const shown = await page.locator("#reading .reader__sentence").evaluateAll((items) => items.map((item) => item.getAttribute("data-sentence")));
    expect(shown).toEqual(ofDocument.map((s) => s.id));
    await expect(page.locator("#reading [data-partial]").count()).resolves.toBe(0);
    expect(pageErrors(page)).toEqual([]);
  });

  it("searches the whole text of a split graph written without a text index, fetching every sentence file", async () => {
    const old = { ...head, evidence: { ...head.evidence, text: undefined } };
    let requests = { index: 0, files: 0, plain: 0 };
    const page = await open("", async (page) => {
      requests = watchTextRequests(page);
      await page.route("**/big/graph.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(old) }));
    });
    await page.waitForSelector('body[data-evidence="ready"]');
    const word = file.sentences[3]!.text.split(/\s+/).find((w) => /^[a-z]{5,}$/i.test(w))!;
    await searchText(page, word);
    const containing = file.sentences.filter((s) => s.text.toLowerCase().includes(word.toLowerCase()));
    await expect(page.locator("#reading .reading__summary").first().textContent()).resolves.toMatch(new RegExp(`^${containing.length.toLocaleString("en-US")} sentences? in `));
    // Every file once (a few of them twice: the panel may have fetched them before).
    expect(requests.index).toBe(0);
    expect(requests.files).toBeGreaterThanOrEqual(head.evidence.chunks.length + head.evidence.plain.length);
    expect(pageErrors(page)).toEqual([]);
  });

  it("saves the whole graph as one file, sentences included, that opens again", async () => {
    const page = await open();
    await page.click('[data-action="export"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="graph-json"]')]);
    const saved = await download.path();
    const single = JSON.parse(readFileSync(saved, "utf8")) as GraphFile;
    expect(single.sentences).toEqual(file.sentences);
    expect(single.documents).toEqual(file.documents);
    expect(single.graph.nodes.map((n) => n.key)).toEqual(file.graph.nodes.map((n) => n.key));
    expect(single.graph.edges.map((e) => e.attributes!.sentences)).toEqual(file.graph.edges.map((e) => e.attributes!.sentences));
    await expect(page.locator("[data-export-message]").textContent()).resolves.toBe("Save graph JSON: done.");

    await page.setInputFiles("[data-open-input]", saved);
    await page.waitForFunction((n) => document.body.dataset.state === "ready" && window.__entityGraph?.explorer.evidence.total === n && !window.__entityGraph.explorer.evidence.split, file.sentences.length);
    expect(pageErrors(page)).toEqual([]);
  });
});
