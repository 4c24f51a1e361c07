// changedDisplay against the reducers themselves: for pairs of view states on the sample graph, every node
// and edge the reducers draw differently is among the items it names, and a change of the selected node
// names only that node's and the other's neighbourhoods (what a merge's frame reduces again).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { changedDisplay } from "../../src/app/changed-display.ts";
import { createEdgeReducer, createNodeReducer, deriveDisplayModel, type DisplayModel } from "../../src/app/reducers.ts";
import { DEFAULT_FILTERS, type Filters, type Selection, type ViewState } from "../../src/app/view-state.ts";
import { computeVisibility } from "../../src/app/visibility.ts";
import { importGraph, indexGraphFile, loadSmallGraphFile } from "./helpers.ts";

const file = loadSmallGraphFile();
const graph = importGraph(file);
const index = indexGraphFile(file);
const NODES = graph.nodes();
const PUTIN = "person:vladimir-putin";
const ROUHANI = "person:hassan-rouhani";

function modelOf(state: Partial<ViewState>, filters: Partial<Filters> = {}): DisplayModel {
  const view: ViewState = { selection: null, hovered: null, ...state, filters: { ...DEFAULT_FILTERS, ...filters } };
  return deriveDisplayModel(graph, view, computeVisibility(graph, index, view.filters));
}

/** The items the reducers draw differently under the two models. */
function redrawn(before: DisplayModel, after: DisplayModel): { nodes: string[]; edges: string[] } {
  const reduce = (model: DisplayModel) => ({ node: createNodeReducer(() => model), edge: createEdgeReducer(() => model) });
  const [a, b] = [reduce(before), reduce(after)];
  return {
    nodes: graph.filterNodes((key, attributes) => JSON.stringify(a.node(key, attributes)) !== JSON.stringify(b.node(key, attributes))),
    edges: graph.filterEdges((key, attributes) => JSON.stringify(a.edge(key, attributes)) !== JSON.stringify(b.edge(key, attributes))),
  };
}

function expectCovered(before: DisplayModel, after: DisplayModel): void {
  const changed = changedDisplay(before, after);
  const { nodes, edges } = redrawn(before, after);
  if (changed.nodes !== null) expect(nodes.filter((node) => !changed.nodes!.has(node))).toEqual([]);
  if (changed.edges !== null) expect(edges.filter((edge) => !changed.edges!.has(edge))).toEqual([]);
}

describe("changedDisplay", () => {
  it("names only the two neighbourhoods when the selected node changes, and each item drawn differently", () => {
    const before = modelOf({ selection: { kind: "node", node: ROUHANI } });
    const after = modelOf({ selection: { kind: "node", node: PUTIN } });
    const { nodes, edges } = changedDisplay(before, after);
    const neighbourhoods = new Set([PUTIN, ROUHANI, ...graph.neighbors(PUTIN), ...graph.neighbors(ROUHANI)]);
    expect(nodes).not.toBeNull();
    expect([...nodes!].every((node) => neighbourhoods.has(node))).toBe(true);
    expect(new Set(edges)).toEqual(new Set([...graph.edges(PUTIN), ...graph.edges(ROUHANI)].filter((edge) => !graph.hasExtremity(edge, PUTIN) || !graph.hasExtremity(edge, ROUHANI))));
    expect(nodes!.size).toBeLessThan(graph.order);
    expectCovered(before, after);
  });

  it("names nothing for the same view, and everything when a focus comes or goes", () => {
    const selected = modelOf({ selection: { kind: "node", node: PUTIN } });
    expect(changedDisplay(selected, modelOf({ selection: { kind: "node", node: PUTIN } }))).toEqual({ nodes: new Set(), edges: new Set() });
    expect(changedDisplay(modelOf({}), selected)).toEqual({ nodes: null, edges: null });
    expect(changedDisplay(selected, modelOf({}))).toEqual({ nodes: null, edges: null });
  });

  it("names the nodes and links a filter hides or shows again", () => {
    const before = modelOf({ selection: { kind: "node", node: PUTIN } });
    const after = modelOf({ selection: { kind: "node", node: PUTIN } }, { minMentions: 3 });
    const { nodes } = changedDisplay(before, after);
    expect(nodes!.size).toBeGreaterThan(0);
    expectCovered(before, after);
  });

  it("covers every item the reducers draw differently, for any two view states", () => {
    const node = fc.constantFrom(...NODES);
    const selection: fc.Arbitrary<Selection | null> = fc.oneof(
      fc.constant(null),
      node.map((key) => ({ kind: "node", node: key }) as const),
      fc.tuple(node, node).map(([source, target]) => ({ kind: "pair", source, target }) as const),
    );
    const state = fc.record({
      selection,
      hovered: fc.option(node, { nil: null }),
      filters: fc.record({ minMentions: fc.integer({ min: 1, max: 6 }), minWeight: fc.integer({ min: 1, max: 3 }), hiddenTypes: fc.subarray(["person", "place", "country", "organization", "group"] as const) }),
    });
    fc.assert(
      fc.property(state, state, (a, b) => {
        const model = ({ selection, hovered, filters }: typeof a) => modelOf({ selection, hovered }, { ...filters, hiddenTypes: [...filters.hiddenTypes] });
        expectCovered(model(a), model(b));
      }),
      { numRuns: 300 },
    );
  });
});
