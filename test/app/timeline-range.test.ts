import { describe, expect, it } from "vitest";
import { filtersDocuments, inDateRange, uncountedDocuments } from "../../src/app/timeline-range.ts";
import { DEFAULT_FILTERS, type Filters } from "../../src/app/view-state.ts";
import type { DocumentRecord } from "../../src/extract/types.ts";

const doc = (id: string, date?: string): DocumentRecord => ({ id, path: id, title: id, url: null, ...(date ? { date } : {}) });
const documents = [doc("jan.txt", "2019-01-04"), doc("feb.txt", "2019-02-28"), doc("mar.txt", "2019-03-01"), doc("year.txt", "2019"), doc("undated.txt"), doc("2020.txt", "2020-06")];
const filters = (partial: Partial<Filters>): Filters => ({ ...DEFAULT_FILTERS, ...partial });

describe("inDateRange", () => {
  it.each<[string, string, string, boolean]>([
    ["2019-01-04", "2019-01-04", "2019-01-04", true],
    ["2019-01-04", "2019-01-05", "2019-02-01", false],
    ["2019-02-28", "2019-01", "2019-02", true],
    ["2019-03-01", "2019-01", "2019-02", false],
    ["2019-12-31", "2019", "2019", true],
    ["2020-01-01", "2019", "2019", false],
    ["2019", "2019-03", "2019-04", true],
    ["2019-06", "2019-06-10", "2019-06-12", true],
    ["2019-07", "2019-06-10", "2019-06-12", false],
  ])("%s in %s…%s is %s", (date, from, to, expected) => {
    expect(inDateRange(date, { from, to })).toBe(expected);
  });
});

describe("uncountedDocuments", () => {
  it("leaves nothing out by default", () => {
    expect(filtersDocuments(DEFAULT_FILTERS)).toBe(false);
    expect(uncountedDocuments(documents, DEFAULT_FILTERS)).toEqual([]);
  });

  it("leaves out documents dated out of the range, keeps undated ones and those whose date overlaps", () => {
    const range = filters({ dateRange: { from: "2019-01", to: "2019-02" } });
    expect(filtersDocuments(range)).toBe(true);
    expect(uncountedDocuments(documents, range)).toEqual(["mar.txt", "2020.txt"]);
  });

  it("leaves out undated documents when asked, with or without a range", () => {
    expect(uncountedDocuments(documents, filters({ excludeUndated: true }))).toEqual(["undated.txt"]);
    expect(uncountedDocuments(documents, filters({ excludeUndated: true, dateRange: { from: "2020", to: "2020" } }))).toEqual([
      "jan.txt",
      "feb.txt",
      "mar.txt",
      "year.txt",
      "undated.txt",
    ]);
  });

  it("adds the documents unticked in the list, in document order, each once", () => {
    const both = filters({ excludedDocuments: ["undated.txt", "jan.txt", "mar.txt"], dateRange: { from: "2019-01-01", to: "2019-02-28" } });
    // "2019" overlaps January–February 2019: it counts.
    expect(uncountedDocuments(documents, both)).toEqual(["jan.txt", "mar.txt", "undated.txt", "2020.txt"]);
  });
});
