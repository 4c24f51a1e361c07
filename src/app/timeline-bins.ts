// Document dates → the timeline's axis (day, month or year bins, as the span needs) and counts per bin:
// documents, or mentions through the evidence index. Pure; the timeline under the graph and the node
// panel's small chart use the same axis.
import type { DocumentRecord } from "../extract/types.ts";
import type { EvidenceIndex } from "./evidence-index.ts";

/** A bin's length. */
export type TimeUnit = "day" | "month" | "year";

/** The contiguous bins from the first date to the last, empty ones included, so time reads left to right. */
export interface TimeAxis {
  unit: TimeUnit;
  /** Bin keys, ascending: "2019-01-04" (day), "2019-01" (month) or "2019" (year). */
  keys: string[];
}

/** Counts per bin of an axis, and what had no date. */
export interface BinCounts {
  counts: number[];
  undated: number;
}

/** A unit rule: the finest unit whose bins stay few enough to read, tried in order, with the reason. */
export interface UnitRule {
  unit: TimeUnit;
  maxBins: number;
  reason: string;
}

/** Finest first; the first rule the dates allow (span and precision) wins, else years. */
export const UNIT_RULES: readonly UnitRule[] = [
  { unit: "day", maxBins: 92, reason: "up to three months: a bar a day is still a few pixels wide" },
  { unit: "month", maxBins: 120, reason: "up to ten years: a bar a month" },
  { unit: "year", maxBins: Infinity, reason: "longer spans (the UN corpus, 2015–2024): a bar a year" },
];

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PRECISION: Record<number, TimeUnit> = { 4: "year", 7: "month", 10: "day" };
const FINENESS: Record<TimeUnit, number> = { day: 0, month: 1, year: 2 };

/** The bin key of a date in a unit: its first 10, 7 or 4 characters. */
export function binKey(date: string, unit: TimeUnit): string {
  return date.slice(0, unit === "day" ? 10 : unit === "month" ? 7 : 4);
}

/**
 * The axis of a set of dates (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null when there is none. Bins are never
 * finer than the coarsest date: a corpus with a speech dated "2019" only is binned by year.
 * @example timeAxis(["2019-01-04", "2019-03-20"]) // { unit: "day", keys: ["2019-01-04", …, "2019-03-20"] } (76 days)
 */
export function timeAxis(dates: Iterable<string>): TimeAxis | null {
  let first: string | null = null;
  let last: string | null = null;
  let coarsest: TimeUnit = "day";
  for (const date of dates) {
    if (!DATE.test(date)) continue;
    const precision = PRECISION[date.length]!;
    if (FINENESS[precision] > FINENESS[coarsest]) coarsest = precision;
    if (first === null || date < first) first = date;
    if (last === null || date > last) last = date;
  }
  if (first === null || last === null) return null;
  for (const rule of UNIT_RULES) {
    if (FINENESS[rule.unit] < FINENESS[coarsest]) continue;
    const keys = binKeys(binKey(first, rule.unit), binKey(last, rule.unit), rule.unit, rule.maxBins);
    if (keys) return { unit: rule.unit, keys };
  }
  return { unit: "year", keys: binKeys(binKey(first, "year"), binKey(last, "year"), "year", Infinity)! };
}

/**
 * Adds each item's weight to its date's bin; items without a date are counted apart. A date coarser than
 * the axis's unit (a "2019" on a month axis) goes to the bin its first day is in; one outside the axis is left out.
 * @example binCounts(axis, file.documents.map((doc) => ({ date: doc.date, weight: 1 })))
 */
export function binCounts(axis: TimeAxis, items: Iterable<{ date?: string | null | undefined; weight: number }>): BinCounts {
  const position = new Map(axis.keys.map((key, i) => [key, i]));
  const counts = axis.keys.map(() => 0);
  let undated = 0;
  for (const { date, weight } of items) {
    if (!date) {
      undated += weight;
      continue;
    }
    const at = position.get(binKey(startOf(date), axis.unit));
    if (at !== undefined) counts[at]! += weight;
  }
  return { counts, undated };
}

/**
 * Mentions per document (by position in the index's document order) of the given nodes, each mention once,
 * so a node's bars add up to its mentions: a sentence repeated verbatim in several articles counts under
 * the earliest dated of them (where it was first said), under an undated one only when none is dated.
 */
export function mentionsPerDocument(index: EvidenceIndex, nodes: Iterable<string>): Float64Array {
  const perDocument = new Float64Array(index.documentOrder.length);
  // Undated documents sort after every date.
  const dates = index.documentOrder.map((id) => index.documents.get(id)?.date ?? "~");
  const earliest = (docs: readonly number[]) => docs.reduce((best, doc) => (dates[doc]! < dates[best]! ? doc : best));
  for (const node of nodes) {
    for (const rank of index.nodeMentions(node)) {
      const docs = index.documentsOf(rank);
      perDocument[typeof docs === "number" ? docs : earliest(docs)]!++;
    }
  }
  return perDocument;
}

/** The documents of a graph file as timeline items: each document's date, weighted 1 or by `weights[i]`. */
export function documentItems(documents: readonly DocumentRecord[], weights?: ArrayLike<number>): { date: string | undefined; weight: number }[] {
  return documents.map((doc, i) => ({ date: doc.date, weight: weights ? (weights[i] ?? 0) : 1 }));
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A bin key as people read it: "4 Jan 2019", "Jan 2019", "2019". */
export function binLabel(key: string): string {
  const [year, month, day] = key.split("-");
  if (month === undefined) return year!;
  const name = MONTHS[Number(month) - 1] ?? month;
  return day === undefined ? `${name} ${year}` : `${Number(day)} ${name} ${year}`;
}

/** The first day (or month) a date covers, so a coarse date finds its bin on a finer axis. */
function startOf(date: string): string {
  return date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date;
}

/** Every key from `first` to `last` in a unit, or null when there would be more than `max`. */
function binKeys(first: string, last: string, unit: TimeUnit, max: number): string[] | null {
  const keys: string[] = [];
  if (unit === "day") {
    const end = Date.parse(`${last}T00:00:00Z`);
    for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 86_400_000) {
      if (keys.length >= max) return null;
      keys.push(new Date(t).toISOString().slice(0, 10));
    }
    return keys;
  }
  if (unit === "month") {
    let [year, month] = first.split("-").map(Number) as [number, number];
    for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, "0")}`) {
      if (keys.length >= max) return null;
      keys.push(key);
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
    return keys;
  }
  for (let year = Number(first); year <= Number(last); year++) {
    if (keys.length >= max) return null;
    keys.push(String(year).padStart(4, "0"));
  }
  return keys;
}
