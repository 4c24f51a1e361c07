// A loaded graph file and the element to draw in → a running explorer: the graph, its evidence, the view
// store, sigma with the project's reducers, redraws held while sentences are on their way, the camera's
// flights, and the renderer's pointer events turned into store changes. The page's panels are mounted by
// the caller (`panels`), between the timing recorder and the redraw subscription, so that a panel's text
// lands before the graph repaints; a corrected file is shown in place (`update`: the same renderer, the
// panels told of the change, or mounted again when they cannot follow it). Side effects: DOM and WebGL in
// `container`, one document listener.
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import { EdgeLineProgram } from "sigma/rendering";
import { isSplitGraphFile } from "../export/read-split-graph-file.ts";
import { indexEvidenceInSteps, type EvidenceIndexFile } from "../export/split-graph-file.ts";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes } from "../graph/types.ts";
import { afterPaint } from "./after-paint.ts";
import { prefetchEvidence } from "./evidence-policy.ts";
import { createMemoryEvidence, createSplitEvidence, fetchRelative, headOf } from "./evidence-store.ts";
import type { Dispose, Explorer, MountedPanel } from "./explorer.ts";
import { recordTimings, type ExplorerTimings } from "./explorer-timings.ts";
import { createLabelLayer, type DrawnLabel } from "./label-layer.ts";
import { createLookStore } from "./look-store.ts";
import { GraphLoadError, type LoadedGraphFile } from "./load-graph.ts";
import { changedDisplay, lookIsLocal } from "./changed-display.ts";
import { createEdgeReducer, createNodeReducer, deriveDisplayModel, nodeSizeScale, sameDisplayModel, type DisplayModel } from "./reducers.ts";
import { NodeCircleVerticesProgram } from "./node-circle-vertices-program.ts";
import { patchEvidenceIndex } from "./patch-evidence-index.ts";
import { refreshChanges } from "./refresh-changes.ts";
import { requestNodeMetrics } from "./request-node-metrics.ts";
import { createScopedView, highlightScope } from "./scope-view.ts";
import { createDrawnGraph } from "./focus-drawn-graph.ts";
import { keyGraph, updateGraph } from "./update-graph.ts";
import { readUrlState } from "./url-sync.ts";
import { createViewStore, type Selection, type ViewState } from "./view-state.ts";
import { computeVisibility, type Visibility } from "./visibility.ts";
import { filtersDocuments } from "./timeline-range.ts";

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

/** What the caller's panels get besides the explorer. */
export interface MountHooks {
  /** Redraws wait until this work is done (sentences a panel is loading). */
  holdRedrawFor(work: Promise<unknown>): void;
  /** The panel shows `selection`, sentences included (for the timings). */
  panelRendered(selection: Selection | null): void;
}

/**
 * Mounts one of the page's panels; returns its cleanup, or a MountedPanel that follows a correction in
 * place (one returning only its cleanup is mounted again after each correction).
 */
export type PanelMount = (explorer: Explorer, hooks: MountHooks) => Dispose | MountedPanel;

function disposePanel(panel: Dispose | MountedPanel): void {
  if (typeof panel === "function") panel();
  else panel.dispose();
}

/** Options of `createExplorerInSteps`. */
export interface CreateExplorerOptions {
  /** Where the graph file came from: a split file's sentences are fetched beside it. */
  graphUrl: URL;
  /** The page's panels, mounted in this order (at the start, over several tasks if they take long). */
  panels: readonly PanelMount[];
}

/** A running explorer. */
export interface ExplorerInstance {
  explorer: Explorer;
  timings: ExplorerTimings;
  /**
   * Shows `file`, a correction of the graph file on the page (the same documents and sentences), in place:
   * the graph changed where it differs, the evidence index patched, the panels told (or mounted anew), the
   * node the URL names selected. False when it cannot (the sentences come in pieces, or another graph): start
   * anew.
   */
  update(file: LoadedGraphFile): boolean;
  /** Does now, in idle time, what the first `update` would do in its click: the file on the page keyed for the diff. */
  prepareUpdate(): void;
  /** The labels the last frame drew, where (for the tests: which labels are on screen). */
  drawnLabels(): readonly DrawnLabel[];
  /** Unmounts the panels, stops listening and kills the renderer. */
  dispose(): void;
}

/** Where `createExplorerInSteps` is: what it does next ("importing 20,000 of 90,000 links"). */
export type ExplorerStep = string;

