// A PDF's text runs, page by page (as pdfjs gives them: string, position, size) → the document's text,
// one paragraph a line, with where each page starts and its first headline-like line. Pure: no pdfjs here,
// so the layout rules are tested on plain data.

/** One run of text on a page: pdfjs's text item, reduced to what layout needs. */
export interface PdfTextRun {
  text: string;
  /** Left edge and baseline, in PDF units (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, in PDF units. */
  height: number;
  /** Whether pdfjs says a line break follows. */
  endOfLine: boolean;
}

/** What `layOutPdfText` returns. */
export interface PdfText {
  text: string;
  /** Where each page starts in `text`, page 1 at 0. */
  pageStarts: number[];
  /** The first line that reads like a headline (short, no final full stop), or null. */
  headline: string | null;
}

interface Line {
  text: string;
  x: number;
  y: number;
  end: number;
  height: number;
  /** Whether the line is about as wide as the page's widest: a line a paragraph goes on after. */
  full?: boolean;
}

/** From this many pages on, a line repeated at the top or bottom of most pages is a running header or footer. */
export const RUNNING_LINES_FROM_PAGES = 3;
/** Lines at each end of a page looked at for running headers, footers and page numbers. */
const EDGE_LINES = 3;
/** The share of pages a line must repeat on to be a running header or footer. */
const RUNNING_SHARE = 0.6;

/**
 * Lays out a PDF's text: runs → lines (a new line where pdfjs says so or the baseline moves), lines →
 * paragraphs (joined with spaces; a wider gap, a change of font size or a short line ends one), a word
 * hyphenated at a line end joined again ("negoti-" + "ations"), and, from three pages on, running headers,
 * footers and page numbers that repeat at the top or bottom of most pages dropped.
 * @example layOutPdfText([[{ text: "Putin met", x: 0, y: 700, width: 50, height: 12, endOfLine: true }, …]]).text
 */
export function layOutPdfText(pages: readonly (readonly PdfTextRun[])[]): PdfText {
  const lined = pages.map(toLines);
  const running = lined.length >= RUNNING_LINES_FROM_PAGES ? runningLines(lined) : new Set<string>();
  const kept = lined.map((lines) => {
    const body = lines.filter((line, i) => !(isEdge(i, lines.length) && running.has(runningKey(line))));
    const widest = Math.max(0, ...body.map((line) => line.end - line.x));
    return body.map((line) => ({ ...line, full: line.end - line.x >= 0.8 * widest }));
  });

  let text = "";
  const pageStarts: number[] = [];
  let headline: string | null = null;
  let previous: Line | null = null;
  let paragraphWidth = 0;
  for (const lines of kept) {
    pageStarts.push(text.length);
    const widest = Math.max(0, ...lines.map((line) => line.end - line.x));
    lines.forEach((line, i) => {
      headline ??= headlineOf(line.text);
      if (previous === null) {
        // The first line of the document.
      } else if (endsHyphenated(previous.text) && /^\p{Ll}/u.test(line.text)) {
        text = text.slice(0, -1);
      } else if (i === 0 ? continuesAcrossPages(previous, line) : continuesParagraph(previous, line, widest, paragraphWidth)) {
        text += " ";
      } else {
        text += "\n";
        paragraphWidth = 0;
      }
      if (i === 0) pageStarts[pageStarts.length - 1] = text.length;
      text += line.text;
      paragraphWidth = Math.max(paragraphWidth, line.end - line.x);
      previous = line;
    });
  }
  return { text, pageStarts, headline };
}

/** Groups a page's runs into lines, in the order pdfjs gives them (the content stream's, usually reading order). */
function toLines(runs: readonly PdfTextRun[]): Line[] {
  const lines: Line[] = [];
  let current: Line | null = null;
  let broken = true;
  for (const run of runs) {
    const piece = run.text.replace(/\s+/g, " ");
    if (current && !broken && Math.abs(run.y - current.y) <= Math.max(run.height, current.height, 1) * 0.5) {
      // On the same line: a gap wider than a fifth of the font size is a space pdfjs did not write.
      const gap = run.x - current.end;
      const space = gap > 0.2 * Math.max(run.height, 1) && !current.text.endsWith(" ") && !piece.startsWith(" ");
      current.text += (space ? " " : "") + piece;
      current.end = Math.max(current.end, run.x + run.width);
      current.height = Math.max(current.height, run.height);
    } else if (piece.trim() || run.height > 0) {
      if (current) lines.push(current);
      current = { text: piece, x: run.x, y: run.y, end: run.x + run.width, height: run.height };
    }
    broken = run.endOfLine && piece.trim() !== "";
    if (run.endOfLine && piece.trim() === "" && current && current.text.trim()) broken = true;
  }
  if (current) lines.push(current);
  return lines.map((line) => ({ ...line, text: line.text.trim() })).filter((line) => line.text !== "");
}

/** Lines that repeat (digits aside) among the first or last lines of most pages. */
function runningLines(pages: readonly Line[][]): Set<string> {
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(lines.filter((_, i) => isEdge(i, lines.length)).map(runningKey));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  const least = Math.max(RUNNING_LINES_FROM_PAGES, Math.ceil(RUNNING_SHARE * pages.length));
  return new Set([...pagesWith].filter(([, count]) => count >= least).map(([key]) => key));
}

function isEdge(index: number, length: number): boolean {
  return index < EDGE_LINES || index >= length - EDGE_LINES;
}

/**
 * A line compared with digits as one sign ("Page 3 of 12" and "Page 4 of 12" are the same footer), and
 * with its height on the page: a running header stays where it is, a phrase of the text moves.
 */
function runningKey(line: Line): string {
  return `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, "#").replace(/\s+/g, " ").trim()}`;
}

function endsHyphenated(text: string): boolean {
  return /\p{L}-$/u.test(text);
}

/**
 * Whether `line` goes on the paragraph `previous` is in: the same font size, no wider gap than a line and
 * a half, and `previous` not a short line (a paragraph's last line, or a headline).
 */
function continuesParagraph(previous: Line, line: Line, widest: number, paragraphWidth: number): boolean {
  const size = Math.max(previous.height, line.height, 1);
  if (Math.abs(previous.height - line.height) > 0.15 * size) return false;
  const gap = previous.y - line.y;
  if (gap <= 0 || gap > 1.6 * size) return false;
  const width = previous.end - previous.x;
  return width >= 0.8 * Math.max(paragraphWidth, 0.6 * widest);
}

/**
 * A paragraph goes on over a page break when its last line ends without a sentence's end, and either was
 * a full line or the next starts in lower case.
 */
function continuesAcrossPages(previous: Line, line: Line): boolean {
  return !/[.!?:;"”’)]$/.test(previous.text) && (previous.full === true || /^\p{Ll}/u.test(line.text));
}

/** A line that reads like a headline: two to twenty words with letters, no final full stop or comma. */
function headlineOf(text: string): string | null {
  const words = text.split(" ").filter((word) => /\p{L}/u.test(word));
  if (words.length < 2 || words.length > 20 || /[.,;:]$/.test(text) || text.length > 200) return null;
  return text;
}
