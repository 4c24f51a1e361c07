// End to end: the user's own documents dropped onto the explorer or picked, extracted in the page's web
// worker. Drops three files and watches the progress bar to the end, then reads a new node's sentences;
// picks the bad-input corpus and finds the command line's documents, skipped files and graph; checks
// that hostile text stays text, that cancel and unreadable files are handled, and that the new graph
// saves and opens again.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { JSHandle, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../../src/graph/types.ts";
import { gzipSync } from "node:zlib";
import { BAD_CORPUS_DOCUMENTS, BAD_CORPUS_ENTITIES, BAD_CORPUS_SKIPPED, CLI_ONLY_SKIPPED, makeBadCorpus } from "../fixtures/bad-corpus.ts";
import { DOCUMENT_KINDS_DOCUMENTS, DOCUMENT_KINDS_OCR, DOCUMENT_KINDS_SKIPPED, makeDocumentKindsCorpus } from "../fixtures/document-kinds.ts";
import { ROOT, nodePosition, pageErrors, startHarness, type Harness } from "./explorer-harness.ts";

let harness: Harness;
const temporary: string[] = [];

beforeAll(async () => {
  harness = await startHarness();
}, 120_000);

afterAll(async () => {
  await harness?.close();
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

const THREE_FILES = [
  { name: "ardern.txt", text: "Wellington talks\n\nPrime Minister Jacinda Ardern met Scott Morrison in Wellington.\nJacinda Ardern said New Zealand would help.\n" },
  { name: "summit.md", text: "# Pacific summit\n\nScott Morrison flew to Fiji, where Jacinda Ardern joined him.\n" },
  { name: "report.html", text: "<html><head><title>Fiji report</title></head><body><p>Who will pay for Fiji? asked Frank Bainimarama.</p></body></html>" },
];

/** A DataTransfer holding in-memory files, made in the page (Playwright cannot drop files from disk). */
function dataTransfer(page: Page, files: { name: string; text: string }[]): Promise<JSHandle<DataTransfer>> {
  return page.evaluateHandle((files) => {
    const transfer = new DataTransfer();
    for (const { name, text } of files) transfer.items.add(new File([text], name, { type: "text/plain" }));
    return transfer;
  }, files);
}

/** Drags `transfer` over the graph and drops it, as a user dropping files from a file manager. */
async function drop(page: Page, transfer: JSHandle<DataTransfer>): Promise<void> {
  await page.dispatchEvent("#graph", "dragenter", { dataTransfer: transfer });
  await page.dispatchEvent("#graph", "dragover", { dataTransfer: transfer });
  await page.dispatchEvent("#graph", "drop", { dataTransfer: transfer });
}

/** Records every state of the import card: progress bar values and detail lines, as they are drawn. */
async function recordImport(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { state: string; now: number | null; max: number | null; detail: string }[] = [];
    (window as { __importSeen?: typeof seen }).__importSeen = seen;
    const stage = document.querySelector("#import-status")!;
    new MutationObserver(() => {
      const bar = stage.querySelector("[data-import-progress]");
      seen.push({
        state: (stage as HTMLElement).dataset.importState ?? "",
        now: bar ? Number(bar.getAttribute("aria-valuenow")) : null,
        max: bar ? Number(bar.getAttribute("aria-valuemax")) : null,
        detail: stage.querySelector("[data-import-detail]")?.textContent ?? "",
      });
    }).observe(stage, { childList: true, subtree: true, attributes: true });
  });
}

const importState = (page: Page) => page.locator("#import-status").getAttribute("data-import-state");
const waitForImport = async (page: Page, state = "done") => {
  await page.waitForSelector(`#import-status[data-import-state="${state}"]`, { timeout: 90_000 });
  if (state === "done") await page.waitForSelector('body[data-state="ready"]');
};
const panel = (page: Page) => page.locator('aside[aria-label="Details"]');

