// The toolbar's Open button and Export menu: every format of GRAPH_EXPORT_FORMATS (GEXF, nodes.csv,
// edges.csv) of the graph as shown, a PNG and an SVG of the view (src/app/render-picture.ts), and the graph JSON. The content comes from src/export/ (the same code as the command line); this file only
// decides where the bytes go (a download) and reads what the page shows. Side effect: downloads files.
import { TYPE_LABELS } from "../graph/appearance.ts";
import type { GraphFile } from "../graph/types.ts";
import { GRAPH_EXPORT_FORMATS } from "../export/export-formats.ts";
import { toGraphJson, type ExportGraph } from "../export/index.ts";
import { formatCount, h } from "./dom.ts";
import { downloadFile } from "./download-file.ts";
import { exportMetrics } from "./export-metrics.ts";
import { toSvg } from "./export-svg.ts";
import { renderPicture } from "./render-picture.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { createOpenButton } from "./open-file.ts";
import { shownGraph } from "./shown-graph.ts";
import "./toolbar-menu.css";
import "./export-menu.css";
import { filtersDocuments, uncountedDocuments } from "./timeline-range.ts";

/** What the page does with a file the user opened; without it the Open button is not shown. */
export interface ExportMenuOptions {
  open?: (file: GraphFile, name: string) => void;
}

/** PNG sizes offered, in image pixels; null is the graph area as it is on screen. */
export const PNG_SIZES: readonly { id: string; label: string; width: number; height: number }[] = [
  { id: "1280x720", label: "1280 × 720", width: 1280, height: 720 },
  { id: "1920x1080", label: "1920 × 1080", width: 1920, height: 1080 },
  { id: "2048x2048", label: "2048 × 2048", width: 2048, height: 2048 },
  { id: "3840x2160", label: "3840 × 2160", width: 3840, height: 2160 },
];

/** The graph as shown: filtered nodes and edges, counts under the document filter, drawn sizes. */
export function getShownGraph(explorer: Explorer): ExportGraph {
  return shownGraph({
    graph: explorer.graph,
    visibility: explorer.visibility(),
    index: explorer.evidence.index(),
    excludedDocuments: uncountedDocuments(explorer.file.documents, explorer.store.get().filters),
    drawnSize: (node) => explorer.renderer.getNodeDisplayData(node)?.size,
  });
}

/** One line on what is shown and which filters made it so, for the GEXF description and the menu. */
export function describeView(explorer: Explorer, shown: { order: number; size: number }): string {
  const { graph, store, file } = explorer;
  const { filters } = store.get();
  const parts = [`${formatCount(shown.order)} of ${formatCount(graph.order)} entities`, `${formatCount(shown.size)} of ${formatCount(graph.size)} links`];
  if (filters.hiddenTypes.length > 0) parts.push(`hidden: ${filters.hiddenTypes.map((type) => TYPE_LABELS[type].toLowerCase()).join(", ")}`);
  if (filters.minWeight > 1) parts.push(`links of at least ${filters.minWeight} sentences`);
  if (filters.minMentions > 1) parts.push(`entities of at least ${filters.minMentions} mentions`);
  if (filters.relationClass !== null) parts.push(`links of class ${filters.relationClass}`);
  if (filters.dateRange !== null) parts.push(`dated ${filters.dateRange.from} to ${filters.dateRange.to}`);
  const uncounted = uncountedDocuments(file.documents, filters).length;
  if (uncounted > 0) parts.push(`${file.documents.length - uncounted} of ${file.documents.length} documents`);
  return parts.join(" · ");
}

const download = downloadFile;

/** Draws the current view at `size` image pixels (null: as on screen), labels and legend included, as a PNG. */
export async function renderPng(explorer: Explorer, size: { width: number; height: number } | null): Promise<Blob> {
  const { canvas } = await renderPicture(explorer, size);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("the browser could not encode the PNG"))), "image/png"),
  );
}

/** The current view at `size` (null: as on screen) as an SVG document: edges, nodes, labels as text, legend. */
export async function renderSvg(explorer: Explorer, size: { width: number; height: number } | null): Promise<string> {
  return toSvg((await renderPicture(explorer, size)).picture);
}

/**
 * Mounts the Open button and the Export menu into `container`.
 *
 * @example
 *   const dispose = mountExportMenu(requireElement("#export-menu"), explorer, { open: (file) => restart(file) });
 */
