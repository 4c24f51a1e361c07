import { describe, expect, it } from "vitest";
import { applyMetadata, metadataProblems, metadataRowOf, parseMetadataTable, pickMetadataTable } from "../../src/extract/metadata-table.ts";
import type { DocumentRecord } from "../../src/extract/types.ts";

const doc = (id: string, path = id): DocumentRecord => ({ id, path, title: path, url: null });

describe("pickMetadataTable", () => {
  it.each<[string[], string | undefined]>([
    [["a.txt", "index.tsv"], "index.tsv"],
    [["metadata.csv", "index.csv"], "index.csv"],
    [["metadata.tsv"], "metadata.tsv"],
    [["2019/index.tsv", "notes.csv", "a.txt"], undefined],
  ])("in %j picks %s", (paths, expected) => {
    const present = new Set(paths);
    expect(pickMetadataTable((name) => present.has(name))).toBe(expected);
  });
});

describe("metadataRowOf and metadataProblems", () => {
  const table = parseMetadataTable("file\tdate\ttitle\nbox.mbox#2\t2019-05-01\t\nbox.mbox\t2019\tThe box\na.txt\t2019-02-30\tA\ngone.txt\t2020\t\n", "index.tsv");

  it("finds a document's row by its id first (one e-mail of an mbox), else by its file's path", () => {
    expect(applyMetadata(doc("box.mbox#2", "box.mbox"), metadataRowOf(table, doc("box.mbox#2", "box.mbox")))).toMatchObject({ date: "2019-05-01", dateRule: "metadata-table", title: "box.mbox" });
    expect(metadataRowOf(table, doc("box.mbox#1", "box.mbox"))).toEqual({ date: "2019", title: "The box" });
    expect(metadataRowOf(table, doc("b.txt"))).toBeUndefined();
  });

  it("reports the table's own problems, then the rows that name no file and no document", () => {
    const documents = [doc("box.mbox#1", "box.mbox"), doc("box.mbox#2", "box.mbox"), doc("a.txt")];
    expect(metadataProblems(table, ["box.mbox", "a.txt"], documents)).toEqual([
      'index.tsv line 4: bad date "2019-02-30" for a.txt (YYYY-MM-DD, YYYY-MM or YYYY)',
      "index.tsv: gone.txt is listed but not in the folder",
    ]);
    // Without its e-mail among the documents, the mbox message's row is reported too.
    expect(metadataProblems(table, ["box.mbox", "a.txt"], [doc("a.txt")])).toContain("index.tsv: box.mbox#2 is listed but not in the folder");
  });
});
