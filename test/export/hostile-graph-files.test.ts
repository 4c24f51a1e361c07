// Graph files made to break the reader (issue 14): node keys graphology cannot hold ("__proto__",
// "constructor") are refused with a message naming them; XML entities other than XML's own are refused,
// saying which and where, instead of a label showing "&lol8;" raw.
import { describe, expect, it } from "vitest";
import { readGraphFile } from "../../src/export/index.ts";
import { reservedNodeKeys } from "../../src/export/reserved-node-keys.ts";

const attributes = (key: string) => ({ label: key, type: "person", aliases: [key], mentions: 1, documents: 1 });

function graphJson(keys: string[]): string {
  const graph = {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: {},
    nodes: keys.map((key) => ({ key, attributes: attributes(key) })),
    edges: [{ source: keys[0], target: keys[1], attributes: { weight: 1, sentences: [] } }],
  };
  return JSON.stringify({ format: "entity-graph", version: 1, documents: [], sentences: [], skipped: [], graph });
}

function gexf(nodes: string, prolog = ""): string {
  return `<?xml version="1.0"?>${prolog}<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="undirected"><nodes>${nodes}</nodes><edges/></graph></gexf>`;
}

describe("node keys that graphology cannot hold", () => {
  it.each([
    [["person:a", "__proto__"], /node key "__proto__" cannot be used/],
    [["constructor", "person:b"], /node key "constructor" cannot be used/],
  ])("graph JSON with %j is refused, naming the key", (keys, message) => {
    expect(() => readGraphFile(graphJson(keys), "hostile.json")).toThrow(message);
    expect(() => readGraphFile(graphJson(keys), "hostile.json")).not.toThrow(/already exists/);
  });

  it("names every such key, once", () => {
    expect(() => readGraphFile(graphJson(["__proto__", "constructor"]))).toThrow(/node keys "__proto__", "constructor" cannot be used/);
    expect(reservedNodeKeys(["person:putin", "toString", "toString", "country:iran"])).toEqual(["toString"]);
  });

  it("a GEXF file with such a node id is refused the same way", () => {
    expect(() => readGraphFile(gexf('<node id="__proto__" label="P"/><node id="person:b" label="B"/>'), "hostile.gexf")).toThrow(/hostile\.gexf: node key "__proto__" cannot be used/);
  });

  it("keys that merely contain those words are read", () => {
    expect(readGraphFile(graphJson(["person:constructor", "person:__proto__"])).graph.nodes.map((n) => n.key)).toEqual(["person:constructor", "person:__proto__"]);
  });
});

describe("XML entities in a GEXF file", () => {
  it("an undeclared entity in a label is refused, naming it and where it is", () => {
    expect(() => readGraphFile(gexf('<node id="person:a" label="Hello &lol8; there"/>'), "bomb.gexf")).toThrow(/bomb\.gexf: not well-formed XML: undeclared entity &lol8; \(line 1, column \d+\)/);
  });

  it("an entity declaration (an entity bomb, an external file) is refused before any parser sees it", () => {
    const bomb = '<!DOCTYPE gexf [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>';
    expect(() => readGraphFile(gexf('<node id="person:a" label="&lol2;"/>', bomb))).toThrow(/declares the XML entity "lol" .*refused/);
    const external = '<!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';
    expect(() => readGraphFile(gexf('<node id="person:a" label="&xxe;"/>', external))).toThrow(/declares the XML entity "xxe"/);
  });

  it("XML's own entities and character references are read", () => {
    const file = readGraphFile(gexf('<node id="person:a" label="Tom &amp; &quot;Jerry&quot; &#233;&#x e9;"/>'.replace("&#x e9;", "&#xe9;")));
    expect(file.graph.nodes[0]!.attributes!.label).toBe('Tom & "Jerry" éé');
  });
});
