// The layout buttons: run ForceAtlas2 in a web worker (graphology's supervisor) and stop it, or put the
// nodes back where the graph file had them. The worker writes positions into the graph; sigma redraws.
import FA2Layout from "graphology-layout-forceatlas2/worker";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { BARNES_HUT_ORDER } from "../graph/layout-settings.ts";
import { h } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";

/** Mounts the layout buttons into `container`. */
export function mountLayoutControl(container: HTMLElement, explorer: Explorer): Dispose {
  const { graph } = explorer;
  const original = new Map(graph.mapNodes((node, { x, y }) => [node, { x, y }] as const));
  let layout: FA2Layout | null = null;
  let moved = false;

  const run = h("button", { className: "button button--primary", attrs: { type: "button", "data-action": "layout" } });
  const reset = h("button", { className: "button", attrs: { type: "button", "data-action": "reset-layout", title: "Put the nodes back where the graph file has them" } }, "Reset");

  const render = () => {
    const running = layout?.isRunning() ?? false;
    run.replaceChildren(h("span", { className: running ? "spinner" : "play", attrs: { "aria-hidden": "true" } }), running ? "Stop layout" : "Run layout");
    run.setAttribute("aria-pressed", String(running));
    run.title = running ? "Stop ForceAtlas2" : "Re-run the ForceAtlas2 layout (runs in a background worker)";
    reset.disabled = running || !moved;
    container.dataset.layout = running ? "running" : "stopped";
  };

  run.addEventListener("click", () => {
    if (layout?.isRunning()) {
      layout.stop();
    } else {
      layout ??= new FA2Layout(graph, {
        settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > BARNES_HUT_ORDER },
        getEdgeWeight: "weight",
      });
      layout.start();
      moved = true;
    }
    render();
  });
  reset.addEventListener("click", () => {
    graph.updateEachNodeAttributes((node, attributes) => ({ ...attributes, ...original.get(node) }), { attributes: ["x", "y"] });
    moved = false;
    render();
  });

  render();
  container.replaceChildren(h("div", { className: "button-group" }, run, reset));
  return () => {
    layout?.kill();
    layout = null;
    container.replaceChildren();
  };
}
