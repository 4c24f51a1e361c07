import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphLoadError, parseGraphFile } from "../../src/app/load-graph.ts";
import { splitGraphFile } from "../../src/export/index.ts";

const text = readFileSync(new URL("../fixtures/small-graph.json", import.meta.url), "utf8");

describe("parseGraphFile", () => {
  it("accepts the sample graph file", () => {
    const file = parseGraphFile(text);
    expect(file.graph.nodes.length).toBe(19);
    expect(file.skipped).toEqual([]);
  });

  const valid = JSON.parse(text) as Record<string, unknown>;
  const graph = valid.graph as { nodes: unknown[]; edges: unknown[] };
  it.each([
    ["{not json", /does not parse/],
    ["<!doctype html><html></html>", /HTML page/],
    ["[]", /not a JSON object/],
    [JSON.stringify({ ...valid, format: "gexf" }), /"format" is "gexf"/],
    [JSON.stringify({ ...valid, version: 2 }), /version 2 is not supported/],
    [JSON.stringify({ ...valid, sentences: null }), /"sentences" is not a list/],
    [JSON.stringify({ ...valid, graph: { nodes: [] } }), /no "nodes" and "edges"/],
    [JSON.stringify({ ...valid, graph: { ...graph, nodes: [{ key: "a", attributes: { label: "A", type: "person" } }] } }), /node "a" has no position/],
    [JSON.stringify({ ...valid, graph: { ...graph, nodes: [{ key: "a", attributes: { x: 1, y: 2 } }] } }), /node "a" has no label or type/],
  ])("rejects %j with a message saying what is wrong", (input, message) => {
    expect(() => parseGraphFile(input)).toThrow(GraphLoadError);
    expect(() => parseGraphFile(input)).toThrow(message);
  });

  it("accepts the split form's graph JSON, sentences left beside it", () => {
    const head = splitGraphFile(JSON.parse(text))["graph.json"]!;
    const file = parseGraphFile(head);
    expect("evidence" in file && file.evidence.index).toBe("graph.evidence/index.json");
    expect(file.graph.nodes.length).toBe(19);
  });

  it.each([
    [{ sentences: 3, index: "https://example.org/x.json", chunks: [], plain: [] }, /"evidence.index" is "https:\/\/example.org\/x.json", not a relative path/],
    [{ sentences: 3, index: "graph.evidence/index.json", chunks: ["../x.json"], plain: [] }, /"evidence.chunks\[0\]"/],
    ["everything", /"evidence" is not an object/],
  ])("rejects a split form whose evidence is %j", (evidence, message) => {
    const { sentences: _sentences, ...rest } = valid;
    const input = JSON.stringify({ ...rest, evidence });
    expect(() => parseGraphFile(input)).toThrow(GraphLoadError);
    expect(() => parseGraphFile(input)).toThrow(message);
  });
});
