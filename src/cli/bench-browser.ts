// `npm run bench:browser`: the explorer's speed in Debian's chromium (src/cli/bench-explorer.ts) and
// documents dropped into the page (src/cli/bench-import.ts). Options: --runs=N page loads per graph
// (median), --graph=FILE (repeatable) measures these graph files instead, --explorer-only / --import-only
// one half, --big adds the 50 MB drop, --many-only measures only the drop of 5,000 small files (with --import-only);
// --curation-only times a merge of two hubs alone (src/cli/bench-curation.ts, --merge=KEY,KEY picks them);
// --focus-only times Focus and paths alone (src/cli/bench-focus.ts, --focus=KEY picks the node). Side effects:
// those of the benchmarks; prints their tables.
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { benchCuration, formatCurationBench } from "./bench-curation.ts";
import { benchFocus, formatFocusBench } from "./bench-focus.ts";
import { benchBrowser, formatBareRatios, formatBrowserBench, VIEWPORT } from "./bench-explorer.ts";
import { benchImport, formatImportBench, MANY_FILES, NEWS_2MB, SPEECHES_50MB } from "./bench-import.ts";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((arg) => arg.startsWith("--runs="))?.slice("--runs=".length) ?? 5);
  // --graph=FILE (repeatable): graph files written by `npm run graph`, single or split, instead of ours.
  const graphs = args
    .filter((arg) => arg.startsWith("--graph="))
    .map((arg) => arg.slice("--graph=".length))
    .map((file) => ({ name: basename(file), file: resolve(file) }));
  const log = (line: string) => console.error(line);
  const main = async () => {
    if (args.includes("--curation-only")) {
      const merge = args.find((arg) => arg.startsWith("--merge="))?.slice("--merge=".length).split(",");
      const nodes = merge?.length === 2 ? (merge as [string, string]) : undefined;
      const results = await benchCuration({ runs: Math.min(runs, 3), log, graphs: graphs.length > 0 ? graphs.map((g) => ({ ...g, ...(nodes ? { nodes } : {}) })) : undefined });
      console.log(`A merge in the explorer (medians of ${Math.min(runs, 3)} page loads)\n\n${formatCurationBench(results)}`);
      return;
    }
    if (args.includes("--focus-only")) {
      const node = args.find((arg) => arg.startsWith("--focus="))?.slice("--focus=".length);
      const results = await benchFocus({ runs, log, graphs: graphs.length > 0 ? graphs.map((g) => ({ ...g, ...(node ? { node } : {}) })) : undefined });
      console.log(`Focus and paths in the explorer (${VIEWPORT.width}×${VIEWPORT.height}, medians of ${runs} page loads)\n\n${formatFocusBench(results)}`);
      return;
    }
    if (!args.includes("--import-only")) {
      const results = await benchBrowser({ runs, log, graphs: graphs.length > 0 ? graphs : undefined });
      console.log(`Explorer in chromium (${VIEWPORT.width}×${VIEWPORT.height}, medians of ${runs} page loads)\n\n${formatBrowserBench(results)}\n`);
      console.log(`Next to a bare sigma page on the same graph files, in the same run\n\n${formatBareRatios(results)}\n`);
    }
    if (args.includes("--explorer-only")) return;
    const imports = await benchImport(args.includes("--many-only") ? [MANY_FILES] : [NEWS_2MB, MANY_FILES, ...(args.includes("--big") ? [SPEECHES_50MB] : [])], log);
    console.log(`Documents picked in the page (one run each)\n\n${formatImportBench(imports)}`);
  };
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
