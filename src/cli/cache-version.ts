// The extractor's version: a hash of everything that decides what extraction makes of a file, read from
// the project's files. Side effect: reads src/extract/, src/graph/extract-file.ts and package-lock.json.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = new URL("../..", import.meta.url).pathname;

/**
 * Bumped by hand only when the cache's stored form changes (what an entry holds, not what extraction does:
 * a change to extraction changes the hashed files, and so the version, by itself).
 */
export const CACHE_FORMAT = 1;

/** The code and data of extraction: the readers, the rules, the tagger, its model and the gazetteer. */
const EXTRACTION_SOURCES = ["src/extract", "src/graph/extract-file.ts"];

/**
 * The extractor's version, a hex hash of: CACHE_FORMAT; every file under src/extract/ (code, trained model,
 * gazetteer data) and src/graph/extract-file.ts, by path and content; and the locked version of each
 * runtime dependency (compromise, pdfjs-dist, mammoth… change what a file gives). Any change to one of
 * them gives a new version, so cached extractions and queued jobs of the old code are never reused; two
 * machines with the same checkout and install compute the same version.
 * @example extractorVersion() // "3f9c…" (64 hex digits)
 */
export function extractorVersion(root = ROOT): string {
  const hash = createHash("sha256");
  hash.update(`entity-graph extraction cache ${CACHE_FORMAT}\n`);
  for (const path of EXTRACTION_SOURCES.flatMap((source) => listFiles(join(root, source)))) {
    hash.update(`${relative(root, path)}\n`);
    hash.update(readFileSync(path));
  }
  hash.update(JSON.stringify(lockedDependencies(root)));
  return hash.digest("hex");
}

/** Every file under a path (the path itself when it is a file), in code-unit order. */
function listFiles(path: string): string[] {
  let names: string[];
  try {
    names = readdirSync(path);
  } catch {
    return [path];
  }
  return names.sort().flatMap((name) => listFiles(join(path, name)));
}

/** The runtime dependencies with the versions package-lock.json installs. */
function lockedDependencies(root: string): [string, string][] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const lock = JSON.parse(readFileSync(join(root, "package-lock.json"), "utf8")) as { packages?: Record<string, { version?: string }> };
  return Object.keys(manifest.dependencies ?? {})
    .sort()
    .map((name) => [name, lock.packages?.[`node_modules/${name}`]?.version ?? "not locked"]);
}
