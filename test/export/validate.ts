// Runs ../shared/tools/validate-gexf on GEXF text; says what to install when its tools are missing.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

/** Where the shared validator lives, beside the repository. */
export const VALIDATOR = resolve(import.meta.dirname, "../../../shared/tools/validate-gexf/validate-gexf");

/** The validator's verdict: exit status and everything it printed. */
export interface ValidatorResult {
  status: number | null;
  output: string;
}

/** Throws a message naming the Debian packages to install when xmllint or networkx is missing. */
export function requireValidatorTools(): void {
  const missing: string[] = [];
  if (spawnSync("xmllint", ["--version"]).status !== 0) missing.push("libxml2-utils (xmllint)");
  if (spawnSync("/usr/bin/python3", ["-c", "import networkx"]).status !== 0) missing.push("python3-networkx");
  if (missing.length > 0) {
    throw new Error(
      `validate-gexf needs ${missing.join(" and ")}: apt-get install -y --no-install-recommends ` +
        `libxml2-utils python3-networkx (.ci/run installs them)`,
    );
  }
}

/** Validates a GEXF file on disk. */
export function validateGexfFile(path: string): ValidatorResult {
  requireValidatorTools();
  const run = spawnSync(VALIDATOR, [path], { encoding: "utf8" });
  if (run.error) throw new Error(`cannot run ${VALIDATOR}: ${run.error.message}`);
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** Writes the GEXF text to a temporary file and validates it. */
export function validateGexf(xml: string): ValidatorResult {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-gexf-"));
  try {
    const path = join(dir, "export.gexf");
    writeFileSync(path, xml);
    return validateGexfFile(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
