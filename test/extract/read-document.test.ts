// The document-reading layer: bytes → text, HTML → text, header → title and URL, file → document or skip.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/extract/decode-text.ts";
import { parseDocumentHeader } from "../../src/extract/document-header.ts";
import { htmlToText } from "../../src/extract/html-to-text.ts";
import { readDocument, type ReadDocumentResult } from "../../src/extract/read-document.ts";
import { readDocuments } from "../../src/extract/read-documents.ts";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);
const latin = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));

function documentOf(result: ReadDocumentResult) {
  if (!result.ok) throw new Error(`expected a document, got skipped: ${result.skipped.reason}`);
  return result.document;
}

function reasonOf(result: ReadDocumentResult) {
  if (result.ok) throw new Error(`expected a skip, got document ${result.document.id}`);
  return result.skipped.reason;
}

describe("the sample articles in corpus/", () => {
  const PUTIN_ASSAD = "Iranian Leaks: How Rouhani Persuaded Putin to Keep Assad in Power";
  it.each([
    ["aawsat-iranian-leaks-beirut-compensation.txt", PUTIN_ASSAD, null],
    [
      "aawsat-iranian-leaks-gaza-displacement.txt",
      PUTIN_ASSAD,
      "https://english.aawsat.com/features/5110913-iranian-leaks-how-rouhani-persuaded-putin-keep-assad-power",
    ],
    [
      "eaworldview-rouhani-putin-call.txt",
      "Hassan Rouhani discusses Syria with Russia’s Vladimir Putin — but how much authority does Iranian President have?",
      null,
    ],
    [
      "informationliberation-assad-advisor-saqr.txt",
      "Assad Advisor Tells Story of Syria's Fall, Suggests Putin 'Tricked' Assad And Left Him Out to Dry",
      null,
    ],
    [
      // Its first line is the article's first sentence, no headline: the file names it.
      "newsweek-putin-stopped-taking-assad-calls.txt",
      "newsweek-putin-stopped-taking-assad-calls",
      null,
    ],
  ])("%s has the right title and URL", (file, title, url) => {
    const document = documentOf(readDocument(file, readFileSync(new URL(`../../corpus/${file}`, import.meta.url))));
    expect(document).toMatchObject({ id: file, path: file, title, url, encoding: "utf-8" });
  });

  it("keeps the glued URL out of the first sentence of the text", () => {
    const file = "aawsat-iranian-leaks-gaza-displacement.txt";
    const { text } = documentOf(readDocument(file, readFileSync(new URL(`../../corpus/${file}`, import.meta.url))));
    expect(text.split("\n").slice(0, 2)).toEqual([
      PUTIN_ASSAD,
      "https://english.aawsat.com/features/5110913-iranian-leaks-how-rouhani-persuaded-putin-keep-assad-power",
    ]);
  });
});

describe("decodeText", () => {
  it.each([
    ["plain UTF-8", utf8("Erdoğan met Путин in دمشق."), "Erdoğan met Путин in دمشق.", "utf-8"],
    ["UTF-8 with a BOM (stripped)", bytes(0xef, 0xbb, 0xbf, ...utf8("Damascus")), "Damascus", "utf-8"],
    ["Windows-1252 quotes and accents", latin("caf\xe9 \x93quoted\x94 \x96 \x80"), "café “quoted” – €", "windows-1252"],
    ["Latin-1 letters", latin("S\xe3o Paulo, M\xfcnchen, Besan\xe7on"), "São Paulo, München, Besançon", "windows-1252"],
    [
      "a Latin-1 line pasted into UTF-8 keeps the UTF-8 line intact",
      bytes(...utf8("Erdoğan spoke.\n"), ...latin("Caf\xe9 owners listened.")),
      "Erdoğan spoke.\nCafé owners listened.",
      "windows-1252",
    ],
    ["UTF-16LE with a BOM", bytes(0xff, 0xfe, 0x48, 0, 0x69, 0), "Hi", "utf-16le"],
    ["UTF-16BE with a BOM", bytes(0xfe, 0xff, 0, 0x48, 0, 0x69), "Hi", "utf-16be"],
    ["tabs, form feeds and escapes are text", latin("a\tb\fc\x1b[0m\r\n"), "a\tb\fc\x1b[0m\r\n", "utf-8"],
  ])("decodes %s", (_name, input, text, encoding) => {
    expect(decodeText(input)).toEqual({ text, encoding });
  });

  it.each([
    ["a NUL byte", bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x41), "NUL bytes"],
    ["a PNG header", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), "NUL bytes"],
    ["mostly control characters", bytes(0x01, 0x02, 0x03, 0x41, 0x04, 0x05, 0x42, 0x06), "control characters"],
  ])("calls %s binary", (_name, input, reason) => {
    expect(decodeText(input)).toEqual({ binary: true, reason });
  });

  it("only sniffs the first 8 KB for binary content", () => {
    const input = new Uint8Array(9000).fill(0x61);
    input[8500] = 0;
    expect(decodeText(input)).toMatchObject({ encoding: "utf-8" });
  });
});

