import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datedDocument } from "../../src/extract/dated-document.ts";
import { findDateline, findDocumentDate, findNameDate, normalizeDate } from "../../src/extract/document-date.ts";
import { readDocument } from "../../src/extract/read-document.ts";

const WIKINEWS = new URL("../../../shared/data/news/wikinews-2019-2020", import.meta.url).pathname;
if (!existsSync(WIKINEWS)) console.warn(`document-date.test: ${WIKINEWS} not found (../shared is absent): the wikinews dateline test is skipped`);

describe("findDateline", () => {
  it.each([
    ["Magnitogorsk apartment building collapses\n\nFriday, January 4, 2019 \n\nAn apartment building collapsed.", "2019-01-04"],
    ["Assad Advisor Tells Story\n\nChris Menahan\nInformationLiberation\nJan. 09, 2025\n\nThe real story.", "2025-01-09"],
    ["A title\nPublished 4 May 2020\nText.", "2020-05-04"],
    ["A title\n2021-03-07\nText.", "2021-03-07"],
    ["A title\nSept. 1st, 2016\nText.", "2016-09-01"],
  ])("finds the dateline of %j", (text, date) => {
    expect(findDateline(text)).toBe(date);
  });

  it.each([
    // corpus/aawsat-iranian-leaks-beirut-compensation.txt: a photo caption names the day of the photo.
    "Iranian Leaks: How Rouhani Persuaded Putin\n\nRussian President Vladimir Putin speaks with former Iranian President Hassan Rouhani during their talks after the third Gas Exporting Countries Forum summit in Tehran, November 23, 2015 (File - Getty)",
    // A quoted past event.
    "A title\nOn January 4, 2019, the building collapsed.\nText.",
    "A title\nFebruary 30, 2019\nText.",
    "A title\n\nText.\nMore.\nMore.\nMore.\nMore.\nMore.\nFriday, January 4, 2019",
  ])("finds no dateline in %j", (text) => {
    expect(findDateline(text)).toBeNull();
  });
});

describe("findDocumentDate", () => {
  it.each([
    ["un/Session_70_-_2015/AFG_70_2015.txt", "It gives me great pleasure.", { date: "2015", rule: "file-name" }],
    ["reports/2019-01-04_brief.txt", "Text.", { date: "2019-01-04", rule: "file-name" }],
    ["reports/20190104-brief.txt", "Text.", { date: "2019-01-04", rule: "file-name" }],
    ["2019/0001_Magnitogorsk.txt", "A title\n\nText.", { date: "2019", rule: "folder-name" }],
    ["2019/0001_Magnitogorsk.txt", "A title\n\nFriday, January 4, 2019\n\nText.", { date: "2019-01-04", rule: "dateline" }],
    ["notes/meeting.txt", "Text.", null],
    ["notes/item-12345.txt", "Text.", null],
  ])("dates %s", (path, text, date) => {
    expect(findDocumentDate(path, text)).toEqual(date);
  });

  it.each([
    ["2019", "2019"],
    ["2019-01", "2019-01"],
    ["2019-01-04", "2019-01-04"],
    ["2019-01-04T10:00:00Z", "2019-01-04"],
    ["2019-13-01", null],
    ["04/01/2019", null],
    ["", null],
  ])("normalises the table date %j", (value, date) => {
    expect(normalizeDate(value)).toBe(date);
  });

  it("reads a year from a name, and none from a longer number", () => {
    expect(findNameDate("AFG_70_2015")).toBe("2015");
    expect(findNameDate("order-120199")).toBeNull();
  });
});

describe("document dates on real documents", () => {
  it("dates the sample corpus's InformationLiberation article by its dateline: 2025-01-09", () => {
    const path = "informationliberation-assad-advisor-saqr.txt";
    const read = readDocument(path, readFileSync(new URL(`../../corpus/${path}`, import.meta.url)));
    if (!read.ok) throw new Error(read.skipped.reason);
    expect(datedDocument(read.document, read.document.text)).toMatchObject({ date: "2025-01-09", dateRule: "dateline" });
  });

  it("keeps a reader's date, and says where it came from", () => {
    expect(datedDocument({ id: "a.html", path: "a.html", title: "A", url: null, date: "2024-05-02" }, "A\nJan. 09, 2025")).toMatchObject({ date: "2024-05-02", dateRule: "html-metadata" });
    expect(datedDocument({ id: "box.mbox#2", path: "box.mbox", title: "A", url: null, date: "2024-05-02" }, "A")).toMatchObject({ dateRule: "mail-header" });
  });

  it.skipIf(!existsSync(WIKINEWS))("dates every wikinews article that has a dateline from its text alone, as its index.tsv does (about 60% have one)", () => {
    const rows = readFileSync(`${WIKINEWS}/index.tsv`, "utf8").trim().split("\n").slice(1).map((line) => line.split("\t"));
    expect(readdirSync(WIKINEWS)).toContain("index.tsv");
    let withDateline = 0;
    const wrong: string[] = [];
    for (const [file, date] of rows) {
      const text = readFileSync(`${WIKINEWS}/${file}`, "utf8");
      // The dateline as the eye finds it: a line of its own with a weekday, a month, a day and a year.
      if (!/^\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \w+ \d{1,2}, \d{4}\s*$/m.test(text.split("\n").slice(0, 6).join("\n"))) continue;
      withDateline++;
      const found = findDocumentDate(file as string, text);
      if (found?.date !== date || found?.rule !== "dateline") wrong.push(`${file}: ${found?.date} (${found?.rule}) for ${date}`);
    }
    expect(withDateline / rows.length).toBeGreaterThan(0.5);
    expect(wrong).toEqual([]);
  });
});
