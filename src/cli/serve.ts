// `npm start` and `npm run build`: make sure public/graph.json is there and newer than corpus/ (running
// `npm run graph` when it is not), then run vite with the given arguments: none serves the explorer with
// the dev server, `build` writes dist/. Side effects: may write public/graph.json, starts vite.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const ROOT = resolve(import.meta.dirname, "../..");

/** Why the graph file must be (re)built, or null when it is up to date with the corpus. */
export function staleGraphReason(graphFile: string, corpusFolder: string): string | null {
  if (!existsSync(graphFile)) return `${graphFile} does not exist`;
  const built = statSync(graphFile).mtimeMs;
  const newest = newestFile(corpusFolder);
  if (newest && newest.mtimeMs > built) return `${newest.path} is newer than ${graphFile}`;
  return null;
}

/** The most recently modified file under `folder` (hidden files skipped), or null when there is none. */
export function newestFile(folder: string): { path: string; mtimeMs: number } | null {
  if (!existsSync(folder)) return null;
  let newest: { path: string; mtimeMs: number } | null = null;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith(".")) continue;
    const path = join(entry.parentPath, entry.name);
    const { mtimeMs } = statSync(path);
    if (!newest || mtimeMs > newest.mtimeMs) newest = { path, mtimeMs };
  }
  return newest;
}

function main(args: string[]): void {
  const graphFile = join(ROOT, "public/graph.json");
  const reason = staleGraphReason(graphFile, join(ROOT, "corpus"));
  if (reason) {
    console.log(`entity-graph: ${reason}; running npm run graph…`);
    const built = spawnSync("npm", ["run", "graph"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) {
      console.error("entity-graph: npm run graph failed; the explorer will say that the graph is missing.");
    }
  }
  const vite = spawn(join(ROOT, "node_modules/.bin/vite"), args, { cwd: ROOT, stdio: "inherit" });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => vite.kill(signal));
  }
  vite.on("exit", (code, signal) => {
    process.exitCode = code ?? (signal ? 1 : 0);
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2));
}