describe("htmlToText", () => {
  const page = `<!doctype html>
<html><head>
  <title>  Putin &amp; Assad:
    the calls  </title>
  <link rel="stylesheet" href="/s.css">
  <link rel="alternate canonical" href="https://example.com/story?id=1&amp;p=2">
  <meta property="og:url" content="https://example.com/og">
  <style>p { color: red }</style>
  <script>document.write("<p>Injected</p>")</script>
</head><body>
  <header><h1>Site Name</h1></header>
  <nav><ul><li><a href="/">Home</a></li><li>World</li></ul></nav>
  <article>
    <h1>Putin stopped taking calls</h1>
    <p>Vladimir Putin spoke with <b>Bashar</b> al-Assad.</p><p>Then   Rouhani
       called&nbsp;Moscow.</p>
    <p>Write &lt;script&gt; to run code; A &amp; B &#8212; &eacute;t&eacute;.</p>
    <div>One<br>Two</div>
    <ul><li>Tehran</li><li>Damascus</li></ul>
    <svg><title>share icon</title><text>Share</text></svg>
    <aside>Related: ads</aside>
    <form><label>Email</label><button>Subscribe</button></form>
    <noscript>Enable JavaScript</noscript>
    <template><p>Hidden template</p></template>
    <!-- a comment -->
  </article>
  <footer>© 2025</footer>
</body></html>`;
  const result = htmlToText(page);

  it("keeps the article's blocks as lines, with entities decoded and whitespace collapsed", () => {
    expect(result.text).toBe(
      [
        "Putin stopped taking calls",
        "Vladimir Putin spoke with Bashar al-Assad.",
        "Then Rouhani called Moscow.",
        "Write <script> to run code; A & B — été.",
        "One",
        "Two",
        "Tehran",
        "Damascus",
      ].join("\n"),
    );
  });

  it("keeps the <title> and the canonical URL", () => {
    expect(result.title).toBe("Putin & Assad: the calls");
    expect(result.url).toBe("https://example.com/story?id=1&p=2");
  });

  it.each(["Injected", "color", "Site Name", "Home", "share icon", "Share", "ads", "Subscribe", "JavaScript", "template", "comment", "2025"])(
    "drops %s (script, style, navigation, furniture)",
    (word) => {
      expect(result.text).not.toContain(word);
    },
  );

  it.each([
    ["og:url when there is no canonical link", `<meta property="og:url" content="https://ex.com/og"><p>x</p>`, "https://ex.com/og"],
    ["og:url when the canonical link is relative", `<link rel=canonical href="/a"><meta property="og:url" content="http://ex.com/b"><p>x</p>`, "http://ex.com/b"],
    ["no URL when the page names none", "<p>x</p>", null],
    ["no URL for a javascript: canonical", `<link rel="canonical" href="javascript:alert(1)"><p>x</p>`, null],
  ])("finds %s", (_name, html, url) => {
    expect(htmlToText(html).url).toBe(url);
  });

  it.each([
    ["a fragment without <html>", "Plain <i>text</i> here", "Plain text here"],
    ["a page cut off inside a paragraph", "<p>First</p><p>Second, unfinished", "First\nSecond, unfinished"],
    ["an unclosed nav, which hides the rest", "<p>Kept</p><nav>menu<p>also menu", "Kept"],
    ["a <pre> block's line breaks", "<pre>line one\nline two</pre>", "line one\nline two"],
    ["table cells", "<table><tr><td>Iran</td><td>Syria</td></tr></table>", "Iran\nSyria"],
    ["an empty page", "<html><head><title>Only a title</title></head><body> </body></html>", ""],
  ])("reads %s", (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it("returns a null title when the page has none", () => {
    expect(htmlToText("<p>No title</p>").title).toBeNull();
  });
});

describe("parseDocumentHeader", () => {
  it.each([
    ["a URL glued to the title", "Putin calls Rouhanihttps://example.com/a/b\nBody.", "Putin calls Rouhani", "https://example.com/a/b"],
    ["a URL on the third line", "Title\n\nBy A. Writer\nhttps://example.com/x.\nBody", "Title", "https://example.com/x"],
    ["a URL line before the title", "https://example.com/x\nThe Real Title\nBody", "The Real Title", "https://example.com/x"],
    ["a URL in angle brackets", "<https://example.com/x>\nTitle", "Title", "https://example.com/x"],
    ["a URL in parentheses", "Title (https://example.com/x)", "Title", "https://example.com/x"],
    ["a URL after a separator", "Title | https://example.com/x", "Title", "https://example.com/x"],
    ["a URL that ends in brackets of its own", "Source: https://en.wikipedia.org/wiki/Homs_(city).", "Source", "https://en.wikipedia.org/wiki/Homs_(city)"],
    ["an http URL in quotes", 'Title\nSee "http://example.com/q?a=1".', "Title", "http://example.com/q?a=1"],
    ["indented first line", "   \n\n   Indented   title  \nbody", "Indented title", null],
    ["no URL", "Just a title\nand a body", "Just a title", null],
  ])("reads %s", (_name, text, title, url) => {
    expect(parseDocumentHeader(text)).toEqual({ title, url });
  });

  it.each([
    ["an ftp URL", "Title\nftp://example.com/file"],
    ["a URL after the fifth non-empty line", "1\n2\n3\n4\n5\nhttps://example.com/late"],
    ["a scheme without a host", "Title https://"],
  ])("does not take %s as the source", (_name, text) => {
    expect(parseDocumentHeader(text).url).toBeNull();
  });

  it("returns an empty title when no line has words", () => {
    expect(parseDocumentHeader("https://example.com/only\n---\n")).toEqual({ title: "", url: "https://example.com/only" });
  });

  it("takes no title from a whole 1 MB line: a paragraph is no headline", () => {
    expect(parseDocumentHeader("word ".repeat(200_000)).title).toBe("");
  });

  it.each([
    ["Magnitogorsk apartment building collapses after explosion, dozens dead\n\nFriday, January 4, 2019", "Magnitogorsk apartment building collapses after explosion, dozens dead"],
    ["Iran admits downing Ukrainian jet, cites 'human error'\nText.", "Iran admits downing Ukrainian jet, cites 'human error'"],
    ["Talks resume in Washington, D.C.\nText.", "Talks resume in Washington, D.C."],
    // A UN speech starts with its first paragraph.
    ["It gives me great pleasure, on behalf of the Islamic Republic of Afghanistan, to express my congratulations.\nMore.", ""],
    ["Russia and Iran met.\nMore.", ""],
  ])("titles %j only by a first line that looks like a headline", (text, title) => {
    expect(parseDocumentHeader(text).title).toBe(title);
  });
});

describe("readDocument", () => {
  it.each([
    ["sheet.xlsx", "unsupported file type .xlsx"],
    ["slides.PPTX", "unsupported file type .pptx"],
    ["letter.doc", "unsupported file type .doc"],
    ["README", "unsupported file type (no extension)"],
    [".DS_Store", "unsupported file type (no extension)"],
  ])("skips %s by its type", async (path, reason) => {
    expect(await readDocuments(path, utf8("Some text"))).toEqual([{ ok: false, skipped: { path, reason } }]);
  });

  it.each([
    ["an empty file", "a.txt", new Uint8Array(), "empty file"],
    ["a whitespace-only file", "a.txt", utf8(" \n\t\r\n  "), "empty file (only whitespace)"],
    ["a BOM-only file", "a.md", bytes(0xef, 0xbb, 0xbf), "empty file (only whitespace)"],
    ["a file with NUL bytes", "a.txt", bytes(0x50, 0x4b, 0x03, 0x04, 0x00, 0x00), "binary file (NUL bytes)"],
    ["a file of control characters", "a.txt", bytes(1, 2, 3, 4, 5, 6, 7, 8), "binary file (control characters)"],
    ["an HTML page without text", "a.html", utf8("<html><script>x()</script><nav>Menu</nav></html>"), "no text after HTML conversion"],
    ["a Markdown file with only front matter", "a.md", utf8("---\ntitle: Draft\n---\n"), "empty file (only front matter)"],
  ])("skips %s", (_name, path, input, reason) => {
    expect(reasonOf(readDocument(path, input))).toBe(reason);
  });

  it("reads a Windows-1252 file", () => {
    const document = documentOf(readDocument("old/cafe.txt", latin("Le caf\xe9\r\nIt was \x93quoted\x94.\r\n")));
    expect(document).toMatchObject({ title: "Le café", encoding: "windows-1252", text: "Le café\nIt was “quoted”.\n" });
  });

  it("reads a 1 MB single line", () => {
    const line = "Putin met Assad in Damascus. ".repeat(36_000);
    const document = documentOf(readDocument("long.txt", utf8(line)));
    expect(document.text).toBe(line);
    expect(document.text.length).toBeGreaterThan(1_000_000);
    expect(document.title).toBe("long");
  });

  it.each([
    ["world news/Путин и Асад.txt", "Путин и Асад"],
    ["أخبار/بشار الأسد.md", "بشار الأسد"],
    ["notes.v2.final.htm", "notes.v2.final"],
  ])("keeps the name %s intact and titles an untitled file after it", (path, title) => {
    const document = documentOf(readDocument(path, utf8(path.endsWith(".htm") ? "<p>  </p><p>---</p>" : "---\n\n")));
    expect(document).toMatchObject({ id: path, path, title });
  });

  it("normalizes line endings, control characters and Unicode composition", () => {
    const document = documentOf(readDocument("a.txt", utf8("Title\r\nErdog\u0306an\fpage two\x1a")));
    expect(document.text).toBe("Title\nErdoğan\npage two");
  });

  it("reads an HTML page's title, canonical URL and text", () => {
    const html = `<title>Story</title><link rel="canonical" href="https://ex.com/s"><nav>Menu</nav><h1>Headline</h1><p>Body.</p>`;
    expect(documentOf(readDocument("news/story.html", utf8(html)))).toEqual({
      id: "news/story.html",
      path: "news/story.html",
      title: "Story",
      url: "https://ex.com/s",
      text: "Headline\nBody.",
      encoding: "utf-8",
    });
  });

  it("titles an HTML page without <title> after its first line of text", () => {
    const html = `<h1>Headline</h1><p>Source https://ex.com/h</p>`;
    expect(documentOf(readDocument("a.htm", utf8(html)))).toMatchObject({ title: "Headline", url: "https://ex.com/h" });
  });

  it("reads Markdown as clean text, its source URL from link syntax", () => {
    const markdown = [
      "# Putin and *Assad* ##",
      "",
      "From [Reuters](https://reuters.com/world/x) and ![a photo](img/a.png).",
      "> **Rouhani** said the `talks` went well.",
      "See [the report][1]; snake_case_names stay, 2 * 3 * 4 stays.",
      "",
      "[1]: https://example.com/report",
    ].join("\n");
    const document = documentOf(readDocument("a.markdown", utf8(markdown)));
    expect(document).toMatchObject({ title: "Putin and Assad", url: "https://reuters.com/world/x" });
    expect(document.text).toBe(
      [
        "Putin and Assad",
        "",
        "From Reuters and a photo.",
        "Rouhani said the talks went well.",
        "See the report; snake_case_names stay, 2 * 3 * 4 stays.",
        "",
      ].join("\n"),
    );
  });

  it("takes a Markdown file's title and URL from its front matter", () => {
    const markdown = '---\ntitle: "Assad flees to Moscow"\nurl: https://ex.com/assad\n---\n# Breaking\nText.';
    const document = documentOf(readDocument("a.md", utf8(markdown)));
    expect(document).toMatchObject({ title: "Assad flees to Moscow", url: "https://ex.com/assad", text: "Breaking\nText." });
  });
});
