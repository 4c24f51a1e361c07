// A document's text → its title (the first line with words in it, URLs removed, when it looks like a
// headline) and the source URL its first lines name. Pure.

/** What `parseDocumentHeader` returns: `title` is "" when the first line with words is no headline, `url` null when none is named. */
export interface DocumentHeader {
  title: string;
  url: string | null;
}

/** How many non-empty lines at the top of a document may name its source URL. */
const HEADER_LINES = 5;
/** Titles longer than this are cut at a word boundary: a file that is one long line is not a title. */
const MAX_TITLE_LENGTH = 200;

// Scrapers glue the URL to the title ("…Keep Assad in Powerhttps://english.aawsat.com/…"), so a URL may
// start in the middle of a word.
const URL_PATTERN = /https?:\/\/[^\s<>"]+/gi;
const HAS_WORDS = /[\p{L}\p{N}]/u;
/** A headline is short: a first line longer than this is a paragraph (a UN speech's first sentence). */
const MAX_HEADLINE_LENGTH = 160;

/** Does the line look like a headline: short, and no full stop at its end (an abbreviation's aside)? */
function isHeadline(line: string): boolean {
  return line.length <= MAX_HEADLINE_LENGTH && !/[^.]\.["'”’)]*$/.test(line.replace(/\b(?:[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Ltd|Co|St|U\.S)\.$/, ""));
}

/**
 * Finds a document's title and source URL in its first lines.
 * @example parseDocumentHeader("Putin calls Rouhanihttps://example.com/a.\nBody")
 *   // { title: "Putin calls Rouhani", url: "https://example.com/a" }
 */
export function parseDocumentHeader(text: string): DocumentHeader {
  let title = "";
  let url: string | null = null;
  let decided = false;
  let seen = 0;
  for (const line of firstLines(text)) {
    if (!line.trim()) continue;
    if (++seen > HEADER_LINES) break;
    if (url === null) url = firstUrl(line);
    if (!decided) {
      const withoutUrls = removeUrls(line);
      // A line that is only a URL (or "<URL>") is not the title; the next line with words is.
      // Only the first line with words may be the title, and only when it reads as a headline.
      if (HAS_WORDS.test(withoutUrls)) {
        decided = true;
        if (isHeadline(withoutUrls)) title = shorten(withoutUrls);
      }
    }
    if (decided && url !== null) break;
  }
  return { title, url };
}

/** Yields the lines of `text` lazily: a 25 MB document is not split to read its first five lines. */
function* firstLines(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    yield text.slice(start, end);
    start = end + 1;
  }
}

/** The first http(s) URL in the line, without the punctuation that ends the sentence around it. */
function firstUrl(line: string): string | null {
  const match = line.match(URL_PATTERN)?.[0];
  if (!match) return null;
  const url = trimUrl(match);
  return /^https?:\/\/[^/?#\s]+/i.test(url) ? url : null;
}

/** The URL without trailing punctuation, keeping a closing bracket it opened itself (…/wiki/Homs_(city)). */
function trimUrl(match: string): string {
  let url = match;
  for (;;) {
    const last = url.at(-1) ?? "";
    const opener = ({ ")": "(", "]": "[", "}": "{" } as Record<string, string>)[last];
    if (opener !== undefined && count(url, opener) >= count(url, last)) return url;
    if (!/[.,;:!?'"’”)\]}*_]/.test(last)) return url;
    url = url.slice(0, -1);
  }
}

/**
 * The line without its URLs and what only framed them: "Title (https://…)" and "Title | https://…" are
 * both titled "Title".
 */
function removeUrls(line: string): string {
  const without = line.replace(URL_PATTERN, (match) => match.slice(trimUrl(match).length));
  const collapsed = without.replace(/\s+/g, " ").trim();
  if (without === line) return collapsed;
  return collapsed
    .replace(/\(\s*\)|\[\s*\]|<\s*>|\{\s*\}/g, " ")
    .replace(/^[\s|:;,.–—•·-]+|[\s|:;,.–—•·-]+$/g, "")
    .replace(/\s+/g, " ");
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function shorten(title: string): string {
  if (title.length <= MAX_TITLE_LENGTH) return title;
  const cut = title.slice(0, MAX_TITLE_LENGTH);
  const space = cut.lastIndexOf(" ");
  return `${space > MAX_TITLE_LENGTH / 2 ? cut.slice(0, space) : cut}…`;
}
