import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { writeExports } from "../../src/cli/write-exports.ts";
import { readGraphFile } from "../../src/export/index.ts";
import { buildNastyGraph, buildPlainGraph } from "../export/fixtures.ts";
import { checkGexfFile } from "../export/validate.ts";

describe("writeExports", () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = mkdtempSync(join(tmpdir(), "entity-graph-exports-"));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  it("writes GEXF and both CSV files, creating folders, and the GEXF passes the GEXF check", async () => {
    const dir = tempDir();
    const graph = buildNastyGraph();
    const paths = { gexf: join(dir, "a/graph.gexf"), nodesCsv: join(dir, "b/nodes.csv"), edgesCsv: join(dir, "b/edges.csv") };
    expect(await writeExports(graph, { gexf: paths.gexf, csv: join(dir, "b") }, "corpus/")).toEqual([paths.gexf, paths.nodesCsv, paths.edgesCsv]);
    expect(checkGexfFile(paths.gexf).problems).toEqual([]);
    expect(readGraphFile(readFileSync(paths.gexf, "utf8")).graph.nodes).toHaveLength(graph.order);
    expect(readFileSync(paths.gexf, "utf8")).toContain("<description>corpus/</description>");
    expect(readFileSync(paths.nodesCsv, "utf8").split("\r\n")).toHaveLength(graph.order + 2);
    expect(readFileSync(paths.edgesCsv, "utf8").split("\r\n")).toHaveLength(graph.size + 2);
  });

  it("writes only what it is asked for", async () => {
    const dir = tempDir();
    const gexf = join(dir, "only.gexf");
    expect(await writeExports(buildPlainGraph(), { gexf })).toEqual([gexf]);
    expect(() => readFileSync(join(dir, "nodes.csv"))).toThrow(/ENOENT/);
  });
});
