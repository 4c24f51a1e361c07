// PDFs with a text layer, made by the test with pdf-lib: the text in reading order, a word hyphenated at a
// line end joined, running headers and page numbers dropped from three pages on, each sentence's page in
// the graph file; and the PDFs that are skipped, each with its reason.
import { beforeAll, describe, expect, it } from "vitest";
import { readDocuments } from "../../src/extract/read-documents.ts";
import type { TextDocument } from "../../src/extract/read-document.ts";
import { createGraphFileBuilder } from "../../src/graph/build-graph-file.ts";
import { extractFile } from "../../src/graph/extract-file.ts";
import { makeEmptyPdf, makePasswordPdf, makePdf, makeScanLikePdf } from "../fixtures/make-pdf.ts";

const HEADER = "Gulf Monitor - Weekly Brief";
const THREE_PAGES = [
  ["# Talks in Geneva", "", "Russian President Vladimir Putin opened the negoti-", "ations with Iranian President Hassan Rouhani in Geneva on", "Monday."],
  ["Angela Merkel flew to Ankara to meet the Turkish president and", "talk about refugees."],
  ["Emmanuel Macron spoke in Paris.", "", "Justin Trudeau stayed in Ottawa."],
];

async function readOne(path: string, bytes: Uint8Array): Promise<TextDocument> {
  const [result, ...rest] = await readDocuments(path, bytes);
  expect(rest).toEqual([]);
  if (!result?.ok) throw new Error(`expected a document, got skipped: ${result?.skipped.reason}`);
  return result.document;
}

async function reasonOf(path: string, bytes: Uint8Array): Promise<string> {
  const results = await readDocuments(path, bytes);
  expect(results).toHaveLength(1);
  const [result] = results;
  if (result?.ok !== false) throw new Error(`expected ${path} to be skipped`);
  expect(result.skipped.path).toBe(path);
  return result.skipped.reason;
}

describe("readDocuments on a PDF with a text layer", () => {
  let three: Uint8Array;
  beforeAll(async () => {
    three = await makePdf(THREE_PAGES, { header: HEADER, pageNumbers: true });
  });

  it("reads the text in reading order, a paragraph a line, the hyphenated word joined, header and page numbers gone", async () => {
    const document = await readOne("briefs/geneva.pdf", three);
    expect(document.text.split("\n")).toEqual([
      "Talks in Geneva",
      "Russian President Vladimir Putin opened the negotiations with Iranian President Hassan Rouhani in Geneva on Monday.",
      "Angela Merkel flew to Ankara to meet the Turkish president and talk about refugees.",
      "Emmanuel Macron spoke in Paris.",
      "Justin Trudeau stayed in Ottawa.",
    ]);
    expect(document).toMatchObject({ id: "briefs/geneva.pdf", path: "briefs/geneva.pdf", title: "Talks in Geneva", pages: 3, url: null });
  });

  it("keeps a repeated top line of a two-page PDF: two pages are too few to call it a running header", async () => {
    const document = await readOne("two.pdf", await makePdf(THREE_PAGES.slice(0, 2), { header: HEADER }));
    expect(document.text.split("\n").filter((line) => line === HEADER)).toHaveLength(2);
    expect(document.pages).toBe(2);
  });

  it("joins a sentence over a page break, and keeps a line that starts most pages but not in the same place", async () => {
    const full = "Officials from the foreign ministries of both countries said that the talks would go on with";
    const pages = [
      ["Key points", "", "Justin Trudeau spoke in Ottawa."],
      ["", "Key points", "", full, "Emmanuel Macron and his foreign minister in the spring, after the summit of leaders in"],
      ["Paris on Monday.", "", "", "Key points", "", "Olaf Scholz stayed in Berlin."],
    ];
    const document = await readOne("ottawa.pdf", await makePdf(pages, { header: HEADER, pageNumbers: true }));
    expect(document.text.split("\n")).toEqual([
      "Key points",
      "Justin Trudeau spoke in Ottawa.",
      "Key points",
      `${full} Emmanuel Macron and his foreign minister in the spring, after the summit of leaders in Paris on Monday.`,
      "Key points",
      "Olaf Scholz stayed in Berlin.",
    ]);
  });

  it("takes the title from the PDF's metadata when it has one", async () => {
    const document = await readOne("a.pdf", await makePdf([["Angela Merkel spoke in Berlin."]], { title: "Berlin notes" }));
    expect(document.title).toBe("Berlin notes");
  });

  it("gives each sentence its page in the graph file", async () => {
    const builder = createGraphFileBuilder();
    for (const result of await extractFile("geneva.pdf", three)) if (result.ok) builder.addDocument(result);
    const { file } = builder.build();
    expect(file.documents).toEqual([{ id: "geneva.pdf", path: "geneva.pdf", title: "Talks in Geneva", url: null, pages: 3 }]);
    expect(file.sentences.map((s) => [s.text, s.pages])).toEqual([
      ["Talks in Geneva", { "geneva.pdf": 1 }],
      ["Russian President Vladimir Putin opened the negotiations with Iranian President Hassan Rouhani in Geneva on Monday.", { "geneva.pdf": 1 }],
      ["Angela Merkel flew to Ankara to meet the Turkish president and talk about refugees.", { "geneva.pdf": 2 }],
      ["Emmanuel Macron spoke in Paris.", { "geneva.pdf": 3 }],
      ["Justin Trudeau stayed in Ottawa.", { "geneva.pdf": 3 }],
    ]);
  });
});

describe("readDocuments on PDFs it cannot read", () => {
  it.each([
    ["scan.pdf", "no text layer (try --ocr)", makeScanLikePdf],
    ["locked.pdf", "password-protected PDF", makePasswordPdf],
    ["ledger.pdf", "too large: 2,000 pages (the limit is 1,000)", () => makeEmptyPdf(2_000)],
    ["garbage.pdf", "not a valid PDF (Invalid PDF structure.)", async () => new TextEncoder().encode("%PDF-1.7\nthis is not a PDF at all")],
    ["truncated.pdf", "not a valid PDF (Invalid PDF structure.)", async () => (await makePdf(THREE_PAGES)).slice(0, 900)],
    ["empty.pdf", "empty file", async () => new Uint8Array()],
  ] as const)("skips %s: %s", async (path, reason, make) => {
    await expect(reasonOf(path, await make())).resolves.toBe(reason);
  });
});
