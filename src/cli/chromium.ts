// Debian's chromium for the end-to-end tests and the browser benchmark: where it is and how to launch it
// here (headless, software WebGL, no background network). Launching is the caller's side effect.
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** Debian's chromium; never a downloaded browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Flags measured in ../shared/BROWSER-TESTING.md: WebGL through SwiftShader, and no calls home. */
export const CHROMIUM_ARGS: readonly string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * Launches headless chromium with the project's flags; fails saying how to install it when it is missing.
 * @example const browser = await launchChromium(); const page = await browser.newPage();
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing: apt-get install -y chromium (.ci/run installs it)`);
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}
