// The layout of the code holds: the pure folders (text in, mentions and graphs out) import nothing from the
// edges (src/app: the page, src/cli: files and processes) and no Node module, so the same code runs in
// Node, in worker threads and in the browser; the page imports nothing from the command line.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = resolve(import.meta.dirname, "../src");
const PURE = ["extract", "graph", "export", "train"];

/** Every import of every module under src/: the importing folder and what it imports (a src folder or a package). */
function imports(): { file: string; folder: string; target: string }[] {
  const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => f.endsWith(".ts"));
  return files.flatMap((file) => {
    const text = readFileSync(join(SRC, file), "utf8");
    // `import x from "y"`, `export { x } from "y"`, `import "y"` and `import("y")`.
    const pattern = /(?:^|\s)(?:import|export)\s[^;]*?from\s*["']([^"']+)["']|^import\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/gm;
    const specifiers = [...text.matchAll(pattern)].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
    return specifiers.map((specifier) => ({
      file,
      folder: file.split("/")[0] as string,
      target: specifier.startsWith(".") ? relative(SRC, resolve(SRC, dirname(file), specifier)).split("/")[0] as string : specifier,
    }));
  });
}

describe("the layout of src/", () => {
  const all = imports();

  it("reads the imports it checks", () => {
    expect(all.length).toBeGreaterThan(200);
    expect(all.some((i) => i.folder === "app" && i.target === "graph")).toBe(true);
  });

  it("keeps the pure folders free of the page, the command line and Node's modules", () => {
    const wrong = all.filter((i) => PURE.includes(i.folder) && (i.target === "app" || i.target === "cli" || i.target.startsWith("node:")));
    expect(wrong).toEqual([]);
  });

  it("keeps the page free of the command line", () => {
    expect(all.filter((i) => i.folder === "app" && i.target === "cli")).toEqual([]);
  });
});
