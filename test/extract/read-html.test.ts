// Saved web pages through Readability: the article's paragraphs only, not the cookie banner, navigation,
// share bar, related articles or comments; the publication day and canonical URL kept; a page Readability
// does not judge an article is read whole, as before.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocuments } from "../../src/extract/read-documents.ts";

const NEWS_PAGE = readFileSync(new URL("../fixtures/news-page.html", import.meta.url));
const encode = (text: string) => new TextEncoder().encode(text);

describe("readDocuments on a saved web page", () => {
  it("keeps the article's paragraphs and leaves out the page's furniture and comments", async () => {
    const [result] = await readDocuments("news/geneva.html", NEWS_PAGE);
    if (!result?.ok) throw new Error("expected a document");
    const lines = result.document.text.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Russian President Vladimir Putin met Iranian President Hassan Rouhani in Geneva/);
    expect(lines[2]).toMatch(/journalists kept outside the building for most of the day\.$/);
    for (const furniture of ["cookies", "Share on", "Related articles", "Joe Biden", "Donald Trump", "Home", "© Daily World"]) {
      expect(result.document.text).not.toContain(furniture);
    }
  });

  it("keeps the <meta> publication day and the canonical URL", async () => {
    const [result] = await readDocuments("news/geneva.html", NEWS_PAGE);
    expect(result).toMatchObject({ ok: true, document: { url: "https://news.example.org/geneva-summit", date: "2024-05-02" } });
  });

  it("reads a page that is not an article whole, as the HTML reader always has", async () => {
    const html = "<html><head><title>Aleppo report</title><script>alert(1)</script></head><body><nav>Home</nav><p>Fighting reached Aleppo, Syria.</p></body></html>";
    await expect(readDocuments("page.htm", encode(html))).resolves.toEqual([
      { ok: true, document: { id: "page.htm", path: "page.htm", title: "Aleppo report", url: null, text: "Fighting reached Aleppo, Syria.", encoding: "utf-8" } },
    ]);
  });
});
