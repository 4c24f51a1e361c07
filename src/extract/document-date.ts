// A document's path and text → its date (ISO "YYYY-MM-DD", "YYYY-MM" or "YYYY") and the rule that found it:
// a dateline in its first lines, else a date or year in its file name, else in a folder's name. Pure.

/** How a document's date was found. */
export type DateRule = "html-metadata" | "mail-header" | "docx-properties" | "metadata-table" | "dateline" | "file-name" | "folder-name";

/** A document's date and the rule that found it. */
export interface DocumentDate {
  date: string;
  rule: DateRule;
}

/** How many non-empty lines at the top may hold the dateline. */
const DATELINE_LINES = 6;
/** A dateline is short: the date and a few words ("Published", a weekday, a place), not a caption. */
const MAX_DATELINE_WORDS = 5;
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6, jul: 7, july: 7,
  aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";

/** Date forms of a dateline, each giving year, month, day by its groups. */
const DATE_FORMS: readonly { pattern: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  // "Friday, January 4, 2019", "Jan. 09, 2025"
  { pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "i"), parts: (m) => [m[3] as string, m[1] as string, m[2] as string] },
  // "4 January 2019"
  { pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, "i"), parts: (m) => [m[3] as string, m[2] as string, m[1] as string] },
  // "2019-01-04", "2019/01/04"
  { pattern: /\b(\d{4})[-/](\d{1,2})[-/](\d{1,2})\b/, parts: (m) => [m[1] as string, m[2] as string, m[3] as string] },
];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A real calendar day as "YYYY-MM-DD", or null ("February 30" is none). */
function isoDay(year: number, month: number, day: number): string | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day > days ? null : `${year}-${pad(month)}-${pad(day)}`;
}

/** The date a text names, as "YYYY-MM-DD", with where it is in the text; null when none. */
function findDate(text: string): { date: string; index: number; length: number } | null {
  for (const { pattern, parts } of DATE_FORMS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const [y, mo, d] = parts(m);
    const month = /^\d+$/.test(mo) ? Number(mo) : MONTHS[mo.toLowerCase().replace(/\.$/, "")] ?? 0;
    const date = isoDay(Number(y), month, Number(d));
    if (date) return { date, index: m.index, length: m[0].length };
  }
  return null;
}

/**
 * The dateline of a text: a line among its first ones that is a date and a few words at most ("Friday,
 * January 4, 2019", "Jan. 09, 2025", "Published 4 May 2020"). A caption that names a day ("…in Tehran,
 * November 23, 2015 (File - Getty)") or a sentence about a past event is longer, and no dateline.
 * @example findDateline("Title\n\nFriday, January 4, 2019\n\nText.") // "2019-01-04"
 */
export function findDateline(text: string): string | null {
  let seen = 0;
  let start = 0;
  while (start < text.length && seen < DATELINE_LINES) {
    let end = text.indexOf("\n", start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === "") continue;
    seen++;
    const found = findDate(line);
    if (!found) continue;
    const rest = (line.slice(0, found.index) + line.slice(found.index + found.length)).replace(/[^\p{L}\p{N}\s]/gu, " ");
    const words = rest.split(/\s+/).filter(Boolean);
    if (words.length <= MAX_DATELINE_WORDS && !/[.!?]$/.test(line.replace(/\b[a-z]{3,4}\.(?=\s)/gi, ""))) return found.date;
  }
  return null;
}

/** A date or a year in a file or folder name: "2019-01-04_report.txt" → 2019-01-04, "AFG_70_2015.txt" → 2015. */
export function findNameDate(name: string): string | null {
  const day = /(?:^|[^\d])((?:19|20)\d{2})[-_.]?(\d{2})[-_.]?(\d{2})(?![\d])/.exec(name);
  if (day) {
    const date = isoDay(Number(day[1]), Number(day[2]), Number(day[3]));
    if (date) return date;
  }
  const month = /(?:^|[^\d])((?:19|20)\d{2})[-_.](\d{2})(?![\d])/.exec(name);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${month[2]}`;
  // A year alone: four digits that are no part of a longer number.
  const years = [...name.matchAll(/(?:^|[^\d])((?:19|20)\d{2})(?![\d])/g)].map((m) => m[1] as string);
  const year = years[years.length - 1];
  return year !== undefined && Number(year) >= MIN_YEAR && Number(year) <= MAX_YEAR ? year : null;
}

/**
 * Finds a document's date from its text and path, when its reader gave none: a dateline, else a date in
 * its file name, else in the nearest folder name that has one.
 * @example findDocumentDate("UN/Session_70_-_2015/AFG_70_2015.txt", "It gives me great pleasure…") // { date: "2015", rule: "file-name" }
 */
export function findDocumentDate(path: string, text: string): DocumentDate | null {
  const dateline = findDateline(text);
  if (dateline) return { date: dateline, rule: "dateline" };
  const parts = path.split("/");
  const file = (parts.pop() ?? "").replace(/\.[^.]+$/, "").replace(/#.*$/, "");
  const fromFile = findNameDate(file);
  if (fromFile) return { date: fromFile, rule: "file-name" };
  for (let i = parts.length - 1; i >= 0; i--) {
    const fromFolder = findNameDate(parts[i] as string);
    if (fromFolder) return { date: fromFolder, rule: "folder-name" };
  }
  return null;
}

/** A date as a table or a reader may write it ("2019-01-04", "2019-01-04T10:00:00Z", "2019-01", "2019") → ISO, or null. */
export function normalizeDate(value: string): string | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ].*)?)?)?$/.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (m[3] !== undefined) return isoDay(year, Number(m[2]), Number(m[3]));
  if (m[2] !== undefined) return Number(m[2]) >= 1 && Number(m[2]) <= 12 ? `${m[1]}-${m[2]}` : null;
  return m[1] as string;
}
