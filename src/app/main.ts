// The explorer page's entry point: fetches graph.json (relative to the page), draws it with sigma and
// mounts the search, legend, filters, layout buttons, details panel and URL sync around it.
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { isSplitGraphFile } from "../export/read-split-graph-file.ts";
import type { GraphFile, EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import { mountDetailsPanel, prefetchEvidence } from "./details-panel.ts";
import { mountDocumentImport } from "./document-import.ts";
import { requireElement, whenIdle } from "./dom.ts";
import type { EntityGraph } from "../graph/types.ts";
import { createMemoryEvidence, createSplitEvidence, fetchRelative, headOf } from "./evidence-store.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { mountFilters } from "./filters.ts";
import { createLabelLayer } from "./label-layer.ts";
import { mountLayoutControl } from "./layout-control.ts";
import { mountLegend } from "./legend.ts";
import { GraphLoadError, fetchGraphFile, type LoadedGraphFile } from "./load-graph.ts";
import { createEdgeReducer, createNodeReducer, deriveDisplayModel, nodeSizeScale, type DisplayModel } from "./reducers.ts";
import { mountSearchBox } from "./search-box.ts";
import { mountStageControls } from "./stage-controls.ts";
import { mountStatusOverlay, type StatusOverlay } from "./status-overlay.ts";
import { mountUrlSync, readUrlState } from "./url-sync.ts";
import { createViewStore, type Selection, type ViewState } from "./view-state.ts";
import { computeVisibility, type Visibility } from "./visibility.ts";
import "./style.css";

/** The graph file, relative to the page so the build works from any folder of any static host. */
const GRAPH_URL = "graph.json";
/** From this many edges on, edges are drawn as 1-pixel lines: about 3× cheaper per frame. */
const THIN_EDGES_FROM = 20_000;
/**
 * Up to this many nodes every label that finds room is drawn, however small its node: a graph of a few
 * dropped articles names each entity once, and would otherwise show no label at all.
 */
const ALL_LABELS_UP_TO = 300;
/** Camera ratio to zoom to when flying to a searched entity. */
const FOCUS_RATIO = 0.5;
/**
 * Longest a redraw waits for sentences on their way. A frame of a big graph holds the page for as long as
 * it takes to draw (half a second in software WebGL), chunk responses included, so the panel goes first:
 * a redraw waits up to what a frame costs, at most this long, so a slow network cannot hold it back long.
 */
const HOLD_REDRAW_MAX_MS = 400;
/** The most mentioned entities are the likeliest clicks: their first page of sentences is fetched in idle time. */
const PREFETCHED_HUBS = 20;

/** Figures the end-to-end tests and the browser benchmark read (ms since navigation start). */
export interface ExplorerTimings {
  firstFrame: number | null;
  /** When the evidence index was in (a split graph file fetches it after the first frame). */
  evidenceIndex: number | null;
  /** The last selection: when its input event happened, its panel was filled, and the frame painted. */
  selection: { start: number; panel: number | null; painted: number | null } | null;
}

/** What the page exposes for tests: `window.__entityGraph`. */
export interface ExplorerHandle {
  renderer: Sigma<EntityNodeAttributes, EntityEdgeAttributes>;
  graph: EntityGraph;
  explorer: Explorer;
  timings: ExplorerTimings;
  /** Unmounts everything and kills the renderer. */
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

async function main(): Promise<void> {
  const status = mountStatusOverlay(requireElement("#status"));
  // Mounted once, before the graph loads: documents can be dropped even when graph.json is missing.
  mountDocumentImport(requireElement("#documents"), requireElement("#import-status"), { open: (file) => replaceGraph(file, status) });
  document.body.dataset.state = "loading";
  status.loading("Loading graph…");

  let file: LoadedGraphFile;
  try {
    performance.mark("entity-graph:fetch");
    file = await fetchGraphFile(GRAPH_URL, (progress) => status.loading("Loading graph…", progress));
    performance.mark("entity-graph:loaded");
    status.loading("Preparing the graph…");
    await nextFrame();
    start(file, status);
  } catch (error) {
    fail(status, error);
  }
}

function start(file: LoadedGraphFile, status: StatusOverlay): void {
  const timings: ExplorerTimings = { firstFrame: null, evidenceIndex: null, selection: null };
  let disposed = false;
  delete document.body.dataset.evidence;
  const graph: EntityGraph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  try {
    graph.import(file.graph);
  } catch (error) {
    throw new GraphLoadError(`graph.json does not hold an undirected graph: ${(error as Error).message}`, "Rebuild it with `npm run graph`, then reload.");
  }
  performance.mark("entity-graph:imported");
  // A split graph file draws from the graph alone; its sentences come later, from the files beside it.
  const evidence = isSplitGraphFile(file) ? createSplitEvidence(file, fetchRelative(new URL(GRAPH_URL, window.location.href))) : createMemoryEvidence(file);
  const documentIds = new Set(file.documents.map((doc) => doc.id));
  const initial = readUrlState(
    (key) => graph.hasNode(key),
    (id) => documentIds.has(id),
  );
  const store = createViewStore(initial);

  let visibility: Visibility = computeVisibility(graph, evidence.index(), store.get().filters);
  let visibilityFilters = store.get().filters;
  const getVisibility = () => {
    const { filters } = store.get();
    if (filters !== visibilityFilters) {
      visibility = computeVisibility(graph, evidence.index(), filters);
      visibilityFilters = filters;
    }
    return visibility;
  };
  let model: DisplayModel | null = null;
  let modelState: ViewState | null = null;
  const getModel = () => {
    const state = store.get();
    if (model === null || state !== modelState) {
      model = deriveDisplayModel(graph, state, getVisibility());
      modelState = state;
    }
    return model;
  };

  const container = requireElement("#graph");
  const labels = createLabelLayer<EntityNodeAttributes, EntityEdgeAttributes>();
  performance.mark("entity-graph:indexed");
  const constructing = performance.now();
  const renderer = new Sigma<EntityNodeAttributes, EntityEdgeAttributes>(graph, container, {
    defaultDrawNodeLabel: labels.drawLabel,
    nodeReducer: createNodeReducer(getModel, nodeSizeScale(graph.order)),
    edgeReducer: createEdgeReducer(getModel),
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: graph.size >= THIN_EDGES_FROM ? "thin" : "line",
    edgeProgramClasses: { thin: EdgeLineProgram },
    hideEdgesOnMove: graph.size >= THIN_EDGES_FROM,
    labelFont: getComputedStyle(document.body).fontFamily || "sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1f2933" },
    labelDensity: 3,
    labelGridCellSize: 60,
    labelRenderedSizeThreshold: graph.order <= ALL_LABELS_UP_TO ? 0 : 6,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    stagePadding: 40,
  });

  // The camera works in sigma's "framed graph" coordinates, which the display data holds once sigma has
  // processed the graph. A view change has just scheduled that (refresh clears sigma's extent until the
  // next frame), so the camera moves after the next frame.
  // What a frame costs: the constructor's (it draws once), then the recent frames' (a cheap frame while the
  // camera moves, edges hidden, lowers it only slowly).
  let frameMs = performance.now() - constructing;
  let frameStart = 0;
  renderer.on("beforeRender", () => (frameStart = performance.now()));
  renderer.on("afterRender", () => (frameMs = Math.max(performance.now() - frameStart, 0.8 * frameMs)));

  // While sentences are on their way (for the panel, or prefetched for the node under the pointer), redraws
  // wait (see HOLD_REDRAW_MAX_MS) and happen together once they are in.
  let loading = 0;
  let heldRedraw: ReturnType<typeof setTimeout> | null = null;
  const releaseRedraw = () => {
    if (heldRedraw === null) return;
    clearTimeout(heldRedraw);
    heldRedraw = null;
    renderer.refresh({ skipIndexation: true, schedule: true });
  };
  const holdRedrawFor = (work: Promise<unknown>) => {
    loading++;
    const settle = () => {
      loading--;
      if (loading === 0) releaseRedraw();
    };
    work.then(settle, settle);
  };
  const redraw = () => {
    if (loading > 0) heldRedraw ??= setTimeout(releaseRedraw, Math.min(HOLD_REDRAW_MAX_MS, frameMs));
    else renderer.refresh({ skipIndexation: true, schedule: true });
  };

  const flyTo: Explorer["flyTo"] = (node, options = {}) => {
    if (!graph.hasNode(node)) return;
    renderer.once("afterRender", () => {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      const camera = renderer.getCamera();
      const ratio = options.zoom ? Math.min(camera.ratio, FOCUS_RATIO) : camera.ratio;
      camera.animate({ x: data.x, y: data.y, ratio }, { duration: 450 });
    });
    // A held redraw renders when released, and the camera moves after it.
    if (heldRedraw === null) renderer.scheduleRender();
  };

  const explorer: Explorer = { file: headOf(file), graph, evidence, store, visibility: getVisibility, renderer, flyTo };
  const startSelection = (start: number) => {
    timings.selection = { start, panel: null, painted: null };
  };

  renderer.on("enterNode", ({ node }) => {
    container.classList.add("is-pointing");
    const prefetch = prefetchEvidence(explorer, { kind: "node", node });
    if (prefetch) holdRedrawFor(prefetch);
    store.setHovered(node);
  });
  renderer.on("leaveNode", () => {
    container.classList.remove("is-pointing");
    store.setHovered(null);
  });
  renderer.on("enterEdge", ({ edge }) => {
    container.classList.add("is-pointing");
    const [source, target] = graph.extremities(edge);
    const prefetch = prefetchEvidence(explorer, { kind: "pair", source, target });
    if (prefetch) holdRedrawFor(prefetch);
  });
  renderer.on("leaveEdge", () => container.classList.remove("is-pointing"));
  renderer.on("clickNode", ({ node, event }) => {
    startSelection(event.original.timeStamp);
    store.setSelection({ kind: "node", node });
    flyTo(node);
  });
  renderer.on("clickEdge", ({ edge, event }) => {
    startSelection(event.original.timeStamp);
    const [source, target] = graph.extremities(edge);
    // From a selected node, its edge reads from that node: "Putin — Rouhani" after clicking Putin.
    const current = store.get().selection;
    const from = current?.kind === "node" && current.node === target ? target : source;
    store.setSelection({ kind: "pair", source: from, target: from === source ? target : source });
  });
  renderer.on("clickStage", () => store.setSelection(null));

  const onPanelRendered = (selection: Selection | null) => {
    const current = timings.selection;
    if (selection === null || current === null || current.panel !== null) return;
    current.panel = performance.now();
    afterPaint(() => (current.painted = performance.now()));
  };
  performance.mark("entity-graph:drawn");
  const disposers: Dispose[] = [
    labels.attach(renderer),
    mountDetailsPanel(requireElement("#details"), explorer, { onRendered: onPanelRendered, onLoading: holdRedrawFor }),
    mountLegend(requireElement("#legend"), explorer),
    mountFilters(requireElement("#filters"), explorer),
    mountSearchBox(requireElement("#search"), explorer),
    mountLayoutControl(requireElement("#layout-control"), explorer),
    mountStageControls(requireElement("#stage-controls"), explorer),
    mountUrlSync(explorer),
  ];
  for (const module of Object.values(exportMenus)) {
    const open = (opened: GraphFile) => replaceGraph(opened, status);
    const dispose = module.mountExportMenu?.(requireElement("#export-menu"), explorer, { open });
    if (dispose) disposers.push(dispose);
  }
  // Subscribed after the panel, and only scheduled: the panel text lands first, the graph repaints on
  // the next frame (or once the panel's sentences are in).
  disposers.push(store.subscribe(redraw));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !event.defaultPrevented) store.setSelection(null);
  };
  document.addEventListener("keydown", onKeyDown);

  const { selection } = store.get();
  if (selection) {
    const data = renderer.getNodeDisplayData(selection.kind === "node" ? selection.node : selection.source);
    if (data) renderer.getCamera().setState({ x: data.x, y: data.y, ratio: FOCUS_RATIO });
  }

  if (graph.order === 0) {
    status.notice("The graph is empty", "No entities were found in the documents. The overview lists any skipped files.");
  } else {
    status.hide();
  }
  // The document filter counts through the index: filters set before it arrived apply again when it does.
  disposers.push(
    evidence.onIndex(() => {
      if (store.get().filters.excludedDocuments.length > 0) store.reapplyFilters();
    }),
  );
  const dispose = () => {
    disposed = true;
    if (heldRedraw !== null) clearTimeout(heldRedraw);
    document.removeEventListener("keydown", onKeyDown);
    for (const disposeOne of disposers.splice(0)) disposeOne();
    renderer.kill();
  };
  window.__entityGraph = { renderer, graph, explorer, timings, dispose };
  performance.mark("entity-graph:mounted");
  afterPaint(() => {
    if (disposed) return;
    timings.firstFrame = performance.now();
    document.body.dataset.state = "ready";
    // Prefetched once the graph is on screen, so a click finds the index in place.
    evidence.loadIndex().then(
      (index) => {
        if (disposed) return;
        timings.evidenceIndex = performance.now();
        document.body.dataset.evidence = "ready";
        if (!evidence.split) return;
        // In idle time: the id → rank table an edge click needs, then the hubs' first pages, one at a time.
        const hubs = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"));
        hubs.length = Math.min(hubs.length, PREFETCHED_HUBS);
        const next = () => {
          if (disposed) return;
          const hub = hubs.shift();
          if (hub === undefined) return;
          const loading = prefetchEvidence(explorer, { kind: "node", node: hub });
          if (loading) loading.then(() => whenIdle(next), () => {});
          else whenIdle(next);
        };
        whenIdle(() => {
          index.rankOf("");
          whenIdle(next);
        });
      },
      (error: unknown) => {
        if (disposed) return;
        document.body.dataset.evidence = "error";
        console.error(error);
      },
    );
  });
}

/** A graph opened or built from the user's documents replaces the explorer: tear it down, start again. */
function replaceGraph(file: GraphFile, status: StatusOverlay): void {
  window.__entityGraph?.dispose();
  delete window.__entityGraph;
  document.body.dataset.state = "loading";
  try {
    start(file, status);
  } catch (error) {
    fail(status, error);
  }
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

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Runs `callback` once the current frame has been painted (two animation frames later). */
function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}

void main();
