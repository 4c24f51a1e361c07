// The programs the test suite needs from the system, each with the Debian package that provides it and
// why the tests need it: one table that `npm test`'s pretest step installs from and the checks name.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { CHROMIUM_PATH } from "../../src/cli/chromium.ts";
import { REDIS_SERVER } from "../../src/cli/redis-server.ts";

/** A program the tests run, and how to tell it is there. */
export interface SystemTool {
  name: string;
  /** The Debian package that installs it. */
  debianPackage: string;
  why: string;
  present(): boolean;
}

/** Does `command args` run and exit 0? */
function runs(command: string, args: readonly string[]): boolean {
  return spawnSync(command, args, { stdio: "ignore" }).status === 0;
}

/** Interpreters tried for networkx, in order: the one asked for, the one on PATH, Debian's. */
const PYTHON_CANDIDATES = [process.env.GEXF_PYTHON, "python3", "/usr/bin/python3"].filter((p): p is string => Boolean(p));

/**
 * The first python3 that imports networkx, or null.
 * @example findNetworkxPython() // "python3"
 */
export function findNetworkxPython(): string | null {
  // Asked once per process: importing networkx takes half a second.
  networkxPython ??= PYTHON_CANDIDATES.find((python) => runs(python, ["-c", "import networkx"])) ?? null;
  return networkxPython;
}
let networkxPython: string | null | undefined;

export const SYSTEM_TOOLS: readonly SystemTool[] = [
  {
    name: "chromium",
    debianPackage: "chromium",
    why: "the end-to-end tests drive the explorer in it",
    present: () => existsSync(CHROMIUM_PATH),
  },
  {
    name: "xmllint",
    debianPackage: "libxml2-utils",
    why: "GEXF exports are checked against the official GEXF 1.3 schema",
    present: () => runs("xmllint", ["--version"]),
  },
  {
    name: "python3 with networkx",
    debianPackage: "python3-networkx",
    why: "GEXF exports are loaded with networkx, as a user would",
    present: () => findNetworkxPython() !== null,
  },
  {
    name: "redis-server",
    debianPackage: "redis-server",
    why: "the queue tests start their own Redis on a free loopback port for BullMQ",
    present: () => runs(REDIS_SERVER, ["--version"]),
  },
];

/**
 * The tools of SYSTEM_TOOLS that are missing here.
 * @example missingTools().map((t) => t.debianPackage) // [] on a machine that has them all
 */
export function missingTools(): SystemTool[] {
  return SYSTEM_TOOLS.filter((tool) => !tool.present());
}

/** The one command that installs the given tools on Debian. */
export function installCommand(tools: readonly SystemTool[]): string {
  return `apt-get install -y --no-install-recommends ${tools.map((t) => t.debianPackage).join(" ")}`;
}
