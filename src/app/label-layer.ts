// Sigma's label pass, made collision-free: sigma hands each label it would draw to `drawLabel`, which only
// collects it; after the frame, the layer places them with placeLabels (largest first, no overlaps) and
// draws them with a white halo so they stay readable over edges.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { NodeLabelDrawingFunction } from "sigma/rendering";
import type { Settings } from "sigma/settings";
import { placeLabels, type LabelCandidate } from "./label-placement.ts";

interface QueuedLabel extends LabelCandidate {
  label: string;
}

/** Creates the collecting label function (pass it as `defaultDrawNodeLabel`) and its hook on a renderer. */
export function createLabelLayer<N extends Attributes = Attributes, E extends Attributes = Attributes>() {
  const queue: QueuedLabel[] = [];
  let context: CanvasRenderingContext2D | null = null;
  let font = "";

  const drawLabel: NodeLabelDrawingFunction<N, E> = (labelContext, data, settings) => {
    if (!data.label) return;
    context = labelContext;
    font = `${settings.labelWeight} ${settings.labelSize}px ${settings.labelFont}`;
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

  /** Draws the labels collected during the frame that just rendered. */
  const flush = (settings: Pick<Settings, "labelColor" | "labelSize">, bounds: { width: number; height: number }) => {
    if (!context || queue.length === 0) return;
    context.font = font;
    context.textAlign = "left";
    context.lineJoin = "round";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(255, 255, 255, 0.92)";
    context.fillStyle = settings.labelColor.color ?? "#000";
    for (const { candidate, left, top } of placeLabels(queue, bounds)) {
      const baseline = top + candidate.height / 2 + settings.labelSize / 3;
      context.strokeText(candidate.label, left, baseline);
      context.fillText(candidate.label, left, baseline);
    }
    queue.length = 0;
  };

  /** Draws after every frame of `renderer`, and now for the frame its constructor already rendered. */
  const attach = (renderer: Sigma<N, E>) => {
    const onAfterRender = () => flush(renderer.getSettings(), renderer.getDimensions());
    renderer.on("afterRender", onAfterRender);
    onAfterRender();
    return () => {
      renderer.off("afterRender", onAfterRender);
    };
  };

  return { drawLabel, attach };
}
