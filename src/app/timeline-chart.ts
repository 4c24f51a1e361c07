// Counts per time bin → an SVG bar chart (one <rect> per bin, a <title> each, text set as text), used by the
// timeline under the graph and by the node panel; and the node panel's chart of one node's mentions over
// time. Side effect: creates SVG elements.
import { formatCount, h, plural } from "./dom.ts";
import type { Explorer } from "./explorer.ts";
import { binCounts, binLabel, documentItems, mentionsPerDocument, timeAxis, type TimeAxis } from "./timeline-bins.ts";
import { inDateRange } from "./timeline-range.ts";

const SVG = "http://www.w3.org/2000/svg";
/** The chart's own height in viewBox units; bars scale to it and the element stretches to its box. */
const HEIGHT = 100;
/** A bin with any count shows at least this high, so one document among thousands is seen. */
const MIN_BAR = 4;
/** Fewer bins than this are drawn as this many slots' width each, centred: one day is no wall-to-wall bar. */
const MIN_SLOTS = 16;

/** A bar chart whose bars are redrawn in place. */
export interface BarChart {
  element: SVGSVGElement;
  /** Draws `counts` (one per key); bins `marked` (the brushed range) are drawn darker; `noun` for the bars' titles. */
  draw(keys: readonly string[], counts: readonly number[], marked: (i: number) => boolean, noun: string): void;
  /** The bin under a point `fraction` (0 to 1) of the chart's width across, nearest bin when beside the bars. */
  binAt(fraction: number): number;
  /** The share of the width left empty on each side of the bars (few bins are centred), for the axis labels. */
  margin(): number;
}

/** Creates an empty bar chart with the given class and accessible label. */
export function createBarChart(className: string, label: string): BarChart {
  const element = document.createElementNS(SVG, "svg");
  element.setAttribute("class", className);
  element.setAttribute("preserveAspectRatio", "none");
  element.setAttribute("aria-label", label);
  let bins = 1;
  const slots = () => Math.max(MIN_SLOTS, bins);
  const offset = () => (slots() - bins) / 2;
  return {
    element,
    binAt: (fraction) => Math.max(0, Math.min(bins - 1, Math.floor(fraction * slots() - offset()))),
    margin: () => offset() / slots(),
    draw(keys, counts, marked, noun) {
      bins = Math.max(1, keys.length);
      element.setAttribute("viewBox", `${-offset()} 0 ${slots()} ${HEIGHT}`);
      const max = Math.max(1, ...counts);
      const bars: SVGRectElement[] = [];
      keys.forEach((key, i) => {
        const count = counts[i] ?? 0;
        const height = count === 0 ? 0 : Math.max(MIN_BAR, (count / max) * HEIGHT);
        const bar = document.createElementNS(SVG, "rect");
        bar.setAttribute("x", String(i + 0.1));
        bar.setAttribute("width", "0.8");
        bar.setAttribute("y", String(HEIGHT - height));
        bar.setAttribute("height", String(height));
        bar.setAttribute("class", marked(i) ? "bar bar--marked" : "bar");
        bar.dataset.bin = key;
        bar.dataset.count = String(count);
        const title = document.createElementNS(SVG, "title");
        title.textContent = `${binLabel(key)}: ${plural(count, noun)}`;
        bar.append(title);
        bars.push(bar);
      });
      element.replaceChildren(...bars);
    },
  };
}

/** The time axis of a graph file's documents, or null when none has a date (then no timeline is shown). */
export function documentAxis(explorer: Explorer): TimeAxis | null {
  const cached = axes.get(explorer.file.documents);
  if (cached !== undefined) return cached;
  const axis = timeAxis(explorer.file.documents.flatMap((doc) => (doc.date ? [doc.date] : [])));
  axes.set(explorer.file.documents, axis);
  return axis;
}
const axes = new WeakMap<object, TimeAxis | null>();

/**
 * The axis under a chart: the first and last bins' labels at its ends, or, when few bins are drawn centred,
 * one centred label ("2 Jan 2025 – 9 Jan 2025", or the one bin's).
 */
export function axisLabels(keys: readonly string[], chart: BarChart, className: string): HTMLElement {
  const first = binLabel(keys[0]!);
  const last = binLabel(keys.at(-1)!);
  if (chart.margin() > 0) {
    return h("div", { className: `${className} ${className}--centred` }, h("span", null, keys.length > 1 ? `${first} – ${last}` : first));
  }
  return h("div", { className }, h("span", null, first), h("span", null, last));
}

/**
 * The node panel's small chart: the node's mentions per bin of the timeline's axis, the brushed range
 * darker, and its undated mentions in words. Null when no document has a date or the index is not in yet
 * (the panel renders again when it arrives).
 */
export function renderNodeTimeline(explorer: Explorer, node: string): HTMLElement | null {
  const axis = documentAxis(explorer);
  const index = explorer.evidence.index();
  if (!axis || !index) return null;
  const { counts, undated } = binCounts(axis, documentItems(explorer.file.documents, mentionsPerDocument(index, [node])));
  const { dateRange } = explorer.store.get().filters;
  const chart = createBarChart("node-timeline__chart", `Mentions by ${axis.unit}`);
  chart.draw(axis.keys, counts, (i) => dateRange !== null && inDateRange(axis.keys[i]!, dateRange), "mention");
  return h(
    "figure",
    { className: "node-timeline", attrs: { "data-node-timeline": "" } },
    chart.element,
    axisLabels(axis.keys, chart, "node-timeline__axis"),
    h("figcaption", { className: "node-timeline__caption muted" }, undated > 0 ? `Mentions by ${axis.unit} · ${formatCount(undated)} in undated documents` : `Mentions by ${axis.unit}`),
  );
}