/**
 * Starts the explorer on a loaded graph file; rejects with GraphLoadError when the file holds no undirected
 * graph. It works in tasks of at most about STEP_SLICE_MS, or one step's own work (the graph imported and
 * the sentences indexed a slice at a time; sigma set up on an empty graph; the graph's first draw; each
 * panel mounted), yielding to the page between them so that it stays responsive on a big graph; `onStep` is
 * told each step as the page gets the turn.
 * @example const { explorer, dispose } = await createExplorerInSteps(file, requireElement("#graph"), { graphUrl, panels: [(e) => mountLegend(legend, e)], onStep: (step) => status.loading(step) });
 */
export async function createExplorerInSteps(file: LoadedGraphFile, container: HTMLElement, options: CreateExplorerOptions & { onStep?: (step: ExplorerStep) => void }): Promise<ExplorerInstance> {
  const steps = explorerSteps(file, container, options);
  let sliceStart = performance.now();
  // The step the current task began with, to name the task's measure (for the browser benchmark).
  let sliceStep = "starting";
  const measureSlice = () => performance.measure(`entity-graph:step ${sliceStep}`, { start: sliceStart, end: performance.now() });
  for (;;) {
    const next = steps.next();
    if (next.done) {
      measureSlice();
      return next.value;
    }
    // A step's own work cannot be cut: the one before it ends the task, whatever its length.
    if (next.value.force || performance.now() - sliceStart >= STEP_SLICE_MS) {
      measureSlice();
      options.onStep?.(next.value.step);
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
      sliceStep = next.value.step;
    }
  }
}

/** How long `createExplorerInSteps` goes on importing before it yields to the page. */
const STEP_SLICE_MS = 30;

/** Nodes or edges imported between two checks of the time. */
const IMPORT_SLICE = 2_000;

/**
 * The explorer's start as steps: yields before each piece of work (`force`: a big one, so the task ends
 * here), returns the running explorer.
 */
