// One node per entity however the corpus writes it: across documents, by each type's key.
import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";
import { createGraphFileBuilder } from "../../src/graph/build-graph-file.ts";

/** The graph of some texts, one document each: its nodes as "key (mentions)". */
function nodesOf(...texts: string[]): string[] {
  const builder = createGraphFileBuilder();
  texts.forEach((text, i) => builder.addDocument({ document: { id: `d${i}.txt`, path: `d${i}.txt`, title: `d${i}`, url: null }, extraction: extractDocument(text) }));
  const { graph } = builder.build();
  return graph.mapNodes((key, a) => `${key} (${a.mentions})`).sort();
}

/** The graph of documents given as the organisations they name, one sentence each: its nodes as "key (mentions)". */
function nodesOfNames(...documents: string[][]): string[] {
  const builder = createGraphFileBuilder();
  documents.forEach((names, i) => {
    const sentences = names.map((name, k) => {
      const text = `${name} met on day ${k}.`;
      const mention = { start: 0, end: name.length, type: "organization" as const, name, alias: name, reason: "test", tagged: "ORG" as const };
      return { text, start: 0, end: text.length, mentions: [mention] };
    });
    builder.addDocument({ document: { id: `d${i}.txt`, path: `d${i}.txt`, title: `d${i}`, url: null }, extraction: { sentences, words: 0 } });
  });
  const { graph } = builder.build();
  return graph.mapNodes((key, a) => `${key} (${a.mentions})`).sort();
}

describe("createGraphFileBuilder", () => {
  it("makes one organisation of a firm however its legal form is written", () => {
    const nodes = nodesOf("Zorvex, Inc. said profits rose in Qarnabad.", "Shares of Zorvex Inc. fell in Qarnabad.", "Lekfjs Holdings Ltd. and Lekfjs Holdings met.");
    expect(nodes.filter((n) => n.startsWith("organization:"))).toEqual(["organization:lekfjs-holdings-ltd (2)", "organization:zorvex-inc (2)"]);
  });

  it("makes one organisation of a body named with and without its parent, the same one wherever it is written", () => {
    const nodes = nodesOfNames(
      ["Lekfjs Union", "Zorbek Committee", "Zorbek Committee", "Zorbek Committee"],
      ["Lekfjs Union Zorbek Committee", "LU", "LU Zorbek Committee"],
    );
    expect(nodes).toEqual(["organization:lekfjs-union (1)", "organization:lu (1)", "organization:zorbek-committee (5)"]);
  });

  it("keeps apart the bodies of two parents that share a name, a bare head word, and a body named after plain words", () => {
    const nodes = nodesOfNames(
      ["Lekfjs Union", "Qorvin League", "Joint Force", "Joint Force", "Joint Force", "Lekfjs Union Joint Force", "Qorvin League Joint Force"],
      ["Lekfjs Union Parliament", "Parliament", "Parliament"],
      ["National", "National Security Forces", "Security Forces", "Security Forces"],
    );
    expect(nodes).toEqual([
      "organization:joint-force (3)",
      "organization:lekfjs-union (1)",
      "organization:lekfjs-union-joint-force (1)",
      "organization:lekfjs-union-parliament (1)",
      "organization:national (1)",
      "organization:national-security-forces (1)",
      "organization:parliament (2)",
      "organization:qorvin-league (1)",
      "organization:qorvin-league-joint-force (1)",
      "organization:security-forces (2)",
    ]);
  });

  it("makes one organisation of a plural and a singular, but keeps a one-word title apart from the common word it is the plural of", () => {
    const nodes = nodesOfNames(["Qorvin Guards", "Qorvin Guard", "Zelmics"], ["The Lanterns", "Lantern", "Zelmic"], ["the Lanterns"]);
    expect(nodes).toEqual(["organization:lantern (1)", "organization:qorvin-guards (2)", "organization:the-lanterns (2)", "organization:zelmics (2)"]);
  });

  it("makes a one-word place the organisation it is the short form of, when the corpus names that one more", () => {
    let day = 0;
    const mention = (type: "organization" | "place", name: string, alias: string) => {
      const text = `${alias} met on day ${++day}.`;
      return { text, start: 0, end: text.length, mentions: [{ start: 0, end: alias.length, type, name, alias, reason: "test", tagged: null }] };
    };
    const builder = createGraphFileBuilder();
    const documents = [
      [mention("organization", "Qorvin Samithi", "Qorvin Samithi"), mention("organization", "Qorvin Samithi", "Qorvin"), mention("organization", "Qorvin Samithi", "Qorvin")],
      [mention("place", "Qorvin", "Qorvin"), mention("place", "Lekfjs", "Lekfjs"), mention("organization", "Lekfjs Union", "Lekfjs")],
    ];
    documents.forEach((sentences, i) => builder.addDocument({ document: { id: `d${i}.txt`, path: `d${i}.txt`, title: `d${i}`, url: null }, extraction: { sentences, words: 0 } }));
    const nodes = builder.build().graph.mapNodes((key, a) => `${key} (${a.mentions})`).sort();
    // Lekfjs is named as a place as often as the union's short form: it stays a place.
    expect(nodes).toEqual(["organization:lekfjs-union (1)", "organization:qorvin-samithi (4)", "place:lekfjs (1)"]);
  });

  it("never reads an acronym as the surname it spells", () => {
    const nodes = nodesOf("Kim Jong Un met the envoy. The UN said talks would go on. Kim agreed.");
    expect(nodes).toEqual(["organization:united-nations (1)", "person:kim-jong-un (2)"]);
  });
});
