// The timeline under the graph: documents (or mentions) per day, month or year; brushing a range of bins
// (drag, the From and To lists, or the arrow keys on the chart) makes only the documents dated in it count,
// through the view store's filters; undated documents are counted apart, with a box to let them in or not.
// Hidden when no document has a date. A correction recounts the mentions in place, the measure and any
// drag kept. Side effects: DOM in `container`; resizes the renderer when shown.
import { formatCount, h, plural } from "./dom.ts";
import type { Explorer, MountedPanel } from "./explorer.ts";
import { axisLabels, createBarChart, documentAxis } from "./timeline-chart.ts";
import { binCounts, binLabel, documentItems, mentionsPerDocument, type BinCounts } from "./timeline-bins.ts";
import { inDateRange, uncountedDocuments } from "./timeline-range.ts";
import type { Filters } from "./view-state.ts";
import "./timeline.css";

/** What the bars count. */
type Measure = "documents" | "mentions";

/** Mounts the timeline into `container` (shown only when a document has a date). */
export function mountTimeline(container: HTMLElement, explorer: Explorer): MountedPanel {
  const { store, file, renderer } = explorer;
  // Dated documents, not the graph: a correction (which keeps the documents) never gives the axis.
  const axis = documentAxis(explorer);
  if (!axis) {
    container.hidden = true;
    container.replaceChildren();
    return { dispose: () => {}, graphChanged: () => {} };
  }
  const { keys, unit } = axis;
  const last = keys.length - 1;
  const counts: Record<Measure, BinCounts | null> = {
    documents: binCounts(axis, documentItems(file.documents)),
    mentions: null,
  };
  let measure: Measure = "documents";
  /** The bins of the range being dragged, before it applies. */
  let dragging: { start: number; end: number } | null = null;

  const option = (value: string, text: string) => h("option", { attrs: { value } }, text);
  const binOptions = () => keys.map((key, i) => option(String(i), binLabel(key)));
  const fromSelect = h("select", { className: "timeline__select", attrs: { "data-timeline": "from", "aria-label": "From" } }, option("", "start"), ...binOptions());
  const toSelect = h("select", { className: "timeline__select", attrs: { "data-timeline": "to", "aria-label": "To" } }, option("", "end"), ...binOptions());
  const measureSelect = h(
    "select",
    { className: "timeline__select", attrs: { "data-timeline": "measure", "aria-label": "Count" } },
    option("documents", "Documents"),
    option("mentions", "Mentions"),
  );
  const clear = h("button", { className: "text-button", attrs: { type: "button", "data-timeline": "clear" } }, "All dates");
  const undatedBox = h("input", { attrs: { type: "checkbox", "data-timeline": "undated" } });
  const undatedCount = counts.documents!.undated;
  const summary = h("span", { className: "timeline__summary", attrs: { "aria-live": "polite", "data-timeline": "summary" } });
  const chart = createBarChart("timeline__chart", `${measure} by ${unit}`);
  const { element: svg } = chart;
  svg.setAttribute("tabindex", "0");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-roledescription", "timeline");
  svg.setAttribute("aria-keyshortcuts", "ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Escape");
  svg.dataset.timeline = "chart";
  const hint = h("span", { className: "visually-hidden", attrs: { id: "timeline-hint" } }, "Drag over the bars to keep a range of dates. Arrow keys move the range, Shift and an arrow key widen or narrow it, Escape shows all dates.");
  svg.setAttribute("aria-describedby", "timeline-hint");

  const title = h("h2", { className: "timeline__title" });
  // Drawn once so the axis knows whether the bars are centred (few bins); redrawn with each render.
  chart.draw(keys, counts.documents!.counts, () => false, "document");
  const axisRow = axisLabels(keys, chart, "timeline__axis");
  container.replaceChildren(
    h(
      "div",
      { className: "timeline__head" },
      title,
      measureSelect,
      h("label", { className: "timeline__field" }, "From ", fromSelect),
      h("label", { className: "timeline__field" }, "to ", toSelect),
      clear,
      undatedCount > 0 && h("label", { className: "timeline__field timeline__undated" }, undatedBox, ` ${formatCount(undatedCount)} undated`),
      summary,
    ),
    hint,
    svg,
    axisRow,
  );
  const wasHidden = container.hidden;
  container.hidden = false;
  // The graph's box shrinks to make room (style: .stage with a shown timeline); sigma reads its size again
  // when it draws (render() resizes first): a resize now would lay the page out in this task, 80 ms of it
  // after a pick of 5,000 files on a busy machine, and again once the other panels are in.
  if (wasHidden) renderer.scheduleRender();

  /** The bins the filters' range covers, as [first, last], or null for every date. */
  const rangeBins = (filters: Filters): [number, number] | null => {
    const range = filters.dateRange;
    if (!range) return null;
    const inside = keys.flatMap((key, i) => (inDateRange(key, range) ? [i] : []));
    return inside.length > 0 ? [inside[0]!, inside.at(-1)!] : null;
  };
  const apply = (start: number, end: number) => {
    const [a, b] = [Math.max(0, Math.min(start, end)), Math.min(last, Math.max(start, end))];
    store.setFilters({ dateRange: { from: keys[a]!, to: keys[b]! } });
  };

  const render = () => {
    const { filters } = store.get();
    const range = dragging ? ([Math.min(dragging.start, dragging.end), Math.max(dragging.start, dragging.end)] as const) : rangeBins(filters);
    const shown = counts[measure] ?? counts.documents!;
    const noun = measure === "mentions" && counts.mentions ? "mention" : "document";
    title.textContent = `${noun === "mention" ? "Mentions" : "Documents"} by ${unit}`;
    svg.setAttribute("aria-label", title.textContent);
    chart.draw(keys, shown.counts, (i) => range !== null && i >= range[0] && i <= range[1], noun);
    svg.classList.toggle("timeline__chart--ranged", range !== null);
    fromSelect.value = range ? String(range[0]) : "";
    toSelect.value = range ? String(range[1]) : "";
    clear.hidden = filters.dateRange === null;
    undatedBox.checked = !filters.excludeUndated;
    const counted = file.documents.length - uncountedDocuments(file.documents, filters).length;
    summary.textContent = `${formatCount(counted)} of ${plural(file.documents.length, "document")} count`;
  };

  // Drag: the bins between where the pointer went down and where it is; applies when it is let go.
  const binAt = (clientX: number) => {
    const box = svg.getBoundingClientRect();
    return chart.binAt((clientX - box.left) / Math.max(1, box.width));
  };
  svg.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    svg.setPointerCapture(event.pointerId);
    const bin = binAt(event.clientX);
    dragging = { start: bin, end: bin };
    render();
  });
  svg.addEventListener("pointermove", (event) => {
    if (!dragging) return;
    const bin = binAt(event.clientX);
    if (bin === dragging.end) return;
    dragging.end = bin;
    render();
  });
  const endDrag = (commit: boolean) => {
    if (!dragging) return;
    const { start, end } = dragging;
    dragging = null;
    if (commit) apply(start, end);
    render();
  };
  svg.addEventListener("pointerup", () => endDrag(true));
  svg.addEventListener("pointercancel", () => endDrag(false));

  // Keys: arrows move the range a bin (a first press keeps the last bin), Shift widens or narrows its end.
  svg.addEventListener("keydown", (event) => {
    const range = rangeBins(store.get().filters);
    const [a, b] = range ?? [last, last];
    const step = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : 0;
    if (step !== 0) {
      if (!range) apply(last, last);
      else if (event.shiftKey) apply(a, Math.max(a, Math.min(last, b + step)));
      else if (a + step >= 0 && b + step <= last) apply(a + step, b + step);
    } else if (event.key === "Home") apply(0, range ? b : 0);
    else if (event.key === "End") apply(range ? a : last, last);
    else if (event.key === "Escape" && range) store.setFilters({ dateRange: null });
    else return;
    event.preventDefault();
  });

  // "start" and "end" stand for the first and the last bin; both at once is every date.
  const fromList = () => {
    const from = fromSelect.value === "" ? 0 : Number(fromSelect.value);
    const to = toSelect.value === "" ? last : Number(toSelect.value);
    if (fromSelect.value === "" && toSelect.value === "") store.setFilters({ dateRange: null });
    else apply(from, to);
  };
  fromSelect.addEventListener("change", fromList);
  toSelect.addEventListener("change", fromList);
  clear.addEventListener("click", () => store.setFilters({ dateRange: null }));
  undatedBox.addEventListener("change", () => store.setFilters({ excludeUndated: !undatedBox.checked }));

  // Mentions per bin need the evidence index (a split graph file's arrives after the first frame).
  const countMentions = () => {
    const index = explorer.evidence.index();
    if (!index || counts.mentions) return;
    counts.mentions = binCounts(axis, documentItems(file.documents, mentionsPerDocument(index, explorer.graph.nodes())));
  };
  measureSelect.addEventListener("change", () => {
    measure = measureSelect.value === "mentions" ? "mentions" : "documents";
    if (measure === "mentions") {
      countMentions();
      if (!counts.mentions) void explorer.evidence.loadIndex().catch(() => {});
    }
    render();
  });
  const unsubscribeIndex = explorer.evidence.onIndex(() => {
    if (measure === "mentions") {
      countMentions();
      render();
    }
  });
  const unsubscribe = store.subscribe((_state, change) => {
    if (change === "filters") render();
  });
  render();
  return {
    graphChanged() {
      // Mentions per bin move with the mentions; documents per bin do not.
      counts.mentions = null;
      if (measure === "mentions") countMentions();
      render();
    },
    dispose() {
      unsubscribe();
      unsubscribeIndex();
      container.replaceChildren();
      container.hidden = true;
    },
  };
}
