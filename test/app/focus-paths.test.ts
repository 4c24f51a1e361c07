import { UndirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { createDrawnGraph } from "../../src/app/focus-drawn-graph.ts";
import { focusNeighbourhood } from "../../src/app/focus-neighbourhood.ts";
import { pathsBetween } from "../../src/app/paths-between.ts";
import { deriveDisplayModel } from "../../src/app/reducers.ts";
import { deriveScopedView, highlightPaths, highlightScope, type ScopedView } from "../../src/app/scope-view.ts";
import { computeVisibility } from "../../src/app/visibility.ts";
import { createViewStore, DEFAULT_FILTERS, type ViewState } from "../../src/app/view-state.ts";
import type { EntityEdgeAttributes, EntityGraph, EntityNodeAttributes } from "../../src/graph/types.ts";

/** A graph of invented entities: [a, b, weight] links. */
function graphOf(links: [string, string, number][], extra: string[] = []): EntityGraph {
  const graph: EntityGraph = new UndirectedGraph<EntityNodeAttributes, EntityEdgeAttributes>();
  const add = (key: string) => {
    if (!graph.hasNode(key)) graph.addNode(key, { label: key, type: "person", aliases: [key], mentions: 1, documents: 1, community: 0, x: 0, y: 0 });
  };
  for (const [a, b, weight] of links) {
    add(a);
    add(b);
    graph.addEdge(a, b, { weight, sentences: [], relations: [] });
  }
  extra.forEach(add);
  return graph;
}

const all = (graph: EntityGraph) => ({ isShown: () => true, weight: (edge: string) => graph.getEdgeAttribute(edge, "weight") });

describe("focusNeighbourhood", () => {
  // hub links to five leaves of weights 5..1; leaf5 links on to far1 and far2.
  const graph = graphOf([
    ["hub", "leaf5", 5],
    ["hub", "leaf4", 4],
    ["hub", "leaf3", 3],
    ["hub", "leaf2", 2],
    ["hub", "leaf1", 1],
    ["leaf5", "far1", 7],
    ["leaf5", "far2", 1],
    ["far1", "farther", 9],
  ]);

  it("keeps the strongest links first, up to the cap", () => {
    const kept = focusNeighbourhood(graph, "hub", [], { depth: 1, cap: 3, ...all(graph) });
    expect([...kept.keys()]).toEqual(["hub", "leaf5", "leaf4", "leaf3"]);
    expect(kept.get("leaf3")).toBe(1);
  });

  it("goes a second step, up to the cap again, strongest first, never three", () => {
    const kept = focusNeighbourhood(graph, "hub", [], { depth: 2, cap: 1, ...all(graph) });
    expect([...kept.entries()]).toEqual([["hub", 0], ["leaf5", 1], ["far1", 2]]);
    const wide = focusNeighbourhood(graph, "hub", [], { depth: 2, cap: 10, ...all(graph) });
    expect(wide.size).toBe(8);
    expect(wide.has("farther")).toBe(false);
  });

  it("adds an expanded neighbour's own neighbourhood", () => {
    const kept = focusNeighbourhood(graph, "hub", ["leaf5"], { depth: 1, cap: 1, ...all(graph) });
    expect([...kept.keys()].sort()).toEqual(["far1", "hub", "leaf5"]);
  });

  it("does not walk a link the filters hide", () => {
    const kept = focusNeighbourhood(graph, "hub", [], { depth: 1, cap: 10, isShown: (edge) => graph.extremities(edge).every((n) => n !== "leaf5"), weight: all(graph).weight });
    expect(kept.has("leaf5")).toBe(false);
    expect(kept.size).toBe(5);
  });

  it("is empty for a node the graph lacks, and the node alone when it has no link", () => {
    expect(focusNeighbourhood(graph, "nobody", [], { depth: 1, cap: 5, ...all(graph) }).size).toBe(0);
    const lonely = graphOf([], ["alone"]);
    expect([...focusNeighbourhood(lonely, "alone", [], { depth: 2, cap: 5, ...all(lonely) }).keys()]).toEqual(["alone"]);
  });
});

describe("pathsBetween", () => {
  // Three two-link paths from s to t (via a: 1+1, via b: 5+1, via c: 2+2), one three-link path, and a direct-less pair.
  const graph = graphOf(
    [
      ["s", "a", 1],
      ["a", "t", 1],
      ["s", "b", 5],
      ["b", "t", 1],
      ["s", "c", 2],
      ["c", "t", 2],
      ["s", "d", 9],
      ["d", "e", 9],
      ["e", "t", 9],
    ],
    ["island"],
  );

  it("lists the shortest paths only, heaviest first", () => {
    const paths = pathsBetween(graph, "s", "t", { limit: 5, ...all(graph) });
    expect(paths.map((path) => path.nodes.join(">"))).toEqual(["s>b>t", "s>c>t", "s>a>t"]);
    expect(paths.map((path) => path.weight)).toEqual([6, 4, 2]);
    expect(paths[0]!.edges).toEqual([graph.edge("s", "b"), graph.edge("b", "t")]);
  });

  it("keeps the heaviest up to the limit", () => {
    expect(pathsBetween(graph, "s", "t", { limit: 2, ...all(graph) }).map((path) => path.nodes[1])).toEqual(["b", "c"]);
  });

  it("goes around a link the filters hide", () => {
    const hidden = new Set([graph.edge("b", "t"), graph.edge("c", "t"), graph.edge("a", "t")]);
    const paths = pathsBetween(graph, "s", "t", { limit: 5, isShown: (edge) => !hidden.has(edge), weight: all(graph).weight });
    expect(paths.map((path) => path.nodes.join(">"))).toEqual(["s>d>e>t"]);
  });

  it("finds every one of many equally short paths' best without listing them all", () => {
    // A ladder of 12 rungs of two choices each: 4,096 shortest paths.
    const links: [string, string, number][] = [];
    for (let i = 0; i < 12; i++) {
      links.push([`n${i}`, `u${i}`, 1], [`u${i}`, `n${i + 1}`, 1], [`n${i}`, `l${i}`, i === 7 ? 3 : 1], [`l${i}`, `n${i + 1}`, 1]);
    }
    const ladder = graphOf(links);
    const paths = pathsBetween(ladder, "n0", "n12", { limit: 5, ...all(ladder) });
    expect(paths).toHaveLength(5);
    expect(paths[0]!.weight).toBe(26);
    expect(paths[0]!.nodes).toContain("l7");
    expect(paths[1]!.weight).toBe(26);
    expect(paths.every((path) => path.edges.length === 24)).toBe(true);
  });

  it("gives what listing every shortest path and ranking them gives, hub or not, links hidden or not", () => {
    // Random graphs with a hub (so one end's side grows faster than the other's), a fifth of the links hidden.
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let round = 0; round < 40; round++) {
      const links: [string, string, number][] = [];
      for (let i = 1; i < 20; i++) if (random() < 0.5) links.push(["hub", `n${i}`, 1 + Math.floor(random() * 4)]);
      for (let i = 0; i < 28; i++) {
        const a = Math.floor(random() * 20);
        const b = Math.floor(random() * 20);
        if (a !== b && !links.some(([x, y]) => (x === `n${a}` && y === `n${b}`) || (x === `n${b}` && y === `n${a}`))) links.push([`n${a}`, `n${b}`, 1 + Math.floor(random() * 4)]);
      }
      const g = graphOf(links, ["hub", "n1", "n19"]);
      const hidden = new Set(g.filterEdges(() => random() < 0.2));
      const options = { isShown: (edge: string) => !hidden.has(edge), weight: all(g).weight };
      const ends: [string, string][] = [["hub", "n19"], ["n19", "hub"], ["n1", "n19"], ["n3", "n17"]];
      for (const [source, target] of ends) {
        if (!g.hasNode(source) || !g.hasNode(target)) continue;
        const listed = everyShortestPath(g, source, target, options.isShown).map((nodes) => ({ nodes, weight: nodes.slice(1).reduce((sum, node, i) => sum + options.weight(g.edge(nodes[i]!, node)!), 0) }));
        listed.sort((x, y) => y.weight - x.weight || (x.nodes.join("\u0000") < y.nodes.join("\u0000") ? -1 : 1));
        const found = pathsBetween(g, source, target, { limit: 3, ...options });
        expect(found.map((path) => [path.nodes, path.weight])).toEqual(listed.slice(0, 3).map((path) => [path.nodes, path.weight]));
      }
    }
  });

  it("is empty for unlinked, missing or identical ends", () => {
    expect(pathsBetween(graph, "s", "island", { limit: 5, ...all(graph) })).toEqual([]);
    expect(pathsBetween(graph, "s", "nobody", { limit: 5, ...all(graph) })).toEqual([]);
    expect(pathsBetween(graph, "s", "s", { limit: 5, ...all(graph) })).toEqual([]);
  });
});

