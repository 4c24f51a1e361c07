import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { GraphLoadError, parseGraphFile } from "../../src/app/load-graph.ts";

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
});
