import { describe, expect, it } from "vitest";
import { TYPE_COLORS, nodeSize } from "../../src/graph/appearance.ts";
import {
  ACTIVE_EDGE_COLOR,
  EDGE_COLOR,
  FADED_NODE_COLOR,
  SELECTED_EDGE_COLOR,
  createEdgeReducer,
  createNodeReducer,
  deriveDisplayModel,
  edgeSize,
  nodeSizeScale,
  sameDisplayModel,
} from "../../src/app/reducers.ts";
import { DEFAULT_FILTERS, type Filters, type ViewState } from "../../src/app/view-state.ts";
import { computeVisibility } from "../../src/app/visibility.ts";
import { importGraph, loadSmallGraphFile, indexGraphFile } from "./helpers.ts";

const file = loadSmallGraphFile();
const graph = importGraph(file);
const index = indexGraphFile(file);
const PUTIN = "person:vladimir-putin";
const ROUHANI = "person:hassan-rouhani";
const BISHKEK = "place:bishkek";
const HMEIMIM = "place:hmeimim";

function reducersFor(state: Partial<ViewState>, filters: Partial<Filters> = {}) {
  const view: ViewState = { selection: null, hovered: null, ...state, filters: { ...DEFAULT_FILTERS, ...filters } };
  const model = deriveDisplayModel(graph, view, computeVisibility(graph, index, view.filters));
  const nodeReducer = createNodeReducer(() => model);
  const edgeReducer = createEdgeReducer(() => model);
  return {
    node: (key: string) => nodeReducer(key, graph.getNodeAttributes(key)),
    edge: (a: string, b: string) => {
      const key = graph.edge(a, b);
      if (key === undefined) throw new Error(`no edge ${a} – ${b}`);
      return edgeReducer(key, graph.getEdgeAttributes(key));
    },
  };
}