function* explorerSteps(file: LoadedGraphFile, container: HTMLElement, options: CreateExplorerOptions): Generator<{ step: ExplorerStep; force: boolean }, ExplorerInstance> {
  // The caller's task ends here: it may have had its own work (an explorer torn down, a file checked).
  yield { step: "importing the graph", force: true };
  const graph: EntityGraph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  try {
    // In slices, so that the steps can yield between them: graphology imports a partial file as a whole.
    const { nodes, edges } = file.graph;
    // Not two lists: graphology imports it whole, or says what is wrong with it.
    const sliced = Array.isArray(nodes) && Array.isArray(edges);
    graph.import(sliced ? { ...file.graph, nodes: [], edges: [] } : file.graph);
    for (const [list, items] of sliced ? ([["entities", nodes], ["links", edges]] as const) : []) {
      for (let start = 0; start < items.length; start += IMPORT_SLICE) {
        yield { step: `importing ${start.toLocaleString("en-US")} of ${items.length.toLocaleString("en-US")} ${list}`, force: false };
        graph.import(list === "entities" ? { nodes: nodes.slice(start, start + IMPORT_SLICE) } : { edges: edges.slice(start, start + IMPORT_SLICE) });
      }
    }
  } catch (error) {
    throw new GraphLoadError(`graph.json does not hold an undirected graph: ${(error as Error).message}`, "Rebuild it with `npm run graph`, then reload.");
  }
  performance.mark("entity-graph:imported");
  yield { step: "indexing the sentences", force: true };
  // A split graph file draws from the graph alone; its sentences come later, from the files beside it.
  let shown = file;
  let indexFile: EvidenceIndexFile | null = null;
  if (!isSplitGraphFile(file)) {
    const indexing = indexEvidenceInSteps(file.documents, file.sentences);
    for (let next = indexing.next(); ; next = indexing.next()) {
      if (next.done) {
        indexFile = next.value;
        break;
      }
      yield { step: `indexing ${next.value.toLocaleString("en-US")} of ${file.sentences.length.toLocaleString("en-US")} sentences`, force: false };
    }
  }
  yield { step: "building the evidence index", force: false };
  const evidence = isSplitGraphFile(file) ? createSplitEvidence(file, fetchRelative(options.graphUrl)) : createMemoryEvidence(file, indexFile ?? undefined);
  const documentIds = new Set(file.documents.map((doc) => doc.id));
  yield { step: "applying the filters", force: true };
  const fromUrl = readUrlState(
    (key) => graph.hasNode(key),
    (id) => documentIds.has(id),
  );
  const store = createViewStore(fromUrl);

  // Kept for the filters and the evidence index it was computed with: the index of a split graph file may
  // arrive in any task from here on, and the document filter counts through it.
  const startIndex = evidence.index();
  let visibilityIndex = startIndex;
  let visibility: Visibility = computeVisibility(graph, startIndex, store.get().filters);
  let visibilityFilters: ViewState["filters"] | null = store.get().filters;
  const getFiltered = () => {
    const { filters } = store.get();
    // Only a split graph file's index arrives late, and its explorer is never updated in place (update):
    // the first evidence store is the one to watch, and `explorer` may not be made yet.
    const arrived = evidence.index();
    if (filters !== visibilityFilters || arrived !== visibilityIndex) {
      visibility = computeVisibility(graph, explorer.evidence.index(), filters);
      visibilityFilters = filters;
      visibilityIndex = arrived;
    }
    return visibility;
  };
  // A focus narrows what the filters show; paths are highlighted over it (src/app/scope-view.ts).
  const scopedView = createScopedView(graph);
  const getScoped = () => scopedView(store.get().scope ?? null, getFiltered());
  const getVisibility = () => getScoped().visibility;
  let model: DisplayModel | null = null;
  let modelState: ViewState | null = null;
  const getModel = () => {
    const state = store.get();
    if (model === null || state !== modelState) {
      model = highlightScope(deriveDisplayModel(graph, state, getVisibility()), getScoped());
      modelState = state;
    }
    return model;
  };

  // Size and colour by a metric or community (src/app/metrics-control.ts sets them).
  const look = createLookStore(graph, requestNodeMetrics, { ...(fromUrl.sizeBy ? { sizeBy: fromUrl.sizeBy } : {}), ...(fromUrl.colourBy ? { colourBy: fromUrl.colourBy } : {}) });
  const labels = createLabelLayer<EntityNodeAttributes, EntityEdgeAttributes>();
  performance.mark("entity-graph:indexed");
  yield { step: "preparing the drawing", force: true };
  // Sigma's constructor sets up its canvases, WebGL contexts and programs, then draws: made on an empty
  // graph, the setup is a task of its own (110–190 ms at a load average of 13, however small the graph),
  // the first draw the next.
  const renderer = new Sigma<EntityNodeAttributes, EntityEdgeAttributes>(new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>(), container, {
    defaultDrawNodeLabel: labels.drawLabel,
    nodeReducer: createNodeReducer(getModel, nodeSizeScale(graph.order), look.look),
    edgeReducer: createEdgeReducer(getModel),
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: graph.size >= THIN_EDGES_FROM ? "thin" : "line",
    edgeProgramClasses: { thin: EdgeLineProgram },
    // Same pixels as sigma's default circles, several times cheaper a frame in software WebGL.
    nodeProgramClasses: { circle: NodeCircleVerticesProgram },
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

  yield { step: "drawing", force: true };
  const drawing = performance.now();
  renderer.setGraph(graph);
  // What a frame costs: the first's (setGraph draws at once), then the recent frames' (a cheap frame while
  // the camera moves, edges hidden, lowers it only slowly).
  let frameMs = performance.now() - drawing;
  let frameStart = 0;
  renderer.on("beforeRender", () => (frameStart = performance.now()));
  renderer.on("afterRender", () => (frameMs = Math.max(performance.now() - frameStart, 0.8 * frameMs)));

  // While sentences are on their way (for the panel, or prefetched for the node under the pointer), redraws
  // wait (see HOLD_REDRAW_MAX_MS) and happen together once they are in.
  let loading = 0;
  let heldRedraw: ReturnType<typeof setTimeout> | null = null;
  // The next frame: the graph to draw swapped in (a highlight draws its links alone), else the look refreshed.
  let frameRequest: number | null = null;
  const scheduleFrame = () => {
    frameRequest ??= requestAnimationFrame(() => {
      frameRequest = null;
      if (!drawGraph()) renderer.refresh({ skipIndexation: true });
    });
  };
  const releaseRedraw = () => {
    if (heldRedraw === null) return;
    clearTimeout(heldRedraw);
    heldRedraw = null;
    scheduleFrame();
  };
  const holdRedrawFor = (work: Promise<unknown>) => {
    loading++;
    const done = () => {
      loading--;
      if (loading === 0) releaseRedraw();
    };
    work.then(done, done);
  };
  // The model the last redraw was asked for: a view change that draws the same picture skips the frame.
  let drawnModel: DisplayModel | null = null;
  // The scoped view sigma's graph was made for: a new scope (focus, paths, filters) swaps graphs at once.
  let drawnScoped: ReturnType<typeof getScoped> | null = null;
  // A focus draws a graph of its neighbourhood alone, paths every node and only the links in view
  // (focus-drawn-graph.ts), framed as the whole graph is.
  const drawnGraph = createDrawnGraph(graph);
  const drawGraph = (): boolean => {
    const drawn = drawnGraph(getScoped(), getModel());
    drawnScoped = getScoped();
    if (renderer.getGraph() === drawn) return false;
    renderer.setCustomBBox(drawn === graph ? null : renderer.getGraph() === graph ? renderer.getBBox() : renderer.getCustomBBox());
    drawnModel = getModel();
    renderer.setGraph(drawn);
    return true;
  };
  /** While `update` changes the graph and the view, which it redraws once at the end. */
  let updating = false;
  const redraw = () => {
    if (updating) return;
    if (getScoped() !== drawnScoped && drawGraph()) return;
    const next = getModel();
    if (drawnModel !== null && sameDisplayModel(drawnModel, next)) return;
    drawnModel = next;
    if (loading > 0) heldRedraw ??= setTimeout(releaseRedraw, Math.min(HOLD_REDRAW_MAX_MS, frameMs));
    else scheduleFrame();
  };

  // The camera works in sigma's "framed graph" coordinates, which the display data holds once sigma has
  // processed the graph. A view change has just scheduled that (refresh clears sigma's extent until the
  // next frame), so the camera moves after the next frame.
  const flyTo: Explorer["flyTo"] = (node, flight = {}) => {
    if (!graph.hasNode(node)) return;
    renderer.once("afterRender", () => {
      const data = renderer.getNodeDisplayData(node);
      if (!data) return;
      const camera = renderer.getCamera();
      const ratio = flight.zoom ? Math.min(camera.ratio, FOCUS_RATIO) : camera.ratio;
      camera.animate({ x: data.x, y: data.y, ratio }, { duration: 450 });
    });
    // A held redraw renders when released, and the camera moves after it.
    if (heldRedraw === null) renderer.scheduleRender();
  };

  const explorer: Explorer = { file: headOf(file), graph, evidence, store, look, visibility: getVisibility, scoped: getScoped, renderer, flyTo };
  // Before the panels: a selection's record must exist when its panel says it is rendered.
  const recorder = recordTimings(store, afterPaint);
  listenToPointer(explorer, container, { holdRedrawFor, input: recorder.input });

  performance.mark("entity-graph:drawn");
  yield { step: "opening the panels", force: true };
  const hooks: MountHooks = { holdRedrawFor, panelRendered: recorder.panelRendered };
  const disposers: Dispose[] = [recorder.dispose, labels.attach(renderer)];
  const panels: (Dispose | MountedPanel)[] = [];
  for (const [i, mountPanel] of options.panels.entries()) {
    // Each panel's own work cannot be cut; several go in a task up to STEP_SLICE_MS (the timeline of
    // 5,000 documents alone is tens of ms).
    if (i > 0) yield { step: "opening the panels", force: false };
    panels.push(mountPanel(explorer, hooks));
  }
  // Subscribed after the panels, and only scheduled: the panel text lands first, the graph repaints on
  // the next frame (or once the panel's sentences are in).
  let unsubscribeRedraw = store.subscribe(redraw);
  // A page opened on a focus (a shared link) draws the focus's graph from its first frame on.
  drawGraph();
  disposers.push(
    // A new look draws a new picture whatever the view state.
    look.subscribe(() => {
      drawnModel = null;
      redraw();
    }),
  );
  // The document filter counts through the index: filters set before it arrived apply again when it does,
  // or now if it came while the panels were opening (they ask for it: onIndex does not call back then).
  const reapplyWithIndex = () => {
    if (filtersDocuments(store.get().filters)) store.reapplyFilters();
  };
  if (startIndex === null && evidence.index() !== null) reapplyWithIndex();
  else disposers.push(evidence.onIndex(reapplyWithIndex));

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && !event.defaultPrevented) store.setSelection(null);
  };
  document.addEventListener("keydown", onKeyDown);

  const { selection } = store.get();
  if (selection) {
    const data = renderer.getNodeDisplayData(selection.kind === "node" ? selection.node : selection.source);
    if (data) renderer.getCamera().setState({ x: data.x, y: data.y, ratio: FOCUS_RATIO });
  }

  const update = (next: LoadedGraphFile): boolean => {
    if (isSplitGraphFile(shown) || isSplitGraphFile(next) || indexFile === null || next.documents !== shown.documents) return false;
    const started = performance.now();
    // What sigma holds now, to reduce again only what the change draws differently (a held redraw: all).
    const before = heldRedraw === null && lookIsLocal(look.look()) ? drawnModel : null;
    if (heldRedraw !== null) clearTimeout(heldRedraw);
    heldRedraw = null;
    updating = true;
    // Those that cannot follow the change are mounted again, in their place in the order.
    const remounted = panels.map((panel) => typeof panel === "function");
    for (const [i, panel] of panels.entries()) if (remounted[i]) disposePanel(panel);
    unsubscribeRedraw();
    const previous = shown;
    shown = next;
    indexFile = patchEvidenceIndex(previous, indexFile, next);
    explorer.evidence = createMemoryEvidence(next, indexFile);
    explorer.file = headOf(next);
    // Quiet: sigma hears nothing (it would reprocess the whole graph for each dropped node and link), and
    // is told once below.
    const changes = updateGraph(graph, previous.graph, next.graph, { quiet: true });
    // Derived from the graph: counted again for the graph as it is now.
    visibilityFilters = null;
    model = null;
    look.graphChanged();
    // The node the correction leaves in view, as the Curation section put it in the URL.
    // Unheard: each panel is told of the change below, once, and shows the selection with it.
    store.replaceSelection(readUrlState((key) => graph.hasNode(key), (id) => documentIds.has(id)).selection ?? null);
    for (const [i, panel] of panels.entries()) {
      if (remounted[i]) panels[i] = options.panels[i]!(explorer, hooks);
      else (panel as MountedPanel).graphChanged();
    }
    unsubscribeRedraw = store.subscribe(redraw);
    updating = false;
    // In a focus, the neighbourhood's graph is drawn again whole; otherwise only what the correction changed:
    // in the graph itself, or in the links graph a highlight draws (patched, not built and drawn again whole).
    const scoped = getScoped();
    const after = getModel();
    const patched = renderer.getGraph() === graph ? null : drawnGraph.patch(scoped, after, changes);
    if (patched !== null || !drawGraph()) {
      drawnScoped = scoped;
      drawnModel = after;
      const display = before === null ? { nodes: null, edges: null } : changedDisplay(before, after);
      refreshChanges(renderer, patched ?? changes, lookIsLocal(look.look()) ? display : { ...display, nodes: null });
    }
    performance.measure("entity-graph:update-graph", { start: started, end: performance.now() });
    return true;
  };

  return {
    explorer,
    timings: recorder.timings,
    update,
    prepareUpdate: () => {
      if (!isSplitGraphFile(shown)) keyGraph(shown.graph);
    },
    drawnLabels: labels.drawn,
    dispose() {
      if (heldRedraw !== null) clearTimeout(heldRedraw);
      if (frameRequest !== null) cancelAnimationFrame(frameRequest);
      document.removeEventListener("keydown", onKeyDown);
      for (const panel of panels.splice(0)) disposePanel(panel);
      for (const disposeOne of disposers.splice(0)) disposeOne();
      unsubscribeRedraw();
      renderer.kill();
    },
  };
}

