// Sigma's label pass, made collision-free: sigma hands each label it would draw to `drawLabel`, which only
// collects it; after the frame, the layer adds the largest nodes in view that sigma's label grid left out,
// places them all with placeLabels (largest first, no overlaps) and draws them with a white halo so they
// stay readable over edges.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import type { NodeDisplayData } from "sigma/types";
import { largestPlacedInView, placeLabels, type LabelCandidate } from "./label-placement.ts";

/**
 * Sigma's display data of each node, read where sigma keeps it: its `getNodeDisplayData` copies the
 * object, and a copy of every node each frame (9,000 on the UN graph) was most of the frame's time after
 * sigma's own drawing. Private in sigma 3's types, reached through this narrow view, read only.
 */
interface SigmaDisplayCache {
  nodeDataCache: Record<string, NodeDisplayData | undefined>;
}

interface QueuedLabel extends LabelCandidate {
  label: string;
}

/** A label as drawn: its text, where its baseline starts, its font (CSS shorthand), size and colour. */
export interface DrawnLabel {
  key: string;
  label: string;
  x: number;
  y: number;
  font: string;
  family: string;
  weight: string;
  size: number;
  color: string;
}

/** Creates the collecting label function (pass it as `defaultDrawNodeLabel`) and its hook on a renderer. */
export function createLabelLayer<N extends Attributes = Attributes, E extends Attributes = Attributes>() {
  const queue: QueuedLabel[] = [];
  let context: CanvasRenderingContext2D | null = null;
  let font = "";
  let family = "";
  let weight = "";

  const drawLabel: NodeLabelDrawingFunction<N, E> = (labelContext, data, settings) => {
    if (!data.label) return;
    context = labelContext;
    font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    family = settings.labelFont;
    weight = settings.labelWeight;
    labelContext.font = font;
    queue.push({
      key: typeof data.key === "string" ? data.key : data.label,
      label: data.label,
      priority: data.highlighted ? 2 : data.forceLabel ? 1 : 0,
      x: data.x,
      y: data.y,
      size: data.size,
      width: labelContext.measureText(data.label).width,
      height: settings.labelSize,
    });
  };

  /** The labels the last frame drew, where it drew them (the SVG export writes the same). */
  let drawn: DrawnLabel[] = [];

  /** Draws the labels collected during the frame that just rendered. */
  const flush = (settings: Pick<Settings, "labelColor" | "labelSize">, bounds: { width: number; height: number }) => {
    if (!context || queue.length === 0) return;
    // One label per node: a renderer drawn twice before its first flush (an export's) queued each twice.
    const unique = [...new Map(queue.map((label) => [label.key, label])).values()];
    context.font = font;
    context.textAlign = "left";
    context.lineJoin = "round";
    // The halo grows with the text, so a picture exported at twice the size is the same picture.
    context.lineWidth = (3 * settings.labelSize) / 13;
    context.strokeStyle = "rgba(255, 255, 255, 0.92)";
    const color = settings.labelColor.color ?? "#000";
    context.fillStyle = color;
    drawn = [];
    for (const { candidate, left, top } of placeLabels(unique, bounds)) {
      const baseline = top + candidate.height / 2 + settings.labelSize / 3;
      context.strokeText(candidate.label, left, baseline);
      context.fillText(candidate.label, left, baseline);
      drawn.push({ key: candidate.key, label: candidate.label, x: left, y: baseline, font, family, weight, size: settings.labelSize, color });
    }
    queue.length = 0;
  };

  /** Queues the largest labelled nodes in view that sigma did not hand over (see ALWAYS_LABELLED). */
  const addLargest = (renderer: Sigma<N, E>) => {
    const settings = renderer.getSettings();
    if (!settings.renderLabels) return;
    const queued = new Set(queue.map((label) => label.key));
    const cache = (renderer as unknown as SigmaDisplayCache).nodeDataCache;
    const labelled: { key: string; size: number; data: NodeDisplayData & { label: string } }[] = [];
    renderer.getGraph().forEachNode((key) => {
      const data = cache[key];
      if (!data || data.hidden || !data.label) return;
      labelled.push({ key, size: data.size, data: data as NodeDisplayData & { label: string } });
    });
    // Placed on screen only when large enough to count; the screen size is the display size times the zoom's factor.
    const place = ({ key, data }: (typeof labelled)[number]) => {
      const { x, y } = renderer.framedGraphToViewport(data);
      return { key, x, y, size: renderer.scaleSize(data.size), label: data.label };
    };
    const missing = largestPlacedInView(labelled, place, renderer.getDimensions()).filter((node) => !queued.has(node.key));
    if (missing.length === 0) return;
    context ??= renderer.getCanvases().labels?.getContext("2d") ?? null;
    if (!context) return;
    font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
    family = settings.labelFont;
    weight = settings.labelWeight;
    context.font = font;
    for (const node of missing) {
      queue.push({ ...node, priority: 0, width: context.measureText(node.label).width, height: settings.labelSize });
    }
  };

  /** Draws after every frame of `renderer`, and now for the frame its constructor already rendered. */
  const attach = (renderer: Sigma<N, E>) => {
    const onAfterRender = () => {
      addLargest(renderer);
      flush(renderer.getSettings(), renderer.getDimensions());
    };
    renderer.on("afterRender", onAfterRender);
    onAfterRender();
    return () => {
      renderer.off("afterRender", onAfterRender);
    };
  };

  return { drawLabel, attach, drawn: (): readonly DrawnLabel[] => drawn };
}
