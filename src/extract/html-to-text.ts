// HTML source → readable text (one line per block), the page's <title> and its canonical URL.
// Pure: uses htmlparser2's streaming parser, which needs no DOM, so it runs in Node and the browser.
import { Parser } from "htmlparser2";

/** What `htmlToText` returns: `title` and `url` are null when the page does not name them. */
export interface HtmlText {
  text: string;
  title: string | null;
  url: string | null;
}

/** Elements whose content is not article text: code, styling, navigation and page furniture. */
const DROPPED = new Set([
  "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg",
]);

/** Elements that start and end a line, so sentences in neighbouring blocks do not run together. */
const BLOCKS = new Set([
  "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "dialog", "div", "dl",
  "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "html", "legend",
  "li", "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
  "tr", "ul",
]);

const HTTP_URL = /^https?:\/\/\S+$/i;

/**
 * Turns an HTML page into text: scripts, styles and navigation dropped, entities decoded, whitespace
 * collapsed within lines, block elements on lines of their own.
 * @example htmlToText("<title>T</title><p>A &amp; B</p><p>C</p>") // { text: "A & B\nC", title: "T", url: null }
 */
export function htmlToText(html: string): HtmlText {
  const lines: string[] = [];
  let line = "";
  let droppedDepth = 0;
  let preDepth = 0;
  let titleText: string | null = null;
  let inTitle = false;
  let canonical: string | null = null;
  let ogUrl: string | null = null;

  const endLine = () => {
    const collapsed = line.replace(/\s+/g, " ").trim();
    if (collapsed) lines.push(collapsed);
    line = "";
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (DROPPED.has(name)) droppedDepth++;
        if (droppedDepth > 0) return;
        if (name === "title" && titleText === null) inTitle = true;
        if (name === "pre") preDepth++;
        if (BLOCKS.has(name)) endLine();
        // rel is a space-separated list of tokens: <link rel="canonical alternate">.
        if (name === "link" && canonical === null && /(^|\s)canonical(\s|$)/i.test(attribs.rel ?? "")) {
          canonical = httpUrl(attribs.href);
        }
        if (name === "meta" && ogUrl === null && (attribs.property ?? attribs.name)?.toLowerCase() === "og:url") {
          ogUrl = httpUrl(attribs.content);
        }
      },
      ontext(data) {
        if (droppedDepth > 0) return;
        if (inTitle) {
          titleText = (titleText ?? "") + data;
          return;
        }
        if (preDepth === 0) {
          line += data;
          return;
        }
        const pieces = data.split("\n");
        pieces.forEach((piece, i) => {
          if (i > 0) endLine();
          line += piece;
        });
      },
      onclosetag(name) {
        if (DROPPED.has(name)) {
          droppedDepth = Math.max(0, droppedDepth - 1);
          return;
        }
        if (droppedDepth > 0) return;
        if (name === "title") inTitle = false;
        if (name === "pre") preDepth = Math.max(0, preDepth - 1);
        if (BLOCKS.has(name)) endLine();
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  endLine();

  const title = (titleText as string | null)?.replace(/\s+/g, " ").trim() || null;
  return { text: lines.join("\n"), title, url: canonical ?? ogUrl };
}

/** The attribute value when it is an absolute http(s) URL, else null (a relative href has no base here). */
function httpUrl(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? "";
  return HTTP_URL.test(trimmed) ? trimmed : null;
}
