// Re-fit: after a filter, focus or path change the camera frames what is shown (@sigma/utils'
// fitViewportToNodes): the paths' nodes, the focus's neighbourhood, or every node the filters leave.
// Side effect: camera moves; mounted once per explorer, returns its cleanup.
import { getCameraStateToFitViewportToNodes } from "@sigma/utils";
import type { Dispose, Explorer } from "./explorer.ts";

/** Room left around the framed nodes, as a factor on the camera ratio. */
const MARGIN = 1.2;
/** The closest the camera comes when it frames one or two close nodes (sigma's ratio: smaller is closer). */
const CLOSEST_RATIO = 0.15;
/** Length of the camera's move, in milliseconds. */
const DURATION_MS = 400;

/** The nodes the view shows now, or null when it shows the whole graph (then the camera resets). */
export function framedNodes(explorer: Explorer): string[] | null {
  const { paths, neighbourhood } = explorer.scoped();
  if (paths && paths.length > 0) return [...new Set(paths.flatMap((path) => path.nodes))];
  if (neighbourhood) return [...neighbourhood.keys()];
  const { hiddenNodes } = explorer.visibility();
  if (hiddenNodes.size === 0) return null;
  return explorer.graph.filterNodes((node) => !hiddenNodes.has(node));
}

/**
 * Frames what is shown once sigma has drawn the new view (its display data holds the framed positions only
 * after a frame). `animate: false` jumps there (a page opened on a shared focus link).
 */
export function fitToShown(explorer: Explorer, options: { animate?: boolean } = {}): void {
  const { renderer } = explorer;
  renderer.once("afterRender", () => {
    const camera = renderer.getCamera();
    const nodes = framedNodes(explorer);
    if (nodes === null || nodes.length === 0) {
      if (options.animate === false) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      else void camera.animatedReset({ duration: DURATION_MS });
      return;
    }
    const state = getCameraStateToFitViewportToNodes(renderer, nodes);
    const ratio = Math.min(renderer.getSetting("maxCameraRatio") ?? Infinity, Math.max(CLOSEST_RATIO, state.ratio * MARGIN));
    const target = { ...state, ratio };
    if (options.animate === false) camera.setState(target);
    else void camera.animate(target, { duration: DURATION_MS });
  });
  renderer.scheduleRender();
}

/** Re-fits the camera after every scope or filter change, and once at the start when a scope is set. */
export function mountAutoFit(explorer: Explorer): Dispose {
  if (explorer.store.get().scope) fitToShown(explorer, { animate: false });
  return explorer.store.subscribe((_state, change) => {
    if (change === "scope" || change === "filters") fitToShown(explorer);
  });
}