export function mountExportMenu(container: HTMLElement, explorer: Explorer, options: ExportMenuOptions = {}): Dispose {
  const message = h("p", { className: "export-menu__message", attrs: { role: "status", "data-export-message": "" } });
  const note = h("p", { className: "export-menu__note" });
  const alert = h("div", { className: "export-menu__alert", attrs: { role: "alert", hidden: true } });
  const say = (text: string, error = false) => {
    message.textContent = text;
    message.classList.toggle("export-menu__message--error", error);
  };

  const run = (label: string, action: () => void | Promise<void>) => async () => {
    say(`${label}…`);
    try {
      await action();
      say(`${label}: done.`);
    } catch (error) {
      console.error(error);
      say(`${label} failed: ${error instanceof Error ? error.message : String(error)}`, true);
    }
  };
  const item = (id: string, label: string, title: string, action: () => void | Promise<void>) =>
    h("button", { className: "button", attrs: { type: "button", "data-export": id, title }, on: { click: run(label, action) } }, label);

  // With documents filtered out, what is shown depends on the evidence index: wait for it (a split graph file's
  // arrives after the first frame).
  const shown = async () => {
    if (filtersDocuments(explorer.store.get().filters)) await explorer.evidence.loadIndex();
    const graph = getShownGraph(explorer);
    const metrics = await exportMetrics(explorer, graph);
    return { graph, description: `Entity Graph export: ${describeView(explorer, graph)}`, ...(metrics ? { metrics } : {}) };
  };
  const sizeSelect = h(
    "select",
    { className: "export-menu__size", attrs: { "aria-label": "PNG size", "data-png-size": "" } },
    h("option", { attrs: { value: "screen" } }, "As on screen"),
    ...PNG_SIZES.map(({ id, label }) => h("option", { attrs: { value: id } }, label)),
  );
  sizeSelect.value = "1920x1080";

  const panel = h(
    "div",
    { className: "toolbar-menu__panel export-menu__panel", attrs: { role: "group", "aria-label": "Export" } },
    note,
    ...GRAPH_EXPORT_FORMATS.map((format) =>
      item(format.id, format.label, format.title, async () => {
        const { graph, ...options } = await shown();
        download(format.render(graph, options), format.mime, format.fileName);
      }),
    ),
    h(
      "div",
      { className: "export-menu__png" },
      sizeSelect,
      item("png", "Export PNG", "An image of the current view, with the legend", async () => {
        const size = PNG_SIZES.find(({ id }) => id === sizeSelect.value) ?? null;
        download(await renderPng(explorer, size), "image/png", "entity-graph.png");
      }),
      item("svg", "Export SVG", "The current view as SVG, at the chosen size: nodes, links, labels as text and the legend, to edit in Inkscape or Illustrator", async () => {
        const size = PNG_SIZES.find(({ id }) => id === sizeSelect.value) ?? null;
        download(await renderSvg(explorer, size), "image/svg+xml", "entity-graph.svg");
      }),
    ),
    item("graph-json", "Save graph JSON", "The whole graph with its sentences and current positions, as one file to open again here", async () => {
      // A split graph file's sentences are fetched first (all its chunks): the saved file is the single form.
      const file = await explorer.evidence.loadFile((done, total) => {
        if (total > 0) say(`Save graph JSON: loading the sentences, ${Math.round((100 * done) / total)}%…`);
      });
      download(toGraphJson(file, explorer.graph), "application/json", "entity-graph.json");
    }),
    message,
  );
  const details = h(
    "details",
    { className: "toolbar-menu export-menu__details" },
    h("summary", { className: "button", attrs: { "data-action": "export" } }, "Export"),
    panel,
  );
  details.addEventListener("toggle", () => {
    if (!details.open) return;
    alert.hidden = true;
    note.textContent = `Shown: ${describeView(explorer, getShownGraph(explorer))}`;
    say("");
  });

  const onDocumentClick = (event: MouseEvent) => {
    // The download link's own click is synthetic: it must not close the menu.
    if (event.isTrusted && !container.contains(event.target as Node)) {
      details.open = false;
      alert.hidden = true;
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || (!details.open && alert.hidden)) return;
    details.open = false;
    alert.hidden = true;
    event.preventDefault();
  };
  document.addEventListener("click", onDocumentClick);
  document.addEventListener("keydown", onKeyDown);

  const open = options.open;
  const openButton = open
    ? createOpenButton(
        (file, name) => {
          alert.hidden = true;
          open(file, name);
        },
        (text) => {
          details.open = false;
          alert.textContent = `Could not open the file: ${text}`;
          alert.hidden = false;
        },
      )
    : null;
  container.replaceChildren(h("div", { className: "export-menu" }, openButton, details, alert));
  return () => {
    document.removeEventListener("click", onDocumentClick);
    document.removeEventListener("keydown", onKeyDown);
    container.replaceChildren();
  };
}
