// Over the graph: zoom in, zoom out and fit buttons, and a line saying how much of the graph is shown.
import { formatCount, h } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";

/** Mounts the zoom buttons and the "shown" summary into `container`. */
export function mountStageControls(container: HTMLElement, explorer: Explorer): Dispose {
  const { store, graph, renderer } = explorer;
  const camera = renderer.getCamera();
  const button = (label: string, title: string, action: () => void) =>
    h("button", { className: "zoom__button", attrs: { type: "button", "aria-label": title, title }, on: { click: action } }, label);
  const summary = h("p", { className: "stage__summary", attrs: { "aria-live": "polite" } });

  const render = () => {
    const { visibleNodes, visibleEdges } = explorer.visibility();
    const all = visibleNodes === graph.order && visibleEdges === graph.size;
    summary.textContent = all
      ? `${formatCount(graph.order)} entities · ${formatCount(graph.size)} links`
      : `${formatCount(visibleNodes)} of ${formatCount(graph.order)} entities · ${formatCount(visibleEdges)} of ${formatCount(graph.size)} links`;
  };
  render();
  const unsubscribe = store.subscribe((_state, change) => {
    if (change === "filters" || change === "scope") render();
  });

  container.replaceChildren(
    h(
      "div",
      { className: "zoom", attrs: { role: "group", "aria-label": "Zoom" } },
      button("+", "Zoom in", () => camera.animatedZoom({ duration: 250 })),
      button("−", "Zoom out", () => camera.animatedUnzoom({ duration: 250 })),
      button("⤢", "Fit the whole graph", () => camera.animatedReset({ duration: 300 })),
    ),
    summary,
  );
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
