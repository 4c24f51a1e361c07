// A saved web page's bytes → its document: the article's main text when @mozilla/readability finds one
// (navigation, cookie banners, share bars, related links and comments left out), else the whole page as
// readDocument reads it; the <meta> publication day as `date`, the canonical URL kept. Pure: linkedom is
// the DOM Readability needs, the same in Node and the browser.
import { decodeText } from "./decode-text.ts";
import { htmlToText } from "./html-to-text.ts";
import { normalizeText, readDocument } from "./read-document.ts";
import type { FormatReader } from "./read-documents.ts";

/** Pages longer than this are read without Readability: its scoring walks the whole tree many times. */
export const MAX_READABILITY_BYTES = 5 * 1024 * 1024;

/**
 * Reads a saved web page; falls back to the plain HTML reading when Readability does not judge the page
 * an article (too little text in paragraphs).
 * @example await readHtml("news/story.html", bytes, {}) // [{ ok: true, document: { title: "…", url: "https://…", date: "2024-05-02", … } }]
 */
export const readHtml: FormatReader = async (path, bytes) => {
  const plain = readDocument(path, bytes);
  if (!plain.ok) return [plain];
  const decoded = decodeText(bytes);
  if ("binary" in decoded || bytes.length > MAX_READABILITY_BYTES) return [plain];
  const [{ parseHTML }, { Readability, isProbablyReaderable }] = await Promise.all([import("linkedom"), import("@mozilla/readability")]);
  const { document } = parseHTML(normalizeText(decoded.text));
  const date = publicationDay(document);
  const dated = { ...plain.document, ...(date ? { date } : {}) };
  if (!isProbablyReaderable(document)) return [{ ok: true, document: dated }];
  const article = new Readability(document).parse();
  const text = article?.content ? htmlToText(article.content).text : "";
  if (!/\p{L}/u.test(text)) return [{ ok: true, document: dated }];
  const title = article?.title?.replace(/\s+/g, " ").trim();
  return [{ ok: true, document: { ...dated, title: title || dated.title, text } }];
};

/** Where pages say when they were published, most specific first. */
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  "time[datetime]",
];

/** The page's publication day (YYYY-MM-DD) from its <meta> tags or first <time datetime>, as written. */
function publicationDay(document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null }): string | undefined {
  for (const selector of DATE_SELECTORS) {
    const element = document.querySelector(selector);
    const value = element?.getAttribute(selector.startsWith("time") ? "datetime" : "content")?.trim() ?? "";
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    if (day) return day[0];
  }
  return undefined;
}
