// What the browser benchmarks and the end-to-end tests share: the project's commands run to completion,
// the built explorer served by `vite preview` on a free loopback port, and waiting for a drawn frame.
// Side effects: runs commands, starts and stops a server process.
import { spawn, spawnSync } from "node:child_process";
import { freePort } from "./free-port.ts";
import { join, resolve } from "node:path";
import type { Page } from "playwright-core";

/** The project's folder. */
export const ROOT = resolve(import.meta.dirname, "../..");

/**
 * Runs a command in the project's folder; throws with everything it printed when it fails.
 * @example runCommand(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--quiet"])
 */
export function runCommand(command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}

/** Builds the explorer into `folder` (vite build). */
export function buildExplorer(folder: string): void {
  runCommand(join(ROOT, "node_modules/.bin/vite"), ["build", "--outDir", folder, "--emptyOutDir", "--logLevel", "error"]);
}

/** Builds the benchmark's bare sigma page (src/app/bench/bare-sigma/: sigma and graphology, no app) into `folder`. */
export function buildBareSigma(folder: string): void {
  runCommand(join(ROOT, "node_modules/.bin/vite"), ["build", "src/app/bench/bare-sigma", "--base", "./", "--outDir", folder, "--emptyOutDir", "--logLevel", "error"]);
}

/** Writes the sample corpus's graph, as `npm run graph` makes it, to `path`. */
export function buildSampleGraph(path: string): void {
  runCommand(process.execPath, ["--import", "tsx", "src/cli/graph.ts", "corpus", "--out", path, "--quiet"]);
}

/** A served folder: its address, and how to stop the server. */
export interface ServedFolder {
  url: string;
  close(): void;
}

/**
 * Serves a built explorer with `vite preview` on a free loopback port, once it answers.
 * @example const { url, close } = await servePreview("/tmp/dist"); … close();
 */
export function servePreview(folder: string): Promise<ServedFolder> {
  return serveVite(["preview", "--outDir", folder]);
}

/**
 * Serves the project as `npm start` does, with vite's dev server; `--force` pre-bundles the dependencies
 * anew, as on a fresh checkout.
 */
export function serveDev(): Promise<ServedFolder> {
  return serveVite(["--force", "--clearScreen", "false"]);
}

/** Runs vite with `args` on a free loopback port and waits until it answers. */
async function serveVite(args: readonly string[]): Promise<ServedFolder> {
  const port = await freePort();
  const server = spawn(join(ROOT, "node_modules/.bin/vite"), [...args, "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: ROOT,
    stdio: "ignore",
  });
  const close = () => {
    if (server.exitCode === null) server.kill();
  };
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`vite ${args[0]} exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return { url, close };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  close();
  throw new Error(`${url} did not answer within 30 s`);
}

/** Waits until the camera has stopped and two frames have been drawn since (`pause` ms more, if asked). */
export async function settle(page: Page, { timeout = 30_000, pause = 0 } = {}): Promise<void> {
  await page.waitForFunction(() => !window.__entityGraph!.renderer.getCamera().isAnimated(), undefined, { timeout });
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  if (pause > 0) await page.waitForTimeout(pause);
}

/** The median of some timings, to a tenth of a millisecond. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}
