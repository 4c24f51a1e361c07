// The explorer's view → a picture of it at a chosen size: drawn by a temporary sigma renderer
// (@sigma/export-image's drawOnCanvas) with its own label layer, so labels are placed as on screen and,
// for a bigger image, scaled with it; the legend is drawn on top. Also returns what was drawn (edges, nodes,
// labels in image pixels) for the SVG export. Side effect: a hidden renderer in the page while it draws.
import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { Explorer } from "./explorer.ts";
import { createLabelLayer } from "./label-layer.ts";
import { LEGEND_FONT, legendEntries, legendLayout, type LegendEntry } from "./legend-entries.ts";
import type { SvgPicture } from "./export-svg.ts";

/** A rendered view: the canvas (device pixels) and what is on it, in CSS pixels of the image. */
export interface RenderedPicture {
  canvas: HTMLCanvasElement;
  picture: SvgPicture;
}

/**
 * Draws the current view at `size` image pixels (null: as on screen), legend included.
 * @example const { canvas } = await renderPicture(explorer, { width: 1920, height: 1080 });
 */
export async function renderPicture(explorer: Explorer, size: { width: number; height: number } | null): Promise<RenderedPicture> {
  const { store, look } = explorer;
  // drawOnCanvas is typed for a renderer of untyped attributes; the reducers below pass data through as is.
  const renderer = explorer.renderer as unknown as Sigma;
  const screen = renderer.getDimensions();
  const pixelRatio = window.devicePixelRatio || 1;
  // drawOnCanvas multiplies by the device pixel ratio; ask for CSS pixels so the file has the chosen size.
  const width = size ? size.width / pixelRatio : screen.width;
  const height = size ? size.height / pixelRatio : screen.height;
  // Scale nodes, edges and labels with the image, so a bigger image is the same picture, sharper.
  const scale = Math.min(width / screen.width, height / screen.height);
  const settings = renderer.getSettings();
  const { nodeReducer, edgeReducer } = settings;
  const labels = createLabelLayer();
  const picture: SvgPicture = { width, height, background: "#ffffff", edges: [], nodes: [], labels: [], legend: [], legendScale: scale };
  const canvas = await drawOnCanvas(renderer, {
    width,
    height,
    backgroundColor: picture.background,
    sigmaSettings: {
      // The page's label layer draws after its own renderer's frames; this one after the picture's.
      defaultDrawNodeLabel: labels.drawLabel,
      nodeReducer: (node, data) => {
        const display: Partial<NodeDisplayData> = nodeReducer ? nodeReducer(node, data) : data;
        return { ...display, size: (display.size ?? 1) * scale };
      },
      edgeReducer: (edge, data) => {
        const display = edgeReducer ? edgeReducer(edge, data) : data;
        return { ...display, size: (display.size ?? 1) * scale };
      },
      labelSize: settings.labelSize * scale,
      labelGridCellSize: settings.labelGridCellSize * scale,
      labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold * scale,
      stagePadding: settings.stagePadding * scale,
    },
    withTempRenderer: (temporary) => {
      labels.attach(temporary)();
      collect(temporary, picture);
      picture.labels = labels.drawn().map(({ label, x, y, family, weight, size: fontSize, color }) => ({ text: label, x, y, family, weight, size: fontSize, color }));
    },
  });
  const { filters } = store.get();
  picture.legend = legendEntries(look.get().colourBy, filters.hiddenTypes, explorer.visibility().typeCounts, look.communities());
  drawLegend(canvas, picture.legend, pixelRatio * scale);
  return { canvas, picture };
}

/** What a renderer drew: visible edges and nodes in viewport pixels, lowest zIndex first. */
function collect(temporary: Sigma, picture: SvgPicture): void {
  const graph = temporary.getGraph();
  const nodes: (SvgPicture["nodes"][number] & { z: number })[] = [];
  graph.forEachNode((node) => {
    const data = temporary.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const { x, y } = temporary.framedGraphToViewport(data);
    nodes.push({ x, y, r: temporary.scaleSize(data.size), color: data.color, z: data.zIndex ?? 0 });
  });
  nodes.sort((a, b) => a.z - b.z);
  picture.nodes = nodes.map(({ z: _z, ...node }) => node);
  const edges: (SvgPicture["edges"][number] & { z: number })[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = temporary.getEdgeDisplayData(edge);
    const from = temporary.getNodeDisplayData(source);
    const to = temporary.getNodeDisplayData(target);
    if (!data || data.hidden || !from || !to || from.hidden || to.hidden) return;
    const a = temporary.framedGraphToViewport(from);
    const b = temporary.framedGraphToViewport(to);
    edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: Math.max(0.5, temporary.scaleSize(data.size)), color: data.color, z: data.zIndex ?? 0 });
  });
  edges.sort((a, b) => a.z - b.z);
  picture.edges = edges.map(({ z: _z, ...edge }) => edge);
}

function drawLegend(canvas: HTMLCanvasElement, entries: readonly LegendEntry[], scale: number): void {
  const context = canvas.getContext("2d");
  if (!context || entries.length === 0) return;
  context.font = `${Math.round(13 * scale)}px ${LEGEND_FONT}`;
  const layout = legendLayout(entries, scale, canvas.height, (text) => context.measureText(text).width);
  context.font = layout.font;
  const { box } = layout;
  context.fillStyle = "rgba(255, 255, 255, 0.9)";
  context.strokeStyle = "rgb(203, 210, 217)";
  context.lineWidth = Math.max(1, scale);
  context.fillRect(box.left, box.top, box.width, box.height);
  context.strokeRect(box.left, box.top, box.width, box.height);
  context.textBaseline = "middle";
  for (const row of layout.rows) {
    context.beginPath();
    context.arc(row.cx, row.cy, row.r, 0, 2 * Math.PI);
    context.fillStyle = row.color;
    context.fill();
    context.fillStyle = "rgb(31, 41, 51)";
    context.fillText(row.text, row.textX, row.cy);
  }
}
