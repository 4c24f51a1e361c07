import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { toCsvCell, toEdgesCsv, toNodesCsv } from "../../src/export/index.ts";
import { computeNodeMetrics } from "../../src/graph/compute-node-metrics.ts";
import { buildNastyGraph, buildPlainGraph, NASTY_LABELS } from "./fixtures.ts";

/** Reads CSV with Python's csv module, the way pandas and spreadsheet importers split it. */
function readWithPython(csv: string): string[][] {
  const run = spawnSync("/usr/bin/python3", ["-c", "import csv, json, sys; print(json.dumps(list(csv.reader(sys.stdin))))"], {
    input: csv,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`python3 csv failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as string[][];
}

describe("toCsvCell", () => {
  it.each([
    ["Iran", "Iran"],
    ["Tehran, Iran", '"Tehran, Iran"'],
    ['The "Quartet"', '"The ""Quartet"""'],
    ["line\nbreak", '"line\nbreak"'],
    ["cr\rhere", '"cr\rhere"'],
    [" padded ", '" padded "'],
    ["حسن روحاني", "حسن روحاني"],
    ["<b>&amp;</b>", "<b>&amp;</b>"],
    ["", ""],
  ])("writes %j as %j", (text, cell) => {
    expect(toCsvCell(text)).toBe(cell);
  });

  it.each([
    ["=SUM(A1:A2)", "'=SUM(A1:A2)"],
    ["+44 20", "'+44 20"],
    ["-1 + 1", "'-1 + 1"],
    ["@cmd", "'@cmd"],
    ["\tTab", "'\tTab"],
    ['=HYPERLINK("http://x", "y")', `"'=HYPERLINK(""http://x"", ""y"")"`],
  ])("neutralises the formula start of %j", (text, cell) => {
    expect(toCsvCell(text)).toBe(cell);
  });

  it.each(["a=b", "Hamas-Fatah", "e-mail@x"])("leaves %j alone: only the first character starts a formula", (text) => {
    expect(toCsvCell(text)).toBe(text);
  });
});

describe("toNodesCsv / toEdgesCsv", () => {
  it("writes one row per node and per edge, with CRLF line ends and a header", () => {
    const graph = buildPlainGraph();
    const nodes = toNodesCsv(graph);
    expect(nodes.split("\r\n")[0]).toBe("id,label,type,aliases,mentions,documents,community,degree,weighted_degree,pagerank");
    // Iran: community 0, three links of 5, 4 and 2 sentences, then its PageRank.
    expect(nodes.split("\r\n")[1]).toMatch(/^country:iran,Iran,country,Iran \| Islamic Republic of Iran \| Iranian,14,3,0,3,11,0\.\d+$/);
    expect(nodes.split("\r\n")).toHaveLength(graph.order + 2);
    const edges = toEdgesCsv(graph);
    expect(edges.split("\r\n").slice(0, 2)).toEqual(["source,target,weight,relation,relation_class", "country:iran,person:hassan-rouhani,5,,"]);
    expect(edges.split("\r\n")).toHaveLength(graph.size + 2);
  });

  it("writes only the header for the empty graph", () => {
    const graph = buildPlainGraph();
    graph.clear();
    expect(toNodesCsv(graph)).toBe("id,label,type,aliases,mentions,documents,community,degree,weighted_degree,pagerank\r\n");
    expect(toEdgesCsv(graph)).toBe("source,target,weight,relation,relation_class\r\n");
  });

  it("gives Python's csv reader every nasty label back as one cell (formula starts behind an apostrophe)", () => {
    const rows = readWithPython(toNodesCsv(buildNastyGraph()));
    expect(rows).toHaveLength(NASTY_LABELS.length + 1);
    rows.slice(1).forEach((row, i) => {
      const label = NASTY_LABELS[i]!;
      expect(row).toHaveLength(10);
      expect(row[1]).toBe(/^[=+\-@\t\r]/.test(label) ? `'${label}` : label);
      expect(row.slice(4, 6)).toEqual([String(i + 1), "1"]);
    });
  });

  it("gives Python's csv reader each node's metrics: the page's when given (betweenness included), the same figures", () => {
    const graph = buildPlainGraph();
    const metrics = computeNodeMetrics(graph);
    const [header, ...rows] = readWithPython(toNodesCsv(graph, { metrics }));
    expect(header!.slice(6)).toEqual(["community", "degree", "weighted_degree", "pagerank", "betweenness"]);
    for (const row of rows) {
      const i = metrics.keys.indexOf(row[0]!);
      expect(row.slice(7).map(Number)).toEqual([metrics.values.degree[i], metrics.values.weightedDegree[i], metrics.values.pagerank[i], metrics.values.betweenness[i]]);
    }
    // Without them the cheap ones are computed, the same: the CSV and the page agree.
    const [, ...cheap] = readWithPython(toNodesCsv(graph));
    expect(cheap.map((row) => row.slice(0, 10))).toEqual(rows.map((row) => row.slice(0, 10)));
  });

  it("writes a link's top relation label and class", () => {
    const graph = buildPlainGraph();
    graph.setEdgeAttribute("e0", "relations", [
      { label: "president of", class: "leads", count: 3, sentences: ["s1", "s2", "s3"], from: "person:hassan-rouhani" },
      { label: "visit", class: "located-in", count: 1, sentences: ["s4"], from: "person:hassan-rouhani" },
    ]);
    expect(toEdgesCsv(graph).split("\r\n")[1]).toBe("country:iran,person:hassan-rouhani,5,president of,leads");
  });

  it("gives Python's csv reader the edges with their weights", () => {
    const rows = readWithPython(toEdgesCsv(buildPlainGraph()));
    expect(rows.slice(1).map((row) => row[2])).toEqual(["5", "4", "2", "1", "2"]);
  });
});