/** Hover prefetches the sentences a click would show; clicks select (a link from a selected node reads from it). */
function listenToPointer(explorer: Explorer, container: HTMLElement, hooks: { holdRedrawFor(work: Promise<unknown>): void; input(timeStamp: number): void }): void {
  const { renderer, graph, store } = explorer;
  renderer.on("enterNode", ({ node }) => {
    container.classList.add("is-pointing");
    const prefetch = prefetchEvidence(explorer, { kind: "node", node });
    if (prefetch) hooks.holdRedrawFor(prefetch);
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
    if (prefetch) hooks.holdRedrawFor(prefetch);
  });
  renderer.on("leaveEdge", () => container.classList.remove("is-pointing"));
  renderer.on("clickNode", ({ node, event }) => {
    hooks.input(event.original.timeStamp);
    store.setSelection({ kind: "node", node });
    explorer.flyTo(node);
  });
  renderer.on("clickEdge", ({ edge, event }) => {
    hooks.input(event.original.timeStamp);
    const [source, target] = graph.extremities(edge);
    // From a selected node, its edge reads from that node: "Putin — Rouhani" after clicking Putin.
    const current = store.get().selection;
    const from = current?.kind === "node" && current.node === target ? target : source;
    store.setSelection({ kind: "pair", source: from, target: from === source ? target : source });
  });
  renderer.on("clickStage", () => store.setSelection(null));
}
