// The explorer page's entry point and composition root: fetches graph.json (relative to the page), starts
// the explorer on it (src/app/create-explorer.ts) and mounts the search, legend, filters, timeline, layout buttons,
// details panel, export menu, curation and URL sync around it; a graph the user opens or builds replaces it,
// and a correction changes the graph on the page in place (src/app/curation.ts, ExplorerInstance.update).
import type { GraphFile, EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import type Sigma from "sigma";
import type { EntityGraph } from "../graph/types.ts";
import { afterPaint } from "./after-paint.ts";
import { createExplorerInSteps, type ExplorerInstance, type PanelMount } from "./create-explorer.ts";
import { createCuration, type CorrectionsStorage } from "./curation.ts";
import { mountCurationPanel } from "./curation-panel.ts";
import { mountDetailsPanel } from "./details-panel.ts";
import { mountDocumentImport } from "./document-import.ts";
import { mountDocumentReader } from "./document-reader.ts";
import { mountAutoFit } from "./fit-view.ts";
import { mountFocusBar } from "./focus-bar.ts";
import { requireElement } from "./dom.ts";
import { loadEvidenceAhead } from "./evidence-policy.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import type { ExplorerTimings } from "./explorer-timings.ts";
import { mountFilters } from "./filters.ts";
import { mountLayoutControl } from "./layout-control.ts";
import { mountLegend } from "./legend.ts";
import { mountMetricsControl } from "./metrics-control.ts";
import { mountNodeTable } from "./node-table.ts";
import { GraphLoadError, fetchGraphFile, type LoadedGraphFile } from "./load-graph.ts";
import { mountSearchBox } from "./search-box.ts";
import { mountStageControls } from "./stage-controls.ts";
import { mountStatusOverlay, type StatusOverlay } from "./status-overlay.ts";
import { mountTimeline } from "./timeline.ts";
import { mountUrlSync } from "./url-sync.ts";
import "./style.css";

/** The graph file, relative to the page so the build works from any folder of any static host. */
const GRAPH_URL = "graph.json";

/** What the page exposes to the end-to-end tests and the browser benchmark, and to nothing else: `window.__entityGraph`. */
export interface ExplorerHandle {
  renderer: Sigma<EntityNodeAttributes, EntityEdgeAttributes>;
  graph: EntityGraph;
  explorer: Explorer;
  timings: ExplorerTimings;
  /** The labels the last frame drew. */
  drawnLabels: ExplorerInstance["drawnLabels"];
  dispose(): void;
}

declare global {
  interface Window {
    __entityGraph?: ExplorerHandle;
  }
}

/** Optional modules mounted into the toolbar when present, such as the export menu. */
const exportMenus = import.meta.glob<{
  mountExportMenu?: (container: HTMLElement, explorer: Explorer, options: { open: (file: GraphFile) => void }) => Dispose | void;
}>(
  "./export-menu.ts",
  { eager: true },
);

/** The explorer on the page now, and whether it was torn down. */
let current: { instance: ExplorerInstance; disposed: boolean } | null = null;

/** The browser's localStorage, or null where the page may not use it (then corrections last the session). */
function browserStorage(): CorrectionsStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The corrections of the graph on the page; every loaded graph becomes its base. */
const curation = createCuration(browserStorage());

async function main(): Promise<void> {
  const status = mountStatusOverlay(requireElement("#status"));
  curation.subscribe((change) => {
    if (change === "graph") showCorrected(curation.shown(), status);
  });
  // Mounted once, before the graph loads: documents can be dropped even when graph.json is missing.
  mountDocumentImport(requireElement("#documents"), requireElement("#import-status"), { open: (file) => replaceGraph(file, status) });
  document.body.dataset.state = "loading";
  status.loading("Loading graph…");
  try {
    performance.mark("entity-graph:fetch");
    const file = await fetchGraphFile(GRAPH_URL, (progress) => status.loading("Loading graph…", progress));
    performance.mark("entity-graph:loaded");
    status.loading("Preparing the graph…");
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await start(curation.load(file), status);
  } catch (error) {
    fail(status, error);
  }
}

/** The panels around the graph, each a mount returning its cleanup, in the order they are mounted. */
function panelMounts(status: StatusOverlay): PanelMount[] {
  const mounts: PanelMount[] = [
    (explorer, hooks) => mountDetailsPanel(requireElement("#details"), explorer, { onRendered: hooks.panelRendered, onLoading: hooks.holdRedrawFor }),
    (explorer) => mountLegend(requireElement("#legend"), explorer),
    (explorer) => mountMetricsControl(requireElement("#appearance"), explorer),
    (explorer) => mountNodeTable(requireElement("#node-table"), explorer),
    (explorer) => mountFilters(requireElement("#filters"), explorer),
    (explorer) => mountTimeline(requireElement("#timeline"), explorer),
    (explorer) => mountSearchBox(requireElement("#search"), explorer),
    (explorer) => mountLayoutControl(requireElement("#layout-control"), explorer),
    (explorer) => mountStageControls(requireElement("#stage-controls"), explorer),
    (explorer) => mountUrlSync(explorer),
    (explorer) => mountCurationPanel(requireElement("#curation"), explorer, curation),
    (explorer) => mountFocusBar(requireElement("#scope-bar"), explorer),
    (explorer) => mountDocumentReader(requireElement("#reading"), explorer),
    (explorer) => mountAutoFit(explorer),
  ];
  for (const module of Object.values(exportMenus)) {
    const mountExportMenu = module.mountExportMenu;
    if (mountExportMenu) mounts.push((explorer) => mountExportMenu(requireElement("#export-menu"), explorer, { open: (opened) => replaceGraph(opened, status) }) ?? (() => {}));
  }
  return mounts;
}

/** Starts counted: an explorer whose start is overtaken by another's (a new graph opened meanwhile) is disposed at once. */
let starts = 0;

/** Starts the explorer on `file`, a few tasks at a time so that the page stays responsive (`createExplorerInSteps`). */
async function start(file: LoadedGraphFile, status: StatusOverlay): Promise<void> {
  delete document.body.dataset.evidence;
  const started = ++starts;
  let instance: ExplorerInstance;
  try {
    instance = await createExplorerInSteps(file, requireElement("#graph"), {
      graphUrl: new URL(GRAPH_URL, window.location.href),
      panels: panelMounts(status),
      onStep: (step) => {
        if (started === starts) status.loading(`Preparing the graph: ${step}…`);
      },
    });
  } catch (error) {
    if (started === starts) throw error;
    return;
  }
  if (started !== starts) return instance.dispose();
  const mounted = { instance, disposed: false };
  current = mounted;
  const { explorer, timings } = instance;
  if (explorer.graph.order === 0) {
    status.notice("The graph is empty", "No entities were found in the documents. The overview lists any skipped files.");
  } else {
    status.hide();
  }
  window.__entityGraph = { renderer: explorer.renderer, graph: explorer.graph, explorer, timings, drawnLabels: instance.drawnLabels, dispose: () => dispose(mounted) };
  performance.mark("entity-graph:mounted");
  afterPaint(() => {
    if (mounted.disposed) return;
    timings.firstFrame = performance.now();
    document.body.dataset.state = "ready";
    // Idle time indexes the mentions, so the first correction does not wait for it (Safari has no
    // requestIdleCallback: a second later there).
    const prepare = () => {
      if (mounted.disposed) return;
      const preparing = performance.now();
      curation.prepare();
      mounted.instance.prepareUpdate();
      performance.measure("entity-graph:curation-prepare", { start: preparing, end: performance.now() });
    };
    if ("requestIdleCallback" in window) requestIdleCallback(prepare, { timeout: 10_000 });
    else setTimeout(prepare, 1000);
    // Once the graph is on screen, so the first frame does not wait for the sentences.
    loadEvidenceAhead(explorer, {
      disposed: () => mounted.disposed,
      onIndex: () => {
        timings.evidenceIndex = performance.now();
        document.body.dataset.evidence = "ready";
      },
      onError: (error) => {
        document.body.dataset.evidence = "error";
        console.error(error);
      },
    });
  });
}

function dispose(mounted: { instance: ExplorerInstance; disposed: boolean }): void {
  if (mounted.disposed) return;
  mounted.disposed = true;
  mounted.instance.dispose();
  if (current === mounted) current = null;
}

/** A graph opened or built from the user's documents replaces the explorer, with the corrections kept for it. */
function replaceGraph(file: GraphFile, status: StatusOverlay): void {
  // The explorer on the page is torn down in a task of its own: with the new file's corrections looked up,
  // one task of over 100 ms after a big pick (BENCHMARKS.md, issue 14).
  if (current) dispose(current);
  delete window.__entityGraph;
  document.body.dataset.state = "loading";
  setTimeout(() => showGraph(curation.load(file), status), 0);
}

/** Shows the graph on the page corrected: changed in place when the explorer can, else started again. */
function showCorrected(file: LoadedGraphFile, status: StatusOverlay): void {
  const mounted = current;
  if (!mounted || mounted.disposed) return showGraph(file, status);
  document.body.dataset.state = "loading";
  try {
    if (!mounted.instance.update(file)) return showGraph(file, status);
  } catch (error) {
    return fail(status, error);
  }
  if (mounted.instance.explorer.graph.order === 0) status.notice("The graph is empty", "The corrections left no entity. Undo brings them back.");
  else status.hide();
  afterPaint(() => {
    if (!mounted.disposed) document.body.dataset.state = "ready";
  });
}

/** Shows another graph: tear the explorer down, start again. */
function showGraph(file: LoadedGraphFile, status: StatusOverlay): void {
  if (current) dispose(current);
  delete window.__entityGraph;
  document.body.dataset.state = "loading";
  start(file, status).catch((error: unknown) => fail(status, error));
}

function fail(status: StatusOverlay, error: unknown): void {
  document.body.dataset.state = "error";
  if (error instanceof GraphLoadError) {
    status.error("Could not load the graph", error.message, error.hint);
  } else {
    console.error(error);
    status.error("The explorer failed to start", error instanceof Error ? error.message : String(error));
  }
}

void main();