describe("documents dropped onto the explorer", () => {
  let page: Page;
  beforeAll(async () => {
    page = await harness.open();
  });

  it("loads the extraction, compromise included, only in a worker and only when documents come", () => {
    const assets = readdirSync(join(harness.dist, "assets"));
    const main = assets.filter((name) => /^index-.*\.js$/.test(name));
    const workers = assets.filter((name) => /^extract-worker-.*\.js$/.test(name));
    expect(main).toHaveLength(1);
    expect(workers).toHaveLength(1);
    // "PhrasalVerb" is one of compromise's tags: in its lexicon and rules, nowhere in our own code.
    expect(readFileSync(join(harness.dist, "assets", workers[0]!), "utf8")).toContain("PhrasalVerb");
    expect(readFileSync(join(harness.dist, "assets", main[0]!), "utf8")).not.toContain("PhrasalVerb");
    expect(page.workers()).toEqual([]);
  });

  it("keeps the worker within 450 kB gzip, PDF code in chunks it loads only when a PDF comes", () => {
    const assets = readdirSync(join(harness.dist, "assets"));
    const worker = readFileSync(join(harness.dist, "assets", assets.find((name) => /^extract-worker-.*\.js$/.test(name))!));
    expect(gzipSync(worker).length).toBeLessThanOrEqual(450_000);
    // pdfjs's exception classes: in its own chunks, not in the worker's bundle.
    const holding = (marker: string) => assets.filter((name) => name.endsWith(".js") && readFileSync(join(harness.dist, "assets", name), "utf8").includes(marker));
    expect(holding("PasswordException").length).toBeGreaterThan(0);
    expect(holding("PasswordException").some((name) => name.startsWith("extract-worker-"))).toBe(false);
  });

  it("shows a drop zone while files are dragged over the page", async () => {
    const transfer = await dataTransfer(page, THREE_FILES);
    await page.dispatchEvent("#graph", "dragenter", { dataTransfer: transfer });
    await expect(page.locator("[data-drop-overlay]").isVisible()).resolves.toBe(true);
    await page.dispatchEvent("#graph", "dragleave", { dataTransfer: transfer });
    await expect(page.locator("[data-drop-overlay]").isHidden()).resolves.toBe(true);
  });

  it("builds the graph of three dropped files, with a progress bar that runs to the end", async () => {
    await recordImport(page);
    const worker = page.waitForEvent("worker");
    await drop(page, await dataTransfer(page, THREE_FILES));
    expect((await worker).url()).toMatch(/\/assets\/extract-worker-[\w-]+\.js$/);
    await waitForImport(page);
    const seen = await page.evaluate(() => (window as { __importSeen?: { state: string; now: number | null; max: number | null; detail: string }[] }).__importSeen!);
    const bars = seen.filter((s) => s.now !== null);
    expect(bars.length).toBeGreaterThan(0);
    expect(bars.every((s) => s.max === 3)).toBe(true);
    expect(bars.map((s) => s.now)).toEqual([...bars.map((s) => s.now)].sort((a, b) => a! - b!));
    expect(bars.at(-1)?.now).toBe(3);
    expect(seen.some((s) => s.detail === "3 of 3 files")).toBe(true);
    expect(seen.at(-1)?.state).toBe("done");

    const file = await page.evaluate(() => window.__entityGraph!.explorer.file);
    // The files come in path order, as the command line reads a folder.
    expect(file.documents.map((d) => [d.path, d.title])).toEqual([
      ["ardern.txt", "Wellington talks"],
      ["report.html", "Fiji report"],
      ["summit.md", "Pacific summit"],
    ]);
    expect(file.skipped).toEqual([]);
    const labels = file.graph.nodes.map((n) => n.attributes?.label);
    for (const label of ["Jacinda Ardern", "Scott Morrison", "Wellington", "New Zealand", "Fiji", "Frank Bainimarama"]) expect(labels).toContain(label);
    // The sample graph is gone.
    expect(labels).not.toContain("Vladimir Putin");
    await expect(page.locator("#import-status .import-card__title").textContent()).resolves.toBe("Graph of 3 documents");
  });

  it("shows a node of the new graph with its sentences when it is clicked", async () => {
    await page.click('[data-action="close-import"]');
    await expect(importState(page)).resolves.toBeNull();
    const { x, y } = await nodePosition(page, "person:jacinda-ardern");
    await page.mouse.click(x, y);
    await page.waitForSelector('aside[aria-label="Details"][data-view="node"]');
    await expect(panel(page).locator(".details__title").textContent()).resolves.toBe("Jacinda Ardern");
    const sentences = await panel(page).locator(".sentence").allTextContents();
    expect(sentences).toEqual(
      expect.arrayContaining([
        "Prime Minister Jacinda Ardern met Scott Morrison in Wellington.",
        "Jacinda Ardern said New Zealand would help.",
        "Scott Morrison flew to Fiji, where Jacinda Ardern joined him.",
      ]),
    );
    await expect(panel(page).textContent()).resolves.toContain("Pacific summit");
  });

  it("keeps a mention and the punctuation after it on one line, at any panel width", async () => {
    const splits = await page.evaluate(() => {
      const glued = [...document.querySelectorAll(".sentence .mention-glue")];
      const broken: string[] = [];
      for (const span of glued) {
        const paragraph = span.closest("p")!;
        const mention = span.querySelector(".mention")!;
        const tail = [...span.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.previousSibling === mention);
        if (!tail) continue;
        for (let width = 30; width <= 320; width += 2) {
          paragraph.style.width = `${width}px`;
          const range = document.createRange();
          range.setStart(tail, 0);
          range.setEnd(tail, 1);
          if (Math.abs(range.getBoundingClientRect().top - mention.getBoundingClientRect().top) > 2) broken.push(`${span.textContent} at ${width}px`);
        }
        paragraph.style.width = "";
      }
      return { glued: glued.map((span) => span.textContent), broken };
    });
    expect(splits.glued).toEqual(expect.arrayContaining(["Wellington.", "Fiji,"]));
    expect(splits.broken).toEqual([]);
  });

  it("saves the new graph as JSON, which opens again with its sentences", async () => {
    await page.click('[data-action="export"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="graph-json"]')]);
    const saved = await download.path();
    const file = JSON.parse(readFileSync(saved, "utf8")) as GraphFile;
    expect(file.documents.map((d) => d.path)).toEqual(["ardern.txt", "report.html", "summit.md"]);

    const fresh = await harness.open();
    await fresh.setInputFiles("[data-open-input]", saved);
    await fresh.waitForFunction(() => document.body.dataset.state === "ready" && window.__entityGraph?.graph.hasNode("person:jacinda-ardern"));
    expect(await fresh.evaluate(() => window.__entityGraph!.explorer.evidence.total)).toBe(file.sentences.length);
    expect(pageErrors(fresh)).toEqual([]);
  });

  it("logged no error on the page", () => {
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("a metadata table picked with the documents", () => {
  // The table dates two of the three files and titles one; it also has a bad date and names a file that is not there.
  const TABLE = 'file,date,title,url\nardern.txt,2019-03-02,"Ardern, in Wellington",https://example.com/ardern\nsummit.md,2019-03-20,,\nreport.html,2019-02-30,,\ngone.txt,2019-01-01,,\n';
  let cli: GraphFile;
  let problems: string[];
  let page: Page;
  let file: GraphFile;
  beforeAll(async () => {
    const corpus = mkdtempSync(join(tmpdir(), "entity-graph-e2e-metadata-"));
    temporary.push(corpus);
    for (const { name, text } of THREE_FILES) writeFileSync(join(corpus, name), text);
    writeFileSync(join(corpus, "index.csv"), TABLE);
    const out = join(mkdtempSync(join(tmpdir(), "entity-graph-e2e-cli-")), "graph.json");
    temporary.push(join(out, ".."));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", corpus, "--out", out], { cwd: ROOT, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`npm run graph failed: ${run.stderr}`);
    cli = JSON.parse(readFileSync(out, "utf8")) as GraphFile;
    problems = `${run.stdout}${run.stderr}`.split("\n").filter((line) => line.includes("index.csv"));

    page = await harness.open();
    await page.click('[data-action="documents"]');
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click('[data-action="pick-folder"]')]);
    await chooser.setFiles(corpus);
    await waitForImport(page);
    file = await page.evaluate(() => window.__entityGraph!.explorer.evidence.loadFile());
  }, 120_000);

  it("gives the documents the table's dates, titles and URLs, as the command line does, and is no document itself", () => {
    const facts = (f: GraphFile) => f.documents.map((d) => [d.path, d.date ?? null, d.dateRule ?? null, d.title, d.url]);
    expect(facts(file)).toEqual([
      ["ardern.txt", "2019-03-02", "metadata-table", "Ardern, in Wellington", "https://example.com/ardern"],
      ["report.html", null, null, "Fiji report", null],
      ["summit.md", "2019-03-20", "metadata-table", "Pacific summit", null],
    ]);
    expect(facts(file)).toEqual(facts(cli));
    expect(file.skipped).toEqual([]);
  });

  it("lists the table's problems by name on the page, as the command line reports them", async () => {
    await expect(page.locator("[data-import-metadata]").textContent()).resolves.toBe("Dates, titles and URLs from index.csv.");
    const listed = await page.locator("[data-import-metadata-problems] li").allTextContents();
    expect(listed).toEqual(['index.csv line 4: bad date "2019-02-30" for report.html (YYYY-MM-DD, YYYY-MM or YYYY)', "index.csv: gone.txt is listed but not in the folder"]);
    for (const problem of listed) expect(problems.some((line) => line.includes(problem))).toBe(true);
  });

  it("shows the new graph's timeline: two dated documents by day, one undated", async () => {
    const timeline = page.locator('section[aria-label="Timeline"]');
    await expect(timeline.isVisible()).resolves.toBe(true);
    await expect(timeline.locator("rect").count()).resolves.toBe(19);
    await expect(timeline.locator(".timeline__undated").textContent()).resolves.toBe(" 1 undated");
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("the bad-input corpus in the page and on the command line", () => {
  let corpus: string;
  let cli: GraphFile;
  let page: Page;
  let file: GraphFile;
  beforeAll(async () => {
    corpus = makeBadCorpus();
    temporary.push(corpus);
    const out = join(mkdtempSync(join(tmpdir(), "entity-graph-e2e-cli-")), "graph.json");
    temporary.push(join(out, ".."));
    const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", corpus, "--out", out, "--quiet"], { cwd: ROOT, encoding: "utf8" });
    if (run.status !== 0) throw new Error(`npm run graph failed: ${run.stderr}`);
    cli = JSON.parse(readFileSync(out, "utf8")) as GraphFile;

    page = await harness.open();
    // The menu's folder picker, given the folder itself: Chromium lists its files as for a user's pick.
    await page.click('[data-action="documents"]');
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click('[data-action="pick-folder"]')]);
    await chooser.setFiles(corpus);
    await waitForImport(page);
    file = await page.evaluate(() => window.__entityGraph!.explorer.evidence.loadFile());
  }, 120_000);

  it("reads the same documents as the command line, in the same order", () => {
    expect(file.documents).toEqual(cli.documents);
    expect(file.documents.map((d) => d.path)).toEqual(BAD_CORPUS_DOCUMENTS);
  });

  it("skips the same files for the same reasons, but the broken link the browser never sees", () => {
    expect(file.skipped).toEqual(cli.skipped.filter((s) => !CLI_ONLY_SKIPPED.has(s.path)));
    expect(cli.skipped).toEqual(BAD_CORPUS_SKIPPED);
  });

  it("builds the same graph: entities, links, sentences and positions", () => {
    expect(file.sentences).toEqual(cli.sentences);
    expect(file.graph).toEqual(cli.graph);
    const labels = file.graph.nodes.map((n) => n.attributes?.label);
    for (const label of BAD_CORPUS_ENTITIES) expect(labels).toContain(label);
  });

  it("lists each skipped file with its reason, as text, on the page", async () => {
    const card = page.locator("#import-status");
    await expect(card.locator("[data-import-skipped] summary").textContent()).resolves.toBe(`${file.skipped.length} files skipped`);
    const items = await card.locator("[data-import-skipped] li").allTextContents();
    expect(items).toEqual(file.skipped.map(({ path, reason }) => `${path} — ${reason}`));
    // The overview lists them too.
    await expect(panel(page).locator(".skipped li").allTextContents()).resolves.toEqual(items);
  });

  it("skips a file that vanished after it was picked as unreadable, and reads the others", async () => {
    const fresh = await harness.open();
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-e2e-vanish-"));
    temporary.push(dir);
    writeFileSync(join(dir, "kept.txt"), "Angela Merkel met Emmanuel Macron in Berlin.\n");
    writeFileSync(join(dir, "vanished.txt"), "Recep Tayyip Erdoğan spoke in Ankara.\n");
    // A test-owned file input gives the page real files from disk; one is deleted before it is dropped.
    await fresh.evaluate(() => document.body.append(Object.assign(document.createElement("input"), { type: "file", multiple: true, id: "test-files" })));
    await fresh.setInputFiles("#test-files", [join(dir, "kept.txt"), join(dir, "vanished.txt")]);
    rmSync(join(dir, "vanished.txt"));
    const transfer = await fresh.evaluateHandle(() => {
      const transfer = new DataTransfer();
      for (const file of (document.querySelector("#test-files") as HTMLInputElement).files!) transfer.items.add(file);
      return transfer;
    });
    await drop(fresh, transfer);
    await waitForImport(fresh);
    const result = await fresh.evaluate(() => window.__entityGraph!.explorer.file);
    expect(result.documents.map((d) => d.path)).toEqual(["kept.txt"]);
    expect(result.skipped).toEqual([{ path: "vanished.txt", reason: "cannot read: NotFoundError the file was moved or deleted after it was picked" }]);
    expect(result.graph.nodes.map((n) => n.attributes?.label)).toContain("Angela Merkel");
  });

  it("says so when nothing at all could be read, and keeps the graph on the page", async () => {
    const fresh = await harness.open();
    await fresh.setInputFiles("[data-documents-input]", [
      { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
      { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4") },
    ]);
    await waitForImport(fresh, "empty");
    await expect(fresh.locator("#import-status [role=alert]").textContent()).resolves.toBe("No document could be read");
    await expect(fresh.locator("#import-status [data-import-skipped] li").allTextContents()).resolves.toEqual([
      "empty.txt — empty file",
      "scan.pdf — not a valid PDF (Invalid PDF structure.)",
    ]);
    expect(await fresh.evaluate(() => window.__entityGraph!.graph.hasNode("person:vladimir-putin"))).toBe(true);
    expect(pageErrors(fresh)).toEqual([]);
  });

  it("logged no error on the page", () => {
    expect(pageErrors(page)).toEqual([]);
  });
});

/** `npm run graph -- folder` with `options`: the graph file it writes. */
function graphOf(folder: string, options: string[] = []): GraphFile {
  const out = join(mkdtempSync(join(tmpdir(), "entity-graph-e2e-kinds-")), "graph.json");
  temporary.push(join(out, ".."));
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", folder, "--out", out, "--quiet", ...options], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm run graph failed: ${run.stderr}`);
  return JSON.parse(readFileSync(out, "utf8")) as GraphFile;
}

/** Picks `folder` with the menu's folder picker (OCR ticked or not) and waits for the graph. */
async function pickFolder(page: Page, folder: string, ocr = false): Promise<void> {
  await page.click('[data-action="documents"]');
  if (ocr) await page.check("[data-ocr]");
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click('[data-action="pick-folder"]')]);
  await chooser.setFiles(folder);
  await waitForImport(page);
}

describe("documents of every kind in the page and on the command line", () => {
  let corpus: string;
  let cli: GraphFile;
  let page: Page;
  let file: GraphFile;
  beforeAll(async () => {
    corpus = await makeDocumentKindsCorpus();
    temporary.push(corpus);
    cli = graphOf(corpus);
    page = await harness.open();
    await pickFolder(page, corpus);
    file = await page.evaluate(() => window.__entityGraph!.explorer.evidence.loadFile());
  }, 120_000);

  it("reads the same documents, sentences (with their pages) and graph as the command line", () => {
    expect(cli.documents).toEqual(DOCUMENT_KINDS_DOCUMENTS);
    expect(file.documents).toEqual(cli.documents);
    expect(file.sentences).toEqual(cli.sentences);
    expect(file.graph).toEqual(cli.graph);
  });

  it("skips the same files for the same reasons", () => {
    expect(cli.skipped).toEqual(DOCUMENT_KINDS_SKIPPED);
    expect(file.skipped).toEqual(cli.skipped);
  });

  it("shows the page of a PDF's sentence in the evidence panel", async () => {
    await page.click('[data-action="close-import"]');
    const { x, y } = await nodePosition(page, "person:emmanuel-macron");
    await page.mouse.click(x, y);
    await page.waitForSelector('aside[aria-label="Details"][data-view="node"]');
    await expect(panel(page).locator(".sentence").allTextContents()).resolves.toEqual(["Emmanuel Macron spoke in Paris. p. 3"]);
    await expect(panel(page).locator(".doc__meta").allTextContents()).resolves.toEqual(["brief.pdf · 3 pages · 1 sentence"]);
    expect(pageErrors(page)).toEqual([]);
  });

  it("reads the scans with OCR when asked, page by page, as npm run graph --ocr does", async () => {
    const withOcr = graphOf(corpus, ["--ocr"]);
    for (const document of DOCUMENT_KINDS_OCR.documents) expect(withOcr.documents).toContainEqual(document);
    const fresh = await harness.open();
    // Everything OCR needs comes with the page: no request leaves its origin (workers' requests included).
    const elsewhere: string[] = [];
    const requested: string[] = [];
    fresh.context().on("request", (request) => {
      requested.push(request.url());
      if (!request.url().startsWith(harness.url) && !/^(blob|data):/.test(request.url())) elsewhere.push(request.url());
    });
    await recordImport(fresh);
    await pickFolder(fresh, corpus, true);
    const read = await fresh.evaluate(() => window.__entityGraph!.explorer.evidence.loadFile());
    expect(read.documents).toEqual(withOcr.documents);
    expect(read.sentences).toEqual(withOcr.sentences);
    expect(read.skipped).toEqual(withOcr.skipped);
    const seen = await fresh.evaluate(() => (window as { __importSeen?: { detail: string }[] }).__importSeen!.map((s) => s.detail));
    expect(seen).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+ of \d+ files · scanned\.pdf · OCR page 1 of 2$/), expect.stringMatching(/ · scanned\.pdf · OCR page 2 of 2$/)]));
    expect(requested).toEqual(expect.arrayContaining([expect.stringMatching(/\/eng\.traineddata-[\w-]+\.gz$/), expect.stringMatching(/\/tesseract-core-simd-lstm\.wasm-[\w-]+\.js$/)]));
    expect(elsewhere).toEqual([]);
    expect(pageErrors(fresh)).toEqual([]);
  }, 120_000);
});