describe("deriveScopedView", () => {
  const graph = graphOf([
    ["hub", "leaf5", 5],
    ["hub", "leaf4", 4],
    ["leaf4", "leaf5", 1],
    ["leaf5", "far", 7],
  ]);
  const filtered = computeVisibility(graph, null, DEFAULT_FILTERS);

  it("hides what is outside the focus, and the links leaving it", () => {
    const scoped = deriveScopedView(graph, { kind: "focus", node: "hub", depth: 1, cap: 10, expanded: [] }, filtered);
    expect([...scoped.visibility.hiddenNodes]).toEqual(["far"]);
    expect(scoped.visibility.hiddenEdges.has(graph.edge("leaf5", "far")!)).toBe(true);
    expect(scoped.visibility.hiddenEdges.has(graph.edge("leaf4", "leaf5")!)).toBe(false);
    expect(scoped.visibility.visibleNodes).toBe(3);
  });

  it("draws every label of a small focus while nothing is selected", () => {
    const scoped = deriveScopedView(graph, { kind: "focus", node: "hub", depth: 1, cap: 10, expanded: [] }, filtered);
    const model = { hiddenNodes: scoped.visibility.hiddenNodes, hiddenEdges: scoped.visibility.hiddenEdges, focusNodes: null, focusEdges: null, emphasized: new Set<string>(), selectedEdge: null, focus: null };
    const lit = highlightScope(model, scoped);
    expect([...lit.focusNodes!].sort()).toEqual(["hub", "leaf4", "leaf5"]);
    expect(lit.focusEdges).toBeNull();
    const selected = { ...model, focusNodes: new Set(["leaf4"]), focusEdges: new Set<string>(), focus: "leaf4" };
    expect(highlightScope(selected, scoped)).toBe(selected);
  });

  it("keeps the graph for paths, and highlights them in the display model", () => {
    const scoped = deriveScopedView(graph, { kind: "path", source: "hub", target: "far" }, filtered);
    expect(scoped.visibility).toBe(filtered);
    expect(scoped.paths!.map((path) => path.nodes)).toEqual([["hub", "leaf5", "far"]]);
    const model = { hiddenNodes: new Set<string>(), hiddenEdges: new Set<string>(), focusNodes: null, focusEdges: null, emphasized: new Set<string>(), selectedEdge: null, focus: null };
    const lit = highlightPaths(model, scoped.paths);
    expect([...lit.focusNodes!]).toEqual(["hub", "leaf5", "far"]);
    expect(lit.focusEdges!.has(graph.edge("hub", "leaf4")!)).toBe(false);
    expect([...lit.emphasized]).toEqual(["hub", "far"]);
    // A hover or a selection goes first.
    const hovered = { ...model, focusNodes: new Set(["leaf4"]), focusEdges: new Set<string>(), focus: "leaf4" };
    expect(highlightPaths(hovered, scoped.paths)).toBe(hovered);
  });
});

