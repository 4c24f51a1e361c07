import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinAliases } from "../../src/export/index.ts";
import type { GraphFile } from "../../src/graph/types.ts";
import { checkGexfFile } from "../export/validate.ts";

const ROOT = resolve(import.meta.dirname, "../..");

describe("npm run graph -- corpus --gexf --csv", () => {
  let dir = "";
  let file: GraphFile;
  let gexf = "";
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "entity-graph-cli-"));
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "src/cli/graph.ts", "corpus", "--out", join(dir, "graph.json"), "--gexf", join(dir, "graph.gexf"), "--csv", dir, "--quiet"],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(run.status, `${run.stdout}${run.stderr}`).toBe(0);
    file = JSON.parse(readFileSync(join(dir, "graph.json"), "utf8")) as GraphFile;
    gexf = readFileSync(join(dir, "graph.gexf"), "utf8");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a GEXF file that passes the GEXF check, with the graph's node and edge counts", () => {
    const check = checkGexfFile(join(dir, "graph.gexf"));
    expect(check.problems).toEqual([]);
    const nodes = file.graph.nodes.length;
    expect(nodes).toBeGreaterThan(50);
    expect(check.raw).toEqual({ nodes, edges: file.graph.edges.length });
    expect(check.networkx).toMatchObject({ nodes, edges: file.graph.edges.length, viz: { color: nodes, position: nodes, size: nodes } });
    // Each node's degree, weighted degree and PageRank, as networkx computes them on the file it read.
    expect(check.networkx?.metrics).toMatchObject({ degree: nodes, weighted_degree: nodes });
    expect(check.networkx?.metrics.pagerank).toBeLessThan(1e-4);
  });

  it("round-trips through graphology-gexf: same nodes, edges, weights and attributes as the graph JSON", () => {
    const back = parse(Graph, gexf);
    expect(back.order).toBe(file.graph.nodes.length);
    expect(back.size).toBe(file.graph.edges.length);
    for (const { key, attributes } of file.graph.nodes) {
      const { label, type, mentions, documents, aliases, x, y } = attributes!;
      expect(back.getNodeAttributes(key)).toMatchObject({ label, type, mentions, documents, aliases: joinAliases(aliases), x, y });
    }
    for (const { source, target, attributes } of file.graph.edges) {
      expect(back.getEdgeAttribute(back.edge(source, target)!, "weight")).toBe(attributes!.weight);
    }
  });

  it("writes nodes.csv and edges.csv with one row per node and per edge", () => {
    const nodes = readFileSync(join(dir, "nodes.csv"), "utf8").split("\r\n");
    const edges = readFileSync(join(dir, "edges.csv"), "utf8").split("\r\n");
    expect(nodes[0]).toBe("id,label,type,aliases,mentions,documents,community,degree,weighted_degree,pagerank");
    expect(nodes).toHaveLength(file.graph.nodes.length + 2);
    expect(edges[0]).toBe("source,target,weight,relation,relation_class");
    expect(edges).toHaveLength(file.graph.edges.length + 2);
  });
});
