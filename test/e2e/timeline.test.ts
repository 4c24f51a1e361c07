// End to end: the timeline in Chromium, on the sample corpus with a metadata table that dates three of its
// articles (a fourth has its own dateline, the fifth stays undated), built by the command line in the single
// and the split form. Brushes a range by dragging and with the keyboard, checks that the graph, the node
// panel and the URL follow, reloads the URL; filters links by relation class; and a graph without dates
// shows no timeline.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/cli/browser-harness.ts";
import { readGraphFile } from "../../src/export/index.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { ROOT, countPixels, pageErrors, settle, startHarness, type Harness } from "./explorer-harness.ts";

const PUTIN = "person:vladimir-putin";
const BEIRUT = "aawsat-iranian-leaks-beirut-compensation.txt";
const GAZA = "aawsat-iranian-leaks-gaza-displacement.txt";
const NEWSWEEK = "newsweek-putin-stopped-taking-assad-calls.txt";
const EAWORLDVIEW = "eaworldview-rouhani-putin-call.txt";
const TABLE = `file\tdate\n${BEIRUT}\t2025-01-20\n${GAZA}\t2025-01-21\n${NEWSWEEK}\t2025-01-02\n`;

let harness: Harness;
let work: string;
let dated: GraphFile;

/** A copy of the built page in `dist/<folder>/`, with its own graph files. */
function site(folder: string): string {
  const dir = join(harness.dist, folder);
  mkdirSync(dir);
  for (const name of readdirSync(harness.dist)) {
    if (!["dated", "dated-split", "undated", "graph.json"].includes(name)) cpSync(join(harness.dist, name), join(dir, name), { recursive: true });
  }
  return dir;
}

beforeAll(async () => {
  harness = await startHarness();
  work = mkdtempSync(join(tmpdir(), "entity-graph-e2e-timeline-"));
  const corpus = join(work, "corpus");
  cpSync(join(ROOT, "corpus"), corpus, { recursive: true });
  writeFileSync(join(corpus, "index.tsv"), TABLE);
  const graph = (folder: string, ...flags: string[]) =>
    runCommand(process.execPath, ["--import", "tsx", "src/cli/graph.ts", corpus, "--out", join(site(folder), "graph.json"), "--quiet", ...flags]);
  graph("dated", "--single");
  graph("dated-split", "--split");
  writeFileSync(join(site("undated"), "graph.json"), readFileSync(join(ROOT, "test/fixtures/small-graph.json")));
  dated = JSON.parse(readFileSync(join(harness.dist, "dated", "graph.json"), "utf8")) as GraphFile;
}, 180_000);