describe("createDrawnGraph", () => {
  const graph = graphOf([
    ["hub", "leaf5", 5],
    ["hub", "leaf4", 4],
    ["leaf4", "leaf5", 1],
    ["leaf5", "far", 7],
    ["far", "farther", 2],
  ]);
  const filtered = computeVisibility(graph, null, DEFAULT_FILTERS);
  const modelOf = (scoped: ScopedView, state: Partial<ViewState> = {}) => highlightScope(deriveDisplayModel(graph, { ...createViewStore().get(), ...state }, scoped.visibility), scoped);

  it("draws a focus as a graph of its neighbourhood alone: its nodes, the links among them, their keys and attributes", () => {
    const scoped = deriveScopedView(graph, { kind: "focus", node: "hub", depth: 1, cap: 10, expanded: [] }, filtered);
    const drawn = createDrawnGraph(graph)(scoped, modelOf(scoped));
    expect(drawn.nodes().sort()).toEqual(["hub", "leaf4", "leaf5"]);
    expect(drawn.edges().sort()).toEqual([graph.edge("hub", "leaf5")!, graph.edge("hub", "leaf4")!, graph.edge("leaf4", "leaf5")!].sort());
    expect(drawn.getNodeAttributes("leaf5")).toBe(graph.getNodeAttributes("leaf5"));
    expect(drawn.getEdgeAttribute(graph.edge("hub", "leaf5")!, "weight")).toBe(5);
  });

  it("leaves out the links the filters hide", () => {
    const strong = computeVisibility(graph, null, { ...DEFAULT_FILTERS, minWeight: 2 });
    const scoped = deriveScopedView(graph, { kind: "focus", node: "hub", depth: 1, cap: 10, expanded: [] }, strong);
    expect(createDrawnGraph(graph)(scoped, modelOf(scoped)).hasEdge("leaf4", "leaf5")).toBe(false);
  });

  it("draws paths as every node, in the graph's order, with the paths' links alone; a hovered node's links while it is hovered", () => {
    const drawnGraph = createDrawnGraph(graph);
    const scoped = deriveScopedView(graph, { kind: "path", source: "hub", target: "far" }, filtered);
    const drawn = drawnGraph(scoped, modelOf(scoped));
    expect(drawn.nodes()).toEqual(graph.nodes());
    expect(drawn.getNodeAttributes("leaf4")).toBe(graph.getNodeAttributes("leaf4"));
    expect(drawn.edges().sort()).toEqual([graph.edge("hub", "leaf5")!, graph.edge("leaf5", "far")!].sort());
    expect(drawnGraph(scoped, modelOf(scoped))).toBe(drawn);
    const hovered = drawnGraph(scoped, modelOf(scoped, { hovered: "far" }));
    expect(hovered.edges().sort()).toEqual([graph.edge("leaf5", "far")!, graph.edge("far", "farther")!].sort());
  });

  it("gives the same graph for the same view, and the whole graph with no scope and nothing highlighted", () => {
    const drawnGraph = createDrawnGraph(graph);
    const focus = deriveScopedView(graph, { kind: "focus", node: "far", depth: 1, cap: 10, expanded: [] }, filtered);
    expect(drawnGraph(focus, modelOf(focus))).toBe(drawnGraph(focus, modelOf(focus)));
    expect(drawnGraph(focus, modelOf(focus)).order).toBe(3);
    const none = deriveScopedView(graph, null, filtered);
    expect(drawnGraph(none, modelOf(none))).toBe(graph);
  });

  it("draws the whole graph while a node is hovered or a link selected as every node with only their links", () => {
    const drawnGraph = createDrawnGraph(graph);
    const none = deriveScopedView(graph, null, filtered);
    const hovered = drawnGraph(none, modelOf(none, { hovered: "far" }));
    expect(hovered.nodes()).toEqual(graph.nodes());
    expect(hovered.edges().sort()).toEqual([graph.edge("leaf5", "far")!, graph.edge("far", "farther")!].sort());
    const pair = drawnGraph(none, modelOf(none, { selection: { kind: "pair", source: "hub", target: "leaf4" } }));
    expect(pair.edges()).toEqual([graph.edge("hub", "leaf4")!]);
    expect(drawnGraph(none, modelOf(none))).toBe(graph);
  });
});

/** Every shortest path from source to target over shown links, listed one by one (small graphs only). */
function everyShortestPath(graph: EntityGraph, source: string, target: string, isShown: (edge: string) => boolean): string[][] {
  const paths: string[][] = [];
  let walks: string[][] = [[source]];
  while (walks.length > 0 && paths.length === 0) {
    const next: string[][] = [];
    for (const walk of walks) {
      graph.forEachEdge(walk[walk.length - 1]!, (edge, _attributes, a, b) => {
        const other = a === walk[walk.length - 1] ? b : a;
        if (!isShown(edge) || walk.includes(other)) return;
        (other === target ? paths : next).push([...walk, other]);
      });
    }
    walks = next;
  }
  return paths;
}
