// The browser benchmark's yardstick: the graph file beside the page drawn by sigma and graphology with their
// defaults, none of the explorer (no reducers, label layer, panels). Exposes `window.__bareSigma`: when the
// first frame was drawn, and a function timing one full redraw. Side effects: fetch, DOM and WebGL.
import { UndirectedGraph } from "graphology";
import Sigma from "sigma";
import type { GraphFile } from "../../../graph/types.ts";
import { nodeSize } from "../../../graph/appearance.ts";

declare global {
  interface Window {
    __bareSigma?: { firstFrame: number; nodes: number; edges: number; redraw(): Promise<number> };
  }
}

async function main(): Promise<void> {
  // The graph file of the explorer one folder up; the split form holds the graph too (its sentences beside it).
  const file = (await (await fetch(new URL("../graph.json", window.location.href))).json()) as Pick<GraphFile, "graph">;
  const graph = new UndirectedGraph();
  // Only what sigma draws: position, size (the explorer's sizes, so as many labels pass sigma's threshold)
  // and label. Our `type` attribute is the entity type, which sigma would read as a program's name.
  for (const { key, attributes } of file.graph.nodes) {
    graph.addNode(key, { x: attributes?.x ?? 0, y: attributes?.y ?? 0, size: nodeSize(attributes?.mentions ?? 1), label: attributes?.label ?? key });
  }
  for (const { source, target } of file.graph.edges) graph.mergeEdge(source, target);
  const renderer = new Sigma(graph, document.getElementById("graph")!);
  // The constructor draws; painted two animation frames later, as the explorer's ready mark counts it.
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      window.__bareSigma = {
        firstFrame: performance.now(),
        nodes: graph.order,
        edges: graph.size,
        // A full redraw as a view change without reducers would need: every node and edge processed again,
        // then drawn; timed until it is painted (two animation frames), as the explorer's click → painted.
        redraw() {
          const start = performance.now();
          renderer.refresh();
          return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(performance.now() - start))));
        },
      };
      document.body.dataset.state = "ready";
    }),
  );
}

void main();
