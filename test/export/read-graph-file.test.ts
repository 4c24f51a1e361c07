import { describe, expect, it } from "vitest";
import { readGraphFile, toGexf, toGraphJson } from "../../src/export/index.ts";
import { buildPlainGraph } from "./fixtures.ts";

const DOCUMENTS = [{ id: "iran.txt", path: "iran.txt", title: "Iran", url: null }];
const SENTENCES = [{ id: "s0-0", text: "Iran's Rouhani spoke.", documents: ["iran.txt"], mentions: [] }];

function node(type: unknown, extra: Record<string, unknown> = {}) {
  return { key: "x:1", attributes: { label: "X", type, aliases: ["X"], mentions: 1, documents: 1, ...extra } };
}

function graphJson(graph: unknown, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: "entity-graph", version: 1, documents: [], sentences: [], skipped: [], graph, ...extra });
}

describe("readGraphFile", () => {
  it("reads graph JSON back with documents, sentences and edge sentence ids", () => {
    const graph = buildPlainGraph();
    graph.mergeNodeAttributes("place:tehran", { x: 99, color: "#000", size: 50 });
    const file = readGraphFile(toGraphJson({ format: "entity-graph", version: 1, documents: DOCUMENTS, sentences: SENTENCES, skipped: [] }, graph));
    expect(file.documents).toEqual(DOCUMENTS);
    expect(file.sentences).toEqual(SENTENCES);
    expect(file.graph.nodes).toHaveLength(5);
    const tehran = file.graph.nodes.find(({ key }) => key === "place:tehran")!.attributes!;
    expect(tehran.x).toBe(99);
    expect(tehran).not.toHaveProperty("color");
    expect(tehran).not.toHaveProperty("size");
    expect(file.graph.edges[0]!.attributes!.sentences).toEqual(Array.from({ length: 5 }, (_, k) => `s0-${k}`));
  });

  it("reads a GEXF file, with a byte order mark and leading blank lines", () => {
    const file = readGraphFile(`\uFEFF\n\n${toGexf(buildPlainGraph())}`, "iran.gexf");
    expect(file.graph.nodes.map(({ key }) => key)).toContain("person:hassan-rouhani");
    expect(file.sentences).toEqual([]);
  });

  it("takes the type from the key when a GEXF file has no type attribute, and fills in defaults", () => {
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected">
      <nodes><node id="person:ada" label="Ada"/><node id="country:peru"/></nodes>
      <edges><edge id="0" source="person:ada" target="country:peru"/></edges></graph></gexf>`;
    const file = readGraphFile(gexf);
    expect(file.graph.nodes[0]!.attributes).toMatchObject({ label: "Ada", type: "person", aliases: ["Ada"], mentions: 0 });
    expect(file.graph.nodes[1]!.attributes).toMatchObject({ label: "country:peru", type: "country" });
    expect(Number.isFinite(file.graph.nodes[1]!.attributes!.x)).toBe(true);
    expect(file.graph.edges[0]!.attributes).toEqual({ weight: 1, sentences: [] });
  });

  it.each([
    ["", "x.gexf", /x.gexf is neither graph JSON nor GEXF \(it is empty\)/],
    ["id,label\n", "nodes.csv", /nodes.csv is neither graph JSON nor GEXF/],
    ["{ not json", "g.json", /g.json: not valid JSON/],
    ['{"nodes": []}', "g.json", /g.json: not an Entity Graph file/],
    ['{"format": "entity-graph", "version": 2}', "g.json", /version 2 is not supported/],
    ['{"format": "entity-graph", "version": 1, "graph": {}}', "g.json", /"graph" must be a serialized graphology graph/],
    [graphJson({ nodes: [node("planet")], edges: [] }), "g.json", /node "x:1" has type "planet"; expected one of person, country/],
    [graphJson({ nodes: [node(undefined)], edges: [] }), "g.json", /node "x:1" has no type attribute/],
    [graphJson({ nodes: [node("person", { mentions: "many" })], edges: [] }), "g.json", /node "x:1" has mentions "many"/],
    [graphJson({ nodes: [node("person")], edges: [{ source: "x:1", target: "x:2" }] }), "g.json", /g.json: graph JSON: .*x:2/],
    [graphJson({ nodes: [node("person")], edges: [] }, { documents: "none" }), "g.json", /"documents" is not a list/],
    [
      graphJson({ options: { type: "directed" }, nodes: [node("person"), { ...node("person"), key: "x:2" }], edges: [{ source: "x:1", target: "x:2" }] }),
      "g.json",
      /1 directed edges; entity graphs are undirected/,
    ],
    ["<gexf><graph>", "t.gexf", /t.gexf: not well-formed XML/],
    ["<html><body>hi</body></html>", "page.html", /page.html: not a GEXF file: the root element is <html>/],
    ['<gexf xmlns="http://gexf.net/1.3"></gexf>', "t.gexf", /has no <graph> element/],
    [
      '<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="person:a"/></nodes><edges><edge source="person:a" target="person:b"/></edges></graph></gexf>',
      "t.gexf",
      /cannot read the GEXF file: one of your gexf file edges points to an inexisting node/,
    ],
    [
      '<gexf xmlns="http://gexf.net/1.3"><graph defaultedgetype="directed"><nodes><node id="person:a"/><node id="person:b"/></nodes><edges><edge source="person:a" target="person:b"/></edges></graph></gexf>',
      "t.gexf",
      /t.gexf: the graph has 1 directed edges/,
    ],
    [
      '<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="person:a"/><node id="person:b"/></nodes><edges><edge source="person:a" target="person:b"/><edge source="person:b" target="person:a"/></edges></graph></gexf>',
      "t.gexf",
      /more than one edge between "person:a" and "person:b"/,
    ],
    [
      '<gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id="n1" label="Ada"/></nodes></graph></gexf>',
      "t.gexf",
      /node "n1" has no type attribute/,
    ],
  ])("rejects %j, naming the problem", (text, name, message) => {
    expect(() => readGraphFile(text, name)).toThrow(message);
  });
});
