// The explorer page's entry point: fetches graph.json (relative to the page), draws it with sigma and
// mounts the search, legend, filters, layout buttons, details panel and URL sync around it.
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import type { GraphFile, EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";
import { mountDetailsPanel } from "./details-panel.ts";
import { mountDocumentImport } from "./document-import.ts";
import { requireElement } from "./dom.ts";
import type { EntityGraph } from "./entity-graph.ts";
import { buildEvidenceIndex } from "./evidence-index.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { mountFilters } from "./filters.ts";
import { createLabelLayer } from "./label-layer.ts";
import { mountLayoutControl } from "./layout-control.ts";
import { mountLegend } from "./legend.ts";
import { GraphLoadError, fetchGraphFile } from "./load-graph.ts";
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

/** Figures the end-to-end tests and the browser benchmark read (ms since navigation start). */
export interface ExplorerTimings {
  firstFrame: number | null;
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

  let file: GraphFile;
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

function start(file: GraphFile, status: StatusOverlay): void {
  const timings: ExplorerTimings = { firstFrame: null, selection: null };
  const graph: EntityGraph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  try {
    graph.import(file.graph);
  } catch (error) {
    throw new GraphLoadError(`graph.json does not hold an undirected graph: ${(error as Error).message}`, "Rebuild it with `npm run graph`, then reload.");
  }
  performance.mark("entity-graph:imported");
  const index = buildEvidenceIndex(file);
  const initial = readUrlState(
    (key) => graph.hasNode(key),
    (id) => index.documents.has(id),
  );
  const store = createViewStore(initial);

  let visibility: Visibility = computeVisibility(graph, index, store.get().filters);
  let visibilityFilters = store.get().filters;
  const getVisibility = () => {
    const { filters } = store.get();
    if (filters !== visibilityFilters) {
      visibility = computeVisibility(graph, index, filters);
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
  const flyTo: Explorer["flyTo"] = (node, options = {}) => {
    if (!graph.hasNode(node)) return;
    renderer.once("afterRender", () => {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      const camera = renderer.getCamera();
      const ratio = options.zoom ? Math.min(camera.ratio, FOCUS_RATIO) : camera.ratio;
      camera.animate({ x: data.x, y: data.y, ratio }, { duration: 450 });
    });
    renderer.scheduleRender();
  };

  const explorer: Explorer = { file, graph, index, store, visibility: getVisibility, renderer, flyTo };
  const startSelection = (start: number) => {
    timings.selection = { start, panel: null, painted: null };
  };

  renderer.on("enterNode", ({ node }) => {
    container.classList.add("is-pointing");
    store.setHovered(node);
  });
  renderer.on("leaveNode", () => {
    container.classList.remove("is-pointing");
    store.setHovered(null);
  });
  renderer.on("enterEdge", () => container.classList.add("is-pointing"));
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
    mountDetailsPanel(requireElement("#details"), explorer, { onRendered: onPanelRendered }),
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
  // the next frame.
  disposers.push(store.subscribe(() => renderer.refresh({ skipIndexation: true, schedule: true })));

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
  const dispose = () => {
    document.removeEventListener("keydown", onKeyDown);
    for (const disposeOne of disposers.splice(0)) disposeOne();
    renderer.kill();
  };
  window.__entityGraph = { renderer, graph, explorer, timings, dispose };
  performance.mark("entity-graph:mounted");
  afterPaint(() => {
    timings.firstFrame = performance.now();
    document.body.dataset.state = "ready";
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
