// E-mail made by the test (test/fixtures/make-mail.ts): one document per message with subject, day,
// sender and recipients; wrapped lines joined; an attachment of a readable type its own document; an
// mbox's messages numbered, its ">From " lines given back.
import { beforeAll, describe, expect, it } from "vitest";
import { readDocuments } from "../../src/extract/read-documents.ts";
import { makeEml, makeMbox, type MailMessage } from "../fixtures/make-mail.ts";
import { makePdf } from "../fixtures/make-pdf.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const NOTE: MailMessage = {
  from: "Anna Keller <anna@example.org>",
  to: "Ben Ortiz <ben@example.org>, desk@example.org",
  cc: "Chief <chief@example.org>",
  subject: "Notes from Geneva",
  date: "Tue, 3 Mar 2020 23:30:00 -0500",
  body: "Hi Ben,\n\nRussian President Vladimir Putin met Iranian President Hassan Rouhani in\nGeneva on Monday, and the talks went on for hours into the night.\n\nBest,\nAnna",
};

describe("readDocuments on an .eml", () => {
  let attachment: Uint8Array;
  beforeAll(async () => {
    attachment = await makePdf([["# Annex", "", "Jens Stoltenberg visited Vilnius in July."]]);
  });

  it("reads the message: subject as title, the Date header's own day, sender and recipients, wrapped lines joined", async () => {
    await expect(readDocuments("mail/notes.eml", encode(makeEml(NOTE)))).resolves.toEqual([
      {
        ok: true,
        document: {
          id: "mail/notes.eml",
          path: "mail/notes.eml",
          title: "Notes from Geneva",
          url: null,
          // 23:30 in New York is the 4th in UTC: the day is the sender's.
          date: "2020-03-03",
          sender: "Anna Keller <anna@example.org>",
          recipients: ["Ben Ortiz <ben@example.org>", "desk@example.org", "Chief <chief@example.org>"],
          text: "Hi Ben,\nRussian President Vladimir Putin met Iranian President Hassan Rouhani in Geneva on Monday, and the talks went on for hours into the night.\nBest,\nAnna",
          encoding: null,
        },
      },
    ]);
  });

  it("reads a PDF attachment as a document of its own, named after the message", async () => {
    const eml = makeEml({ ...NOTE, attachment: { filename: "report.pdf", mimeType: "application/pdf", content: attachment } });
    const results = await readDocuments("mail/notes.eml", encode(eml));
    expect(results.map((r) => (r.ok ? [r.document.id, r.document.title, r.document.text] : r.skipped))).toEqual([
      ["mail/notes.eml", "Notes from Geneva", expect.any(String)],
      ["mail/notes.eml → report.pdf", "Annex", "Annex\nJens Stoltenberg visited Vilnius in July."],
    ]);
  });

  it.each([
    ["of a type it does not read", { filename: "budget.xlsx", mimeType: "application/vnd.ms-excel", content: Uint8Array.from([0x50, 0x4b, 3, 4]) }],
    ["that is a picture, without OCR", { filename: "photo.jpg", mimeType: "image/jpeg", content: Uint8Array.from([0xff, 0xd8, 0xff]) }],
  ])("leaves out an attachment %s", async (_, attachment) => {
    const eml = makeEml({ ...NOTE, attachment });
    expect((await readDocuments("a.eml", encode(eml))).map((r) => r.ok && r.document.id)).toEqual(["a.eml"]);
  });
});

describe("readDocuments on an .mbox", () => {
  it("reads each message as box.mbox#n, a body line that began with From included", async () => {
    const messages = [1, 2, 3].map((i) => ({ from: `w${i}@example.org`, to: "desk@example.org", subject: `Berlin ${i}`, date: `Mon, ${i} Jun 2024 10:00:00 +0000`, body: `Angela Merkel spoke in Berlin on day ${i}.\nFrom the archive.` }));
    const results = await readDocuments("archive/box.mbox", encode(makeMbox(messages)));
    expect(results.map((r) => (r.ok ? [r.document.id, r.document.title, r.document.date, r.document.text] : r.skipped))).toEqual([
      ["archive/box.mbox#1", "Berlin 1", "2024-06-01", "Angela Merkel spoke in Berlin on day 1.\nFrom the archive."],
      ["archive/box.mbox#2", "Berlin 2", "2024-06-02", "Angela Merkel spoke in Berlin on day 2.\nFrom the archive."],
      ["archive/box.mbox#3", "Berlin 3", "2024-06-03", "Angela Merkel spoke in Berlin on day 3.\nFrom the archive."],
    ]);
  });

  it.each([
    ["not.mbox", "Just a note, not a mailbox.", "no message in the mbox (no line starts with \"From \")"],
    ["blank.eml", "Subject: Nothing\r\n\r\n   \r\n", "no text in the message"],
  ])("skips %s", async (path, content, reason) => {
    await expect(readDocuments(path, encode(content))).resolves.toEqual([{ ok: false, skipped: { path, reason } }]);
  });
});
