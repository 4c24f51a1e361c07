import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCorpusGraph } from "../../src/cli/build-corpus-graph.ts";

describe("a folder's metadata table", () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), "entity-graph-metadata-"));
    mkdirSync(join(folder, "2019"));
    writeFileSync(join(folder, "2019", "a.txt"), "Putin visits Tehran\n\nFriday, January 4, 2019\n\nVladimir Putin met Hassan Rouhani in Tehran.");
    writeFileSync(join(folder, "2019", "b.txt"), "Putin met Erdoğan in Sochi. They talked.");
    writeFileSync(join(folder, "index.csv"), 'file,date,title,url\n2019/b.txt,2019-02-03,"Sochi, again",https://example.com/b\n2019/a.txt,2019-13-40,,\ngone.txt,2019-01-01,,\n');
    writeFileSync(join(folder, "other.tsv"), "file\tdate\n2019/a.txt\t2018\n");
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it("is read from the root automatically, is no document nor skipped file, and names its problems", async () => {
    const { file, metadata } = await buildCorpusGraph(folder, { workers: 1 });
    expect(file.documents.map((d) => [d.path, d.date, d.dateRule, d.title, d.url])).toEqual([
      ["2019/a.txt", "2019-01-04", "dateline", "Putin visits Tehran", null],
      ["2019/b.txt", "2019-02-03", "metadata-table", "Sochi, again", "https://example.com/b"],
    ]);
    expect(file.skipped.map((s) => s.path)).toEqual(["other.tsv"]);
    expect(metadata.problems).toEqual([
      'index.csv line 3: bad date "2019-13-40" for 2019/a.txt (YYYY-MM-DD, YYYY-MM or YYYY)',
      "index.csv: gone.txt is listed but not in the folder",
    ]);
  });

  it("is ignored with --no-metadata (null), and another table is named with --metadata", async () => {
    const none = await buildCorpusGraph(folder, { workers: 1, metadata: null });
    expect(none.file.documents.map((d) => [d.date, d.dateRule])).toEqual([["2019-01-04", "dateline"], ["2019", "folder-name"]]);
    expect(none.file.skipped.map((s) => s.path)).toEqual(["index.csv", "other.tsv"]);
    const other = await buildCorpusGraph(folder, { workers: 1, metadata: join(folder, "other.tsv") });
    expect(other.file.documents[0]).toMatchObject({ date: "2018", dateRule: "metadata-table" });
    expect(other.file.skipped.map((s) => s.path)).toEqual(["index.csv"]);
  });
});
