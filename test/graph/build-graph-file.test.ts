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

describe("createGraphFileBuilder", () => {
  it("makes one organisation of a firm however its legal form is written", () => {
    const nodes = nodesOf("Zorvex, Inc. said profits rose in Qarnabad.", "Shares of Zorvex Inc. fell in Qarnabad.", "Lekfjs Holdings Ltd. and Lekfjs Holdings met.");
    expect(nodes.filter((n) => n.startsWith("organization:"))).toEqual(["organization:lekfjs-holdings-ltd (2)", "organization:zorvex-inc (2)"]);
  });
});
