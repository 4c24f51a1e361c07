// Word files made by the test (the smallest .docx, zipped with fflate): paragraphs a line each, title and
// date from docProps/core.xml; and the .docx files that are skipped, each with its reason.
import { describe, expect, it } from "vitest";
import { readDocuments } from "../../src/extract/read-documents.ts";
import { makeDocx, makeZipBombDocx } from "../fixtures/make-docx.ts";

const MEMO = ["Berlin talks", "Angela Merkel met Emmanuel Macron in Berlin.", "They spoke about Ukraine & Russia."];

describe("readDocuments on a .docx", () => {
  it("reads its paragraphs, with the title and creation day of its properties", async () => {
    const results = await readDocuments("memos/berlin.docx", makeDocx(MEMO, { title: "Memo on Berlin", created: "2021-03-04T09:00:00Z" }));
    expect(results).toEqual([
      {
        ok: true,
        document: { id: "memos/berlin.docx", path: "memos/berlin.docx", title: "Memo on Berlin", url: null, date: "2021-03-04", text: MEMO.join("\n"), encoding: null },
      },
    ]);
  });

  it("takes its first line as the title when it has no properties", async () => {
    const [result] = await readDocuments("a.docx", makeDocx(MEMO));
    expect(result).toMatchObject({ ok: true, document: { title: "Berlin talks" } });
    expect(result?.ok && result.document.date).toBeUndefined();
  });
});

describe("readDocuments on .docx files it cannot read", () => {
  it.each([
    ["bomb.docx", "too large: unpacks to over 100 MB (a zip bomb?)", () => makeZipBombDocx(101)],
    ["truncated.docx", "not a valid .docx (invalid zip data)", () => makeDocx(MEMO).slice(0, 300)],
    ["locked.docx", "password-protected or old Word format (an OLE file, not a .docx zip)", () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0])],
    ["letter.docx", "not a valid .docx (not a zip file)", () => new TextEncoder().encode("Dear Sir, this is plain text.")],
    ["empty-body.docx", "no text in the Word document", () => makeDocx([])],
  ] as const)("skips %s: %s", async (path, reason, make) => {
    await expect(readDocuments(path, make())).resolves.toEqual([{ ok: false, skipped: { path, reason } }]);
  });
});
