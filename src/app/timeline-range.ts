// The document filter's time part: a document's date and the brushed range → whether the document counts,
// and the ids of every document that does not (unticked, out of the range, or undated when those are left
// out). Pure; every part of the page that counts documents asks `uncountedDocuments`, so they agree.
import type { DocumentRecord } from "../extract/types.ts";
import type { DateRange, Filters } from "./view-state.ts";

/**
 * The first and last day a date covers, as comparable strings: "2019-02" covers "2019-02-01" to
 * "2019-02-31" (no month has a 32nd day, so string order is enough).
 */
export function dateBounds(date: string): [start: string, end: string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/**
 * True when a date falls in a range (both ends included). A date coarser than the range's ends counts when
 * they overlap: "2019" is in March–April 2019.
 * @example inDateRange("2019-03-14", { from: "2019-03", to: "2019-04" }) // true
 */
export function inDateRange(date: string, range: DateRange): boolean {
  const [start, end] = dateBounds(date);
  return end >= dateBounds(range.from)[0] && start <= dateBounds(range.to)[1];
}

/** True when the filters leave any document out (so counts go through the evidence index). */
export function filtersDocuments(filters: Filters): boolean {
  return filters.excludedDocuments.length > 0 || filters.dateRange !== null || filters.excludeUndated;
}

/**
 * The ids of the documents that do not count under the filters, in document order: those unticked in the
 * list, those dated out of the timeline's range, and undated ones when they are left out.
 * @example uncountedDocuments(file.documents, { ...DEFAULT_FILTERS, dateRange: { from: "2019", to: "2019" } })
 */
export function uncountedDocuments(documents: Iterable<DocumentRecord>, filters: Filters): string[] {
  const out: string[] = [];
  if (!filtersDocuments(filters)) return out;
  const unticked = new Set(filters.excludedDocuments);
  const { dateRange, excludeUndated } = filters;
  for (const doc of documents) {
    const counts = doc.date ? dateRange === null || inDateRange(doc.date, dateRange) : !excludeUndated;
    if (!counts || unticked.has(doc.id)) out.push(doc.id);
  }
  return out;
}
