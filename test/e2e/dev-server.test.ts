// End to end, as `npm start` serves the page (vite's dev server, dependencies pre-bundled anew as on a
// fresh checkout): the first documents a user drops are extracted in the worker and shown, and the page
// does not reload under them ("optimized dependencies changed, reloading" once lost that first import).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serveDev, type ServedFolder } from "../../src/cli/browser-harness.ts";
import { launchChromium } from "../../src/cli/chromium.ts";

let server: ServedFolder | undefined;
let browser: Browser | undefined;

beforeAll(async () => {
  server = await serveDev();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

it("keeps the page, and builds the graph, when the first documents are dropped in dev mode", async () => {
  const page = await browser!.newPage();
  const logs: string[] = [];
  page.on("console", (message) => logs.push(message.text()));
  let navigations = 0;
  page.on("framenavigated", (frame) => {
    if (frame === page.mainFrame()) navigations++;
  });
  await page.goto(server!.url);
  // With or without a public/graph.json, the page settles; documents can be dropped either way.
  await page.waitForFunction(() => document.body.dataset.state === "ready" || document.body.dataset.state === "error", undefined, { timeout: 60_000 });
  await page.evaluate(() => ((window as { __before?: boolean }).__before = true));
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(["Prime Minister Zorava Quenlit met Orvan Telkis in Qarnabad.\nZorava Quenlit said so."], "first.txt", { type: "text/plain" }));
    return data;
  });
  for (const type of ["dragenter", "dragover", "drop"]) await page.dispatchEvent("#graph", type, { dataTransfer: transfer });
  await page.waitForSelector('#import-status[data-import-state="done"]', { timeout: 90_000 });
  await page.waitForSelector('body[data-state="ready"]');
  expect(await page.evaluate(() => (window as { __before?: boolean }).__before)).toBe(true);
  expect(await page.evaluate(() => window.__entityGraph?.graph.hasNode("person:zorava-quenlit"))).toBe(true);
  expect(navigations).toBe(1);
  expect(logs.filter((line) => /optimized dependencies changed|reloading/i.test(line))).toEqual([]);
}, 180_000);