afterAll(async () => {
  await harness?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

const timeline = (page: Page) => page.locator('section[aria-label="Timeline"]');
const bar = (page: Page, day: string) => timeline(page).locator(`rect[data-bin="${day}"]`);
const hash = (page: Page) => decodeURIComponent(new URL(page.url()).hash);
const panel = (page: Page) => page.locator('aside[aria-label="Details"]');
const stat = (page: Page, name: string) => panel(page).locator(".stat", { has: page.locator(`dt:text-is("${name}")`) }).locator("dd");

/** Mentions of a node in the given documents, from the graph file's sentences. */
const mentionsIn = (file: GraphFile, node: string, documents: readonly string[]) =>
  file.sentences.filter((s) => s.documents.some((d) => documents.includes(d))).reduce((sum, s) => sum + s.mentions.filter((m) => m.entity === node).length, 0);

/** Mentions of a node (every node: null) on a day, as the charts count them: a sentence once, on its earliest document's date. */
const mentionsOnDay = (file: GraphFile, node: string | null, day: string | undefined) => {
  const dates = new Map(file.documents.map((doc) => [doc.id, doc.date ?? "~"]));
  return file.sentences
    .filter((s) => s.documents.map((d) => dates.get(d)!).sort()[0] === (day ?? "~"))
    .reduce((sum, s) => sum + s.mentions.filter((m) => node === null || m.entity === node).length, 0);
};

/** Sum of the bars' counts in a chart. */
const barTotal = (page: Page, selector: string) =>
  page.locator(`${selector} rect`).evaluateAll((rects) => rects.reduce((sum, rect) => sum + Number((rect as SVGRectElement).dataset.count), 0));

/** Drags the pointer from the middle of one bar to the middle of another. */
async function drag(page: Page, from: string, to: string): Promise<void> {
  const a = (await bar(page, from).boundingBox())!;
  const b = (await bar(page, to).boundingBox())!;
  await page.mouse.move(Math.floor(a.x + a.width / 2), Math.floor(a.y + a.height - 2));
  await page.mouse.down();
  await page.mouse.move(Math.floor(b.x + b.width / 2), Math.floor(b.y + b.height - 2), { steps: 4 });
  await page.mouse.up();
}

describe("the timeline", () => {
  it("brushes a range: the graph, the node panel and the URL follow, and a reload brings the range back", async () => {
    const page = await harness.open(`#node=${PUTIN}`, { path: "dated/" });
    await expect(timeline(page).isVisible()).resolves.toBe(true);
    await expect(timeline(page).locator(".timeline__title").textContent()).resolves.toBe("Documents by day");
    // The graph's box made room for the timeline, and sigma drew in it, centred on Putin (the URL's node).
    const boxes = await page.evaluate(() => [document.querySelector("#graph")!.getBoundingClientRect().bottom, document.querySelector("#timeline")!.getBoundingClientRect().top, window.__entityGraph!.renderer.getDimensions().height, document.querySelector("#graph")!.clientHeight]);
    expect(boxes[0]).toBeLessThanOrEqual(boxes[1]!);
    expect(boxes[2]).toBe(boxes[3]);
    await settle(page);
    const pixels = await countPixels(page, { person: [228, 87, 46] });
    expect(pixels.drawn / pixels.total).toBeGreaterThan(0.01);
    expect(pixels.person).toBeGreaterThan(200);
    // 2 to 21 January: twenty bars a day, four dated documents, one undated counted apart.
    await expect(timeline(page).locator("rect").count()).resolves.toBe(20);
    await expect(barTotal(page, ".timeline__chart")).resolves.toBe(4);
    await expect(bar(page, "2025-01-09").getAttribute("data-count")).resolves.toBe("1");
    await expect(timeline(page).locator(".timeline__undated").textContent()).resolves.toBe(" 1 undated");

    // Putin's panel charts his mentions on the same days: all of them but those in the undated article.
    const total = dated.graph.nodes.find((n) => n.key === PUTIN)!.attributes!.mentions;
    const datedMentions = mentionsIn(dated, PUTIN, [BEIRUT, GAZA, NEWSWEEK, "informationliberation-assad-advisor-saqr.txt"]);
    const undatedMentions = mentionsOnDay(dated, PUTIN, undefined);
    expect(datedMentions + undatedMentions).toBe(total);
    await expect(panel(page).locator("[data-node-timeline] rect").count()).resolves.toBe(20);
    await expect(barTotal(page, "[data-node-timeline]")).resolves.toBe(datedMentions);
    for (const day of ["2025-01-02", "2025-01-09", "2025-01-20", "2025-01-21", "2025-01-10"]) {
      await expect(panel(page).locator(`[data-node-timeline] rect[data-bin="${day}"]`).getAttribute("data-count")).resolves.toBe(String(mentionsOnDay(dated, PUTIN, day)));
    }
    await expect(panel(page).locator(".node-timeline__caption").textContent()).resolves.toBe(`Mentions by day · ${undatedMentions} in undated documents`);

    await drag(page, "2025-01-20", "2025-01-21");
    await page.waitForFunction(() => location.hash.includes("from="));
    expect(hash(page)).toBe(`#node=${PUTIN}&from=2025-01-20&to=2025-01-21`);
    // The two Asharq Al-Awsat articles count, and the undated one while its box is ticked.
    const counted = mentionsIn(dated, PUTIN, [BEIRUT, GAZA, EAWORLDVIEW]);
    await expect(stat(page, "Mentions").textContent()).resolves.toBe(`${counted} of ${total}`);
    await expect(timeline(page).locator('[data-timeline="summary"]').textContent()).resolves.toBe("3 of 5 documents count");
    await expect(page.locator('input[data-document="' + NEWSWEEK + '"]').isChecked()).resolves.toBe(true);
    // The graph counts the same: sizes come from these mentions, an entity only the other articles name is hidden.
    const onlyElsewhere = dated.graph.nodes.find((n) => mentionsIn(dated, n.key, [BEIRUT, GAZA, EAWORLDVIEW]) === 0)!.key;
    const drawn = await page.evaluate(
      ([putin, other]) => {
        const visibility = window.__entityGraph!.explorer.visibility();
        return { putin: visibility.nodeMentions.get(putin!), hidden: visibility.hiddenNodes.has(other!) };
      },
      [PUTIN, onlyElsewhere],
    );
    expect(drawn).toEqual({ putin: counted, hidden: true });
    await expect(panel(page).locator("[data-node-timeline] rect.bar--marked").count()).resolves.toBe(2);

    // Undated documents left out: the URL says so too.
    await timeline(page).locator('input[data-timeline="undated"]').uncheck();
    await page.waitForFunction(() => location.hash.includes("undated=0"));
    const inRange = mentionsIn(dated, PUTIN, [BEIRUT, GAZA]);
    await expect(stat(page, "Mentions").textContent()).resolves.toBe(`${inRange} of ${total}`);

    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    expect(hash(page)).toBe(`#node=${PUTIN}&from=2025-01-20&to=2025-01-21&undated=0`);
    await expect(stat(page, "Mentions").textContent()).resolves.toBe(`${inRange} of ${total}`);
    await expect(timeline(page).locator('[data-timeline="from"] option:checked').textContent()).resolves.toBe("20 Jan 2025");
    await expect(timeline(page).locator('[data-timeline="to"] option:checked').textContent()).resolves.toBe("21 Jan 2025");
    await expect(timeline(page).locator('input[data-timeline="undated"]').isChecked()).resolves.toBe(false);
    await expect(timeline(page).locator("rect.bar--marked").count()).resolves.toBe(2);

    // The keyboard: an arrow moves the range a day, Shift and an arrow narrows it, Escape shows all dates.
    await timeline(page).locator('[data-timeline="chart"]').focus();
    await page.keyboard.press("ArrowLeft");
    await page.waitForFunction(() => location.hash.includes("from=2025-01-19&to=2025-01-20"));
    await page.keyboard.press("Shift+ArrowLeft");
    await page.waitForFunction(() => location.hash.includes("from=2025-01-19&to=2025-01-19"));
    await expect(timeline(page).locator('[data-timeline="summary"]').textContent()).resolves.toBe("0 of 5 documents count");
    await page.keyboard.press("Escape");
    await page.waitForFunction(() => !location.hash.includes("from="));
    // Escape on the timeline clears the range, not the selection.
    await expect(panel(page).getAttribute("data-view")).resolves.toBe("node");
    await expect(stat(page, "Mentions").textContent()).resolves.toBe(`${datedMentions} of ${total}`);
    expect(pageErrors(page)).toEqual([]);
  });

  it("exports what the range leaves: the GEXF counts only the documents dated in it, and says so", async () => {
    const page = await harness.open("#from=2025-01-20&to=2025-01-21&undated=0", { path: "dated/" });
    await page.click('[data-action="export"]');
    const [file] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="gexf"]')]);
    const path = join(work, "range.gexf");
    await file.saveAs(path);
    const text = readFileSync(path, "utf8");
    expect(text).toContain("dated 2025-01-20 to 2025-01-21");
    expect(text).toContain("2 of 5 documents");
    const exported = readGraphFile(text, path);
    const putin = exported.graph.nodes.find((n) => n.key === PUTIN)!;
    expect(putin.attributes!.mentions).toBe(mentionsIn(dated, PUTIN, [BEIRUT, GAZA]));
    // Nobody only the other articles name is exported.
    const keys = new Set(exported.graph.nodes.map((n) => n.key));
    for (const node of dated.graph.nodes) if (mentionsIn(dated, node.key, [BEIRUT, GAZA]) === 0) expect(keys.has(node.key)).toBe(false);
  });

  it("counts mentions per day when asked", async () => {
    const page = await harness.open("", { path: "dated/" });
    await timeline(page).locator('[data-timeline="measure"]').selectOption("mentions");
    await expect(timeline(page).locator(".timeline__title").textContent()).resolves.toBe("Mentions by day");
    for (const day of ["2025-01-02", "2025-01-03", "2025-01-20", "2025-01-21"]) {
      await expect(bar(page, day).getAttribute("data-count")).resolves.toBe(String(mentionsOnDay(dated, null, day)));
    }
    await expect(bar(page, "2025-01-20").getAttribute("data-count")).resolves.not.toBe("0");
  });

  it("works the same on the split form, whose documents carry their dates in graph.json", async () => {
    const page = await harness.open(`#from=2025-01-02&to=2025-01-09&undated=0`, { path: "dated-split/" });
    await expect(timeline(page).locator("rect").count()).resolves.toBe(20);
    await expect(barTotal(page, ".timeline__chart")).resolves.toBe(4);
    await page.waitForSelector('body[data-evidence="ready"]');
    await settle(page);
    await expect(timeline(page).locator('[data-timeline="summary"]').textContent()).resolves.toBe("2 of 5 documents count");
    const mentions = await page.evaluate((putin) => window.__entityGraph!.explorer.visibility().nodeMentions.get(putin), PUTIN);
    expect(mentions).toBe(mentionsIn(dated, PUTIN, [NEWSWEEK, "informationliberation-assad-advisor-saqr.txt"]));
  });

  it("is hidden when no document has a date, and the graph keeps the whole stage", async () => {
    const page = await harness.open("", { path: "undated/" });
    await expect(timeline(page).isHidden()).resolves.toBe(true);
    const [stage, graph] = await page.evaluate(() => [document.querySelector(".stage")!.clientHeight, document.querySelector("#graph")!.clientHeight]);
    expect(graph).toBe(stage);
  });
});

describe("the relation filter", () => {
  it("shows only links of the chosen class, and keeps it in the URL", async () => {
    const page = await harness.open("", { path: "dated/" });
    const ofClass = dated.graph.edges.filter((e) => (e.attributes!.relations ?? []).some((r) => r.class === "communicates")).length;
    expect(ofClass).toBeGreaterThan(0);
    await page.locator('select[data-filter="relation"]').selectOption("communicates");
    await page.waitForFunction(() => location.hash.includes("relation=communicates"));
    const visibleEdges = () => page.evaluate(() => window.__entityGraph!.explorer.visibility().visibleEdges);
    await expect(visibleEdges()).resolves.toBe(ofClass);
    await page.reload();
    await page.waitForSelector('body[data-state="ready"]');
    await expect(page.locator('select[data-filter="relation"]').inputValue()).resolves.toBe("communicates");
    await expect(visibleEdges()).resolves.toBe(ofClass);

    // Reset filters clears the class and a brushed range together.
    await page.locator('select[data-timeline="from"]').selectOption({ label: "20 Jan 2025" });
    await page.waitForFunction(() => location.hash.includes("from=2025-01-20&to=2025-01-21"));
    await page.getByRole("button", { name: "Reset filters" }).click();
    await page.waitForFunction(() => location.hash === "");
    await expect(visibleEdges()).resolves.toBe(dated.graph.edges.length);
    await expect(timeline(page).locator("rect.bar--marked").count()).resolves.toBe(0);
  });

  it("says so when a URL asks for a class no link has, instead of claiming every link", async () => {
    // The graph without dates has no relation labels either.
    const page = await harness.open("#relation=opposes", { path: "undated/" });
    const select = page.locator('select[data-filter="relation"]');
    await expect(select.inputValue()).resolves.toBe("opposes");
    await expect(select.locator("option:checked").textContent()).resolves.toBe("opposes (0)");
    await expect(page.evaluate(() => window.__entityGraph!.explorer.visibility().visibleEdges)).resolves.toBe(0);
    await select.selectOption("");
    await page.waitForFunction(() => !location.hash.includes("relation="));
    await expect(page.evaluate(() => window.__entityGraph!.explorer.visibility().visibleEdges)).resolves.toBeGreaterThan(0);
  });
});
