import { describe, expect, it } from "vitest";
import { binCounts, binLabel, documentItems, mentionsPerDocument, timeAxis, UNIT_RULES } from "../../src/app/timeline-bins.ts";
import { importGraph, indexGraphFile, loadSmallGraphFile } from "./helpers.ts";

describe("timeAxis", () => {
  it.each<[string, string[], string, number, string, string]>([
    ["one day", ["2025-01-09"], "day", 1, "2025-01-09", "2025-01-09"],
    ["days within three months", ["2019-01-04", "2019-03-20", "2019-02-01"], "day", 76, "2019-01-04", "2019-03-20"],
    ["days across a leap day", ["2020-02-27", "2020-03-01"], "day", 4, "2020-02-27", "2020-03-01"],
    ["months past three months (wikinews, 2019–2020)", ["2019-01-04", "2020-12-30"], "month", 24, "2019-01", "2020-12"],
    ["months across a year end", ["2019-11-30", "2020-02-02"], "day", 65, "2019-11-30", "2020-02-02"],
    ["years past ten years", ["2009-05-01", "2020-01-01"], "year", 12, "2009", "2020"],
    ["years when one date is a year only (UN speeches)", ["2015", "2016-09-22"], "year", 2, "2015", "2016"],
    ["months when one date is a month only", ["2019-01", "2019-01-20"], "month", 1, "2019-01", "2019-01"],
  ])("bins %s", (_name, dates, unit, length, first, last) => {
    const axis = timeAxis(dates)!;
    expect(axis.unit).toBe(unit);
    expect(axis.keys).toHaveLength(length);
    expect([axis.keys[0], axis.keys.at(-1)]).toEqual([first, last]);
    expect(new Set(axis.keys).size).toBe(length);
  });

  it("switches from days to months just past the day rule's limit", () => {
    const limit = UNIT_RULES[0]!.maxBins;
    const day = (n: number) => new Date(Date.UTC(2019, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
    expect(timeAxis(["2019-01-01", day(limit - 1)])!.unit).toBe("day");
    expect(timeAxis(["2019-01-01", day(limit)])!.unit).toBe("month");
  });

  it("is null without a date, and ignores what is no date", () => {
    expect(timeAxis([])).toBeNull();
    expect(timeAxis(["", "soon"])).toBeNull();
    expect(timeAxis(["soon", "2019-05-05"])!.keys).toEqual(["2019-05-05"]);
  });
});

describe("binCounts", () => {
  const axis = timeAxis(["2019-01-04", "2019-05-20", "2020-01-02", "2019-03"])!;

  it("counts items per bin, empty months included, and undated items apart", () => {
    expect(axis.unit).toBe("month");
    const { counts, undated } = binCounts(axis, [
      { date: "2019-01-04", weight: 1 },
      { date: "2019-01-31", weight: 1 },
      { date: "2019-03", weight: 1 },
      { date: "2020-01-02", weight: 1 },
      { date: undefined, weight: 1 },
      { date: null, weight: 1 },
    ]);
    expect(counts).toHaveLength(13);
    expect(counts.slice(0, 3)).toEqual([2, 0, 1]);
    expect(counts.at(-1)).toBe(1);
    expect(counts.reduce((a, b) => a + b)).toBe(4);
    expect(undated).toBe(2);
  });

  it("adds weights (mentions), puts a coarse date in its first bin, and leaves out dates off the axis", () => {
    const { counts, undated } = binCounts(axis, [
      { date: "2019-02-10", weight: 7 },
      { date: "2019", weight: 3 },
      { date: "2021-06-01", weight: 100 },
      { date: undefined, weight: 5 },
    ]);
    expect(counts.slice(0, 2)).toEqual([3, 7]);
    expect(counts.reduce((a, b) => a + b)).toBe(10);
    expect(undated).toBe(5);
  });
});

describe("mentionsPerDocument", () => {
  const file = loadSmallGraphFile();
  const graph = importGraph(file);
  // The two Asharq Al-Awsat pages repeat sentences verbatim: the Beirut one is dated after the Gaza one.
  const [beirut, gaza] = file.documents;
  const shared = file.sentences.filter((s) => s.documents.includes(beirut!.id) && s.documents.includes(gaza!.id));
  const dated = { ...file, documents: file.documents.map((doc, i) => (i === 0 ? { ...doc, date: "2019-03-01" } : i === 1 ? { ...doc, date: "2019-02-01" } : doc)) };
  const index = indexGraphFile(dated);

  it("counts each mention once, so a node's counts add up to its mentions", () => {
    expect(shared.length).toBeGreaterThan(0);
    const all = mentionsPerDocument(index, graph.nodes());
    expect(all.reduce((a, b) => a + b)).toBe(graph.reduceNodes((sum, _n, a) => sum + a.mentions, 0));
    for (const node of ["person:vladimir-putin", "place:bishkek"]) {
      expect(mentionsPerDocument(index, [node]).reduce((a, b) => a + b)).toBe(graph.getNodeAttribute(node, "mentions"));
    }
  });

  it("puts a sentence repeated in two articles under the earlier one, and a dated one before an undated one", () => {
    const node = "place:bishkek";
    const counts = mentionsPerDocument(index, [node]);
    const mentionsIn = (id: string, only: boolean) =>
      file.sentences.filter((s) => s.documents.includes(id) && (!only || s.documents.length === 1)).reduce((sum, s) => sum + s.mentions.filter((m) => m.entity === node).length, 0);
    expect(counts[1]).toBe(mentionsIn(gaza!.id, false));
    expect(counts[0]).toBe(mentionsIn(beirut!.id, true));
    // Undated, the Gaza page loses its shared sentences to the dated Beirut one.
    const beirutOnly = indexGraphFile({ ...file, documents: file.documents.map((doc, i) => (i === 0 ? { ...doc, date: "2019-03-01" } : doc)) });
    expect(mentionsPerDocument(beirutOnly, [node])[0]).toBe(mentionsIn(beirut!.id, false));
  });

  it("weights each document's timeline item by its count", () => {
    const all = mentionsPerDocument(index, graph.nodes());
    const items = documentItems(dated.documents, all);
    expect(items.slice(0, 3)).toEqual([
      { date: "2019-03-01", weight: all[0] },
      { date: "2019-02-01", weight: all[1] },
      { date: undefined, weight: all[2] },
    ]);
  });
});

describe("binLabel", () => {
  it.each([
    ["2019-01-04", "4 Jan 2019"],
    ["2019-12", "Dec 2019"],
    ["2015", "2015"],
  ])("reads %s as %s", (key, label) => expect(binLabel(key)).toBe(label));
});