describe("node reducer", () => {
  it("colours by type, sizes by mentions and draws every node as a circle at rest", () => {
    const { node } = reducersFor({});
    graph.forEachNode((key, attributes) => {
      expect(node(key)).toEqual({
        x: attributes.x,
        y: attributes.y,
        label: attributes.label,
        size: nodeSize(attributes.mentions),
        color: TYPE_COLORS[attributes.type],
        type: "circle",
      });
    });
  });

  it("keeps a hovered node and its neighbours, and fades the rest", () => {
    const { node } = reducersFor({ hovered: PUTIN });
    expect(node(PUTIN)).toMatchObject({ highlighted: true, forceLabel: true, color: TYPE_COLORS.person });
    expect(node(ROUHANI)).toMatchObject({ color: TYPE_COLORS.person, label: "Hassan Rouhani" });
    expect(node(ROUHANI).highlighted).toBeUndefined();
    expect(node(BISHKEK)).toMatchObject({ color: FADED_NODE_COLOR, label: "" });
  });

  it("focuses the selected node when nothing is hovered, and the hovered one when something is", () => {
    expect(reducersFor({ selection: { kind: "node", node: HMEIMIM } }).node(ROUHANI).color).toBe(FADED_NODE_COLOR);
    const both = reducersFor({ selection: { kind: "node", node: HMEIMIM }, hovered: ROUHANI });
    expect(both.node(PUTIN).color).toBe(TYPE_COLORS.person);
    expect(both.node(HMEIMIM)).toMatchObject({ highlighted: true });
  });

  it("keeps only the two ends of a selected pair", () => {
    const { node } = reducersFor({ selection: { kind: "pair", source: PUTIN, target: ROUHANI } });
    expect(node(PUTIN)).toMatchObject({ highlighted: true, color: TYPE_COLORS.person });
    expect(node(ROUHANI)).toMatchObject({ highlighted: true, color: TYPE_COLORS.person });
    expect(node("country:iran").color).toBe(FADED_NODE_COLOR);
  });

  it("hides filtered-out types and does not fade or focus through them", () => {
    const { node } = reducersFor({ hovered: HMEIMIM }, { hiddenTypes: ["place"] });
    expect(node(HMEIMIM).hidden).toBe(true);
    expect(node(BISHKEK).hidden).toBe(true);
    expect(node(PUTIN).hidden).toBeUndefined();
    expect(node(PUTIN).color).toBe(TYPE_COLORS.person);
  });

  it("hides nodes under the mention threshold", () => {
    const { node } = reducersFor({}, { minMentions: 3 });
    expect(node(PUTIN).hidden).toBeUndefined();
    expect(node(BISHKEK).hidden).toBe(true);
  });

  it("never writes into the graph", () => {
    const before = JSON.stringify(graph.export());
    const { node, edge } = reducersFor({ hovered: PUTIN, selection: { kind: "pair", source: PUTIN, target: ROUHANI } });
    graph.forEachNode((key) => node(key));
    edge(PUTIN, ROUHANI);
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("edge reducer", () => {
  it("sizes edges by weight", () => {
    const { edge } = reducersFor({});
    const key = graph.edge(PUTIN, ROUHANI) ?? "";
    expect(edge(PUTIN, ROUHANI)).toEqual({ size: edgeSize(graph.getEdgeAttribute(key, "weight")), color: EDGE_COLOR });
  });

  it("shows only the focused node's edges", () => {
    const { edge } = reducersFor({ hovered: PUTIN });
    expect(edge(PUTIN, ROUHANI)).toMatchObject({ color: ACTIVE_EDGE_COLOR });
    expect(edge(ROUHANI, "country:iran").hidden).toBe(true);
  });

  it("draws the selected pair's edge highlighted and hides the others", () => {
    const { edge } = reducersFor({ selection: { kind: "pair", source: ROUHANI, target: PUTIN } });
    expect(edge(PUTIN, ROUHANI)).toMatchObject({ color: SELECTED_EDGE_COLOR });
    expect(edge(PUTIN, "country:iran").hidden).toBe(true);
  });

  it("hides edges under the weight threshold and edges of hidden nodes", () => {
    const { edge } = reducersFor({}, { minWeight: 2, hiddenTypes: ["organization"] });
    expect(edge(PUTIN, ROUHANI).hidden).toBeUndefined();
    expect(edge(PUTIN, "place:tehran").hidden).toBe(true);
    expect(edge(PUTIN, "organization:kremlin").hidden).toBe(true);
  });
});

describe("edgeSize", () => {
  it.each([
    [1, 1],
    [2, 3],
    [4, 5],
    [0, 1],
    [1e6, 10],
  ])("weight %d → %d", (weight, size) => {
    expect(edgeSize(weight)).toBe(size);
  });
});

describe("deriveDisplayModel", () => {
  const model = (state: Partial<ViewState>) => {
    const view: ViewState = { selection: null, hovered: null, filters: DEFAULT_FILTERS, ...state };
    return deriveDisplayModel(graph, view, computeVisibility(graph, index, view.filters));
  };

  it("focuses nothing at rest", () => {
    expect(model({})).toMatchObject({ focusNodes: null, focusEdges: null, selectedEdge: null });
  });

  it("ignores a hovered or selected key the graph does not have", () => {
    expect(model({ hovered: "person:nobody", selection: { kind: "node", node: "person:nobody" } })).toMatchObject({
      focusNodes: null,
      emphasized: new Set(),
    });
  });

  it("lists the focused node's neighbours", () => {
    const { focusNodes, focusEdges } = model({ selection: { kind: "node", node: BISHKEK } });
    expect(focusNodes).toEqual(new Set([BISHKEK, "country:kyrgyzstan", "organization:shanghai-cooperation-organization"]));
    expect(focusEdges?.size).toBe(2);
  });
});

describe("sameDisplayModel", () => {
  const visibility = computeVisibility(graph, index, DEFAULT_FILTERS);
  const model = (state: Partial<ViewState>, seen = visibility) =>
    deriveDisplayModel(graph, { selection: null, hovered: null, filters: DEFAULT_FILTERS, ...state }, seen);

  it("says a click on the hovered node draws what the hover drew, so the click needs no frame", () => {
    const hovered = model({ hovered: PUTIN });
    expect(sameDisplayModel(hovered, model({ hovered: PUTIN, selection: { kind: "node", node: PUTIN } }))).toBe(true);
    // The pointer then leaves: the selection keeps the same neighbourhood in focus.
    expect(sameDisplayModel(hovered, model({ selection: { kind: "node", node: PUTIN } }))).toBe(true);
  });

  it("tells apart what draws differently: another node, a pair, nothing, other filters", () => {
    const putin = model({ selection: { kind: "node", node: PUTIN } });
    expect(sameDisplayModel(putin, model({ selection: { kind: "node", node: ROUHANI } }))).toBe(false);
    expect(sameDisplayModel(putin, model({ selection: { kind: "pair", source: PUTIN, target: ROUHANI } }))).toBe(false);
    expect(sameDisplayModel(putin, model({}))).toBe(false);
    expect(sameDisplayModel(model({}), model({}))).toBe(true);
    const filtered = computeVisibility(graph, index, { ...DEFAULT_FILTERS, minWeight: 2 });
    expect(sameDisplayModel(model({}), model({}, filtered))).toBe(false);
    // Hovering another node while one is selected focuses the hovered one.
    expect(sameDisplayModel(putin, model({ hovered: ROUHANI, selection: { kind: "node", node: PUTIN } }))).toBe(false);
  });
});

describe("node sizes on big graphs", () => {
  it("keeps the shared sizes up to 500 nodes, then scales them down with √order", () => {
    expect(nodeSizeScale(19)).toBe(1);
    expect(nodeSizeScale(500)).toBe(1);
    expect(nodeSizeScale(2_000)).toBe(0.5);
    expect(nodeSizeScale(50_000)).toBeCloseTo(0.1);
  });

  it("applies the scale, never below 1.5 pixels", () => {
    const model = deriveDisplayModel(graph, { selection: null, hovered: null, filters: DEFAULT_FILTERS }, computeVisibility(graph, index, DEFAULT_FILTERS));
    const reducer = createNodeReducer(() => model, 0.2);
    const attributes = graph.getNodeAttributes(PUTIN);
    expect(reducer(PUTIN, attributes).size).toBeCloseTo(nodeSize(attributes.mentions) * 0.2);
    expect(reducer(BISHKEK, graph.getNodeAttributes(BISHKEK)).size).toBe(1.5);
  });
});