describe("hostile documents", () => {
  it("shows <script>, onerror handlers, javascript: links and entities as the text they are; nothing runs", async () => {
    const page = await harness.open();
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const hostile = [
      "<img src=x onerror=window.__pwned=1> Putin report",
      "javascript:window.__pwned=2",
      "Vladimir Putin said <script>window.__pwned=3;alert(3)</script> in Moscow.",
      "Vladimir Putin wrote <img src=x onerror=\"window.__pwned=4;alert(4)\"> to Tehran &amp; Damascus &lt;b&gt;today&lt;/b&gt;.",
      "Vladimir Putin linked <a href=\"javascript:alert(5)\">Kremlin</a> and [Moscow](javascript:alert(6)).",
    ].join("\n");
    await page.click('[data-action="documents"]');
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click('[data-action="pick-files"]')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles([
      { name: "hostile.txt", mimeType: "text/plain", buffer: Buffer.from(hostile) },
      { name: "hostile.md", mimeType: "text/markdown", buffer: Buffer.from("# <svg onload=alert(7)>\n\nVladimir Putin visited [Sochi](javascript:alert(8)) with Recep Tayyip Erdoğan.\n") },
    ]);
    await waitForImport(page);
    await page.click('[data-action="close-import"]');
    const { x, y } = await nodePosition(page, "person:vladimir-putin");
    await page.mouse.click(x, y);
    await page.waitForSelector('aside[aria-label="Details"][data-view="node"]');

    const text = (await panel(page).textContent()) ?? "";
    expect(text).toContain("Vladimir Putin said <script>window.__pwned=3;alert(3)</script> in Moscow.");
    expect(text).toContain('<img src=x onerror="window.__pwned=4;alert(4)"> to Tehran &amp; Damascus &lt;b&gt;today&lt;/b&gt;.');
    expect(text).toContain('<a href="javascript:alert(5)">Kremlin</a>');
    expect(text).toContain("<img src=x onerror=window.__pwned=1> Putin report");
    expect(text).toContain("# <svg onload=alert(7)>".slice(2));
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll("aside img, aside script, aside svg, #import-status img, #import-status script").length,
      javascriptLinks: [...document.querySelectorAll("a[href]")].filter((a) => !/^(https?:|blob:|#)/.test(a.getAttribute("href") ?? "")).length,
      pwned: (window as { __pwned?: number }).__pwned,
    }));
    expect(injected).toEqual({ elements: 0, javascriptLinks: 0, pwned: undefined });
    // Give any handler that slipped through time to fire.
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await expect(page.evaluate(() => (window as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    expect(pageErrors(page)).toEqual([]);
  });
});

describe("a long import", () => {
  it("keeps the page responsive, and cancel leaves the graph as it was", async () => {
    const page = await harness.open();
    // Forty articles of about 75 kB (13,000 words, over half a second of extraction each): long enough
    // to cancel in the middle, and a task that long would show if extraction ran on the page's thread.
    const sentence = "Officials in Brussels and Geneva discussed the plan with Antonio Guterres on Tuesday. ";
    const files = Array.from({ length: 40 }, (_, i) => ({ name: `article-${String(i).padStart(2, "0")}.txt`, text: `Report ${i}\n\n${sentence.repeat(900)}` }));
    // Frames the page paints, counted from the start (a count, not a time: the machine may be loaded).
    await page.evaluate(() => {
      const frames = { count: 0 };
      (window as { __frames?: typeof frames }).__frames = frames;
      const tick = () => {
        frames.count++;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await recordImport(page);
    await drop(page, await dataTransfer(page, files));
    const progress = () => page.evaluate(() => ({ files: Number(document.querySelector("[data-import-progress]")?.getAttribute("aria-valuenow")), frames: (window as { __frames?: { count: number } }).__frames!.count }));
    await page.waitForFunction(() => Number(document.querySelector("[data-import-progress]")?.getAttribute("aria-valuenow")) >= 2, undefined, { timeout: 60_000 });
    const from = await progress();
    await page.waitForFunction((done) => Number(document.querySelector("[data-import-progress]")?.getAttribute("aria-valuenow")) >= done + 2, from.files, { timeout: 60_000 });
    const to = await progress();
    // While the worker extracts, the page keeps painting: several frames for each file read. Extraction on
    // the page's own thread would hold every frame for a whole file (over half a second each).
    expect(to.frames - from.frames).toBeGreaterThanOrEqual(3 * (to.files - from.files));
    await expect(page.locator("[data-import-detail]").textContent()).resolves.toMatch(/^\d+ of 40 files · article-\d\d\.txt$/);
    await page.click('[data-action="cancel-import"]');
    await waitForImport(page, "cancelled");
    const after = await page.evaluate(() => ({
      putin: window.__entityGraph!.graph.hasNode("person:vladimir-putin"),
      guterres: window.__entityGraph!.graph.hasNode("person:antonio-guterres"),
    }));
    expect(after.putin).toBe(true);
    expect(after.guterres).toBe(false);
    // The worker is gone: no late progress redraws the card.
    await page.waitForTimeout(500);
    await expect(importState(page)).resolves.toBe("cancelled");
    expect(pageErrors(page)).toEqual([]);
  });
});
