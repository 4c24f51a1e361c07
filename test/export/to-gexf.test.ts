import { DirectedGraph, UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../src/export/index.ts";
import { nodeSize, TYPE_COLORS } from "../../src/graph/appearance.ts";
import { computeNodeMetrics } from "../../src/graph/compute-node-metrics.ts";
import { buildPlainGraph } from "./fixtures.ts";

function nodeElement(xml: string, key: string): string {
  const start = xml.indexOf(`<node id="${key}"`);
  expect(start, `no <node id="${key}">`).toBeGreaterThanOrEqual(0);
  return xml.slice(start, xml.indexOf("</node>", start));
}

describe("toGexf", () => {
  const xml = toGexf(buildPlainGraph());

  it("writes GEXF 1.3 with the 1.3 viz namespace", () => {
    expect(xml).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(xml).toContain("<creator>Entity Graph</creator>");
  });

  it("declares the node attributes with their real types and no edge attributes", () => {
    const declared = [...xml.matchAll(/<attribute id="(\w+)" title="\w+" type="(\w+)"\/>/g)].map((m) => [m[1], m[2]]);
    expect(declared).toEqual([
      ["type", "string"],
      ["mentions", "integer"],
      ["documents", "integer"],
      ["aliases", "string"],
      ["community", "integer"],
      ["degree", "integer"],
      ["weighted_degree", "integer"],
      ["pagerank", "double"],
    ]);
    expect(xml).not.toContain('class="edge"');
  });

  it("writes each node's degree, weighted degree and PageRank in the graph it writes", () => {
    // Iran links Rouhani (5 sentences), the United States (4) and Tehran (2): the hub of the five.
    const iran = nodeElement(xml, "country:iran");
    expect(iran).toContain('<attvalue for="degree" value="3"/>');
    expect(iran).toContain('<attvalue for="weighted_degree" value="11"/>');
    const rank = (key: string) => Number(/for="pagerank" value="([^"]+)"/.exec(nodeElement(xml, key))![1]);
    expect(rank("country:iran")).toBeGreaterThan(rank("place:tehran"));
    const keys = ["country:iran", "person:hassan-rouhani", "country:united-states", "place:tehran", "organization:united-nations"];
    expect(keys.reduce((sum, key) => sum + rank(key), 0)).toBeCloseTo(1, 5);
  });

  it("adds betweenness when the caller gives the metrics it computed, and writes those values", () => {
    const graph = buildPlainGraph();
    const metrics = computeNodeMetrics(graph);
    const out = toGexf(graph, { metrics });
    expect(out).toMatch(/<attribute id="betweenness" title="betweenness" type="double"\/>/);
    const between = (key: string) => Number(/for="betweenness" value="([^"]+)"/.exec(nodeElement(out, key))![1]);
    // Every path from Tehran passes Iran; nothing passes through Tehran.
    expect(between("country:iran")).toBeCloseTo(metrics.values.betweenness[metrics.keys.indexOf("country:iran")]!, 12);
    expect(between("country:iran")).toBeGreaterThan(0);
    expect(between("place:tehran")).toBe(0);
  });

  it("refuses metrics that are not the exported graph's (a node without a value)", () => {
    const whole = buildPlainGraph();
    const metrics = computeNodeMetrics(whole);
    const bigger = buildPlainGraph();
    bigger.addNode("place:qom", { label: "Qom", type: "place", aliases: ["Qom"], mentions: 1, documents: 1, community: 0, x: 0, y: 0 });
    expect(() => toGexf(bigger, { metrics })).toThrow(/no value for node "place:qom"/);
  });

  it("writes a link's top relation label and class as edge attributes, and none for a link without", () => {
    const graph = buildPlainGraph();
    graph.setEdgeAttribute("e0", "relations", [
      { label: "president of", class: "leads", count: 2, sentences: ["s1", "s2"], from: "person:hassan-rouhani" },
      { label: "visit", class: "located-in", count: 1, sentences: ["s3"], from: "person:hassan-rouhani" },
    ]);
    const out = toGexf(graph);
    expect(out).toMatch(/<attribute id="relation" title="relation" type="string"\/>/);
    expect(out).toMatch(/<attribute id="relation_class" title="relation_class" type="string"\/>/);
    const edge = out.slice(out.indexOf('<edge id="e0"'), out.indexOf("</edge>"));
    expect(edge).toContain('<attvalue for="relation" value="president of"/>');
    expect(edge).toContain('<attvalue for="relation_class" value="leads"/>');
    expect(out).not.toContain("visit");
    expect(out).toContain('<edge id="e1" source=');
    expect(out.slice(out.indexOf('<edge id="e1"')).split("\n")[0]).toMatch(/\/>$/);
  });

  it("writes an undirected graph without per-edge types, each edge with its weight", () => {
    expect(xml).toContain('<graph defaultedgetype="undirected">');
    expect(xml).not.toMatch(/<edge [^>]*type=/);
    expect(xml).toContain('<edge id="e0" source="country:iran" target="person:hassan-rouhani" weight="5"/>');
    expect(xml.match(/<edge /g)).toHaveLength(5);
  });

  it.each(["country:iran", "person:hassan-rouhani", "place:tehran", "organization:united-nations"])(
    "gives %s an rgb colour from its type, a size from its mentions and a position",
    (key) => {
      const graph = buildPlainGraph();
      const { type, mentions, x, y } = graph.getNodeAttributes(key);
      const [r, g, b] = TYPE_COLORS[type].match(/\d+/g)!;
      const element = nodeElement(xml, key);
      expect(element).toContain(`<viz:color r="${r}" g="${g}" b="${b}"/>`);
      expect(element).toContain(`<viz:size value="${nodeSize(mentions)}"/>`);
      expect(element).toContain(`<viz:position x="${x}" y="${y}"/>`);
      expect(element).not.toContain("hex=");
    },
  );

  it("lets the page's colour, size and position win, and turns hex colours into rgb", () => {
    const graph = buildPlainGraph();
    graph.mergeNodeAttributes("place:tehran", { color: "#ff8000", size: 21.5, x: 40, y: -7.25 });
    graph.mergeNodeAttributes("country:iran", { color: "rgba(10, 20, 30, 0.5)" });
    const out = toGexf(graph);
    const tehran = nodeElement(out, "place:tehran");
    expect(tehran).toContain('<viz:color r="255" g="128" b="0"/>');
    expect(tehran).toContain('<viz:size value="21.5"/>');
    expect(tehran).toContain('<viz:position x="40" y="-7.25"/>');
    expect(nodeElement(out, "country:iran")).toContain('<viz:color r="10" g="20" b="30" a="0.5"/>');
  });

  it("falls back to the type colour when the page's colour cannot be read", () => {
    const graph = buildPlainGraph();
    graph.mergeNodeAttributes("place:tehran", { color: "tomato" });
    expect(nodeElement(toGexf(graph), "place:tehran")).toContain('<viz:color r="39" g="174" b="96"/>');
  });

  it("does not write the sentence ids, and does not change the graph it is given", () => {
    const graph = buildPlainGraph();
    const before = JSON.stringify(graph.export());
    const out = toGexf(graph, { description: "Iran sample" });
    expect(out).not.toContain("s0-0");
    expect(out).toContain("<description>Iran sample</description>");
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it("writes the empty graph", () => {
    const out = toGexf(new UndirectedGraph());
    expect(out).toContain("<nodes/>");
    expect(out).toContain("<edges/>");
  });

  it("writes a self-loop", () => {
    const graph = buildPlainGraph();
    graph.addEdgeWithKey("loop", "place:tehran", "place:tehran", { weight: 1, sentences: ["s"] });
    expect(toGexf(graph)).toContain('<edge id="loop" source="place:tehran" target="place:tehran" weight="1"/>');
  });

  it("removes characters XML cannot carry from labels and aliases", () => {
    const graph = buildPlainGraph();
    graph.mergeNodeAttributes("place:tehran", { label: "Teh\u0000ran\u0007", aliases: ["\u001bTehran", "\ud800x"] });
    const element = nodeElement(toGexf(graph), "place:tehran");
    expect(element).toContain('label="Tehran"');
    expect(element).toContain('<attvalue for="aliases" value="Tehran | x"/>');
  });

  it("rejects a directed graph, naming the problem", () => {
    const graph = new DirectedGraph();
    graph.addNode("a", { label: "a", type: "person", aliases: [], mentions: 1, documents: 1, community: 0, x: 0, y: 0 });
    graph.addNode("b", { label: "b", type: "person", aliases: [], mentions: 1, documents: 1, community: 0, x: 0, y: 0 });
    graph.addEdge("a", "b", { weight: 1 });
    expect(() => toGexf(graph as never)).toThrow(/undirected graph, this one has 1 directed edges/);
  });

  it("rejects a node key XML cannot carry", () => {
    const graph = buildPlainGraph();
    graph.addNode("person:\u0001", { ...graph.getNodeAttributes("place:tehran") });
    expect(() => toGexf(graph)).toThrow(/node key "person:\\u0001" has characters XML cannot carry/);
  });

  it("rejects a malformed lastModifiedDate and writes a good one", () => {
    expect(() => toGexf(buildPlainGraph(), { lastModifiedDate: "yesterday" })).toThrow(/YYYY-MM-DD/);
    expect(toGexf(buildPlainGraph(), { lastModifiedDate: "2024-05-01" })).toContain('<meta lastmodifieddate="2024-05-01">');
  });
});
