import { describe, expect, it } from "vitest";
import { DEFAULT_FOCUS_CAP, MAX_FOCUS_CAP, decodeViewState, encodeViewState, reconcileViewState, type UrlState } from "../../src/app/url-state.ts";
import { DEFAULT_FILTERS, type Scope } from "../../src/app/view-state.ts";

const state = (partial: Partial<UrlState["filters"]> = {}, selection: UrlState["selection"] = null): UrlState => ({
  selection,
  filters: { ...DEFAULT_FILTERS, ...partial },
});

describe("encodeViewState", () => {
  it.each<[string, UrlState, string]>([
    ["nothing for the default view", state(), ""],
    ["a node", state({}, { kind: "node", node: "person:vladimir-putin" }), "node=person:vladimir-putin"],
    [
      "a pair",
      state({}, { kind: "pair", source: "person:vladimir-putin", target: "person:hassan-rouhani" }),
      "node=person:vladimir-putin&with=person:hassan-rouhani",
    ],
    ["hidden types in legend order", state({ hiddenTypes: ["organization", "place"] }), "hide=place,organization"],
    ["thresholds above 1", state({ minWeight: 2, minMentions: 5 }), "minWeight=2&minMentions=5"],
    ["excluded documents, sorted", state({ excludedDocuments: ["b.txt", "a b&c.txt"] }), "skipDoc=a%20b%26c.txt&skipDoc=b.txt"],
    ["a date range", state({ dateRange: { from: "2019-01", to: "2019-03" } }), "from=2019-01&to=2019-03"],
    ["undated documents left out", state({ excludeUndated: true }), "undated=0"],
    ["a relation class", state({ relationClass: "member-of" }), "relation=member-of"],
    ["size by PageRank and colour by community, last", { ...state({ minWeight: 2 }), sizeBy: "pagerank", colourBy: "community" }, "minWeight=2&size=pagerank&colour=community"],
    ["nothing for the default look", { ...state(), sizeBy: "mentions", colourBy: "type" }, ""],
  ])("encodes %s", (_name, input, expected) => {
    expect(encodeViewState(input)).toBe(expected);
  });
});

describe("decodeViewState", () => {
  it.each<UrlState>([
    state(),
    state({}, { kind: "node", node: "place:hmeimim" }),
    state({ hiddenTypes: ["person", "country"], minWeight: 3 }, { kind: "pair", source: "person:a", target: "country:b" }),
    state({ minMentions: 12, excludedDocuments: ["folder/news, part 1.txt", "x=y&z.txt", "ünïcode.txt"] }),
    state({}, { kind: "node", node: "organization:a&b=c #1" }),
    state({ dateRange: { from: "2019-01-04", to: "2019-02-28" }, excludeUndated: true, relationClass: "opposes" }, { kind: "node", node: "place:hmeimim" }),
    state({ dateRange: { from: "2015", to: "2024" } }),
    { ...state({}, { kind: "node", node: "country:iran" }), sizeBy: "weightedDegree", colourBy: "community" },
    { ...state(), sizeBy: "betweenness" },
    { ...state(), colourBy: "community" },
  ])("round-trips %j", (input) => {
    const decoded = decodeViewState(`#${encodeViewState(input)}`);
    expect(decoded).toEqual({
      ...input,
      filters: { ...input.filters, excludedDocuments: [...input.filters.excludedDocuments].sort() },
    });
  });

  it.each([
    ["", state()],
    ["#", state()],
    ["#hide=place,planet,,place", state({ hiddenTypes: ["place"] })],
    ["#minWeight=-2&minMentions=abc", state()],
    ["#minWeight=0&minMentions=2.5", state()],
    ["#minWeight=1e3", state()],
    ["#size=planet&colour=rainbow", state()],
    ["#size=PageRank&colour=", state()],
    ["#with=person:a", state()],
    ["#node=person:a&with=person:a", state({}, { kind: "node", node: "person:a" })],
    ["#node=", state()],
    ["#skipDoc=&skipDoc=a.txt&skipDoc=a.txt", state({ excludedDocuments: ["a.txt"] })],
    ["#from=2019-01", state()],
    ["#from=2019-13&to=2019-14", state()],
    ["#from=2019-02-30&to=2019-03-01", state()],
    ["#from=19&to=2019", state()],
    ["#from=2019-03&to=2019-01", state({ dateRange: { from: "2019-01", to: "2019-03" } })],
    ["#undated=no", state()],
    ["#relation=likes", state()],
  ])("falls back to defaults for what is malformed in %j", (fragment, expected) => {
    expect(decodeViewState(fragment)).toEqual(expected);
  });
});

describe("reconcileViewState", () => {
  const nodes = new Set(["person:a", "person:b"]);
  const docs = new Set(["a.txt"]);
  const reconcile = (input: UrlState) =>
    reconcileViewState(
      input,
      (key) => nodes.has(key),
      (id) => docs.has(id),
    );

  it("keeps what the graph has", () => {
    const input = state({ excludedDocuments: ["a.txt"] }, { kind: "pair", source: "person:a", target: "person:b" });
    expect(reconcile(input)).toEqual(input);
  });

  it("drops an unknown node and unknown documents", () => {
    expect(reconcile(state({ excludedDocuments: ["gone.txt", "a.txt"] }, { kind: "node", node: "person:zz" }))).toEqual(
      state({ excludedDocuments: ["a.txt"] }),
    );
  });

  it("falls back from a pair with an unknown partner to its known node", () => {
    expect(reconcile(state({}, { kind: "pair", source: "person:a", target: "person:zz" }))).toEqual(
      state({}, { kind: "node", node: "person:a" }),
    );
    expect(reconcile(state({}, { kind: "pair", source: "person:zz", target: "person:a" }))).toEqual(state());
  });
});

describe("the scope in the URL", () => {
  const focus = (node: string, depth: 1 | 2 = 1, cap = DEFAULT_FOCUS_CAP, expanded: string[] = []): Scope => ({ kind: "focus", node, depth, cap, expanded });

  it.each<[string, UrlState, string]>([
    ["a focus", { ...state(), scope: focus("country:iran") }, "focus=country:iran&depth=1"],
    ["a deeper, wider, expanded focus", { ...state(), scope: focus("country:iran", 2, 80, ["person:a", "person:b"]) }, "focus=country:iran&depth=2&cap=80&expand=person:a&expand=person:b"],
    ["paths", { ...state(), scope: { kind: "path", source: "person:a", target: "person:b" } }, "path=person:a,person:b"],
    ["a focus with a selection", { ...state({}, { kind: "node", node: "person:a" }), scope: focus("country:iran") }, "focus=country:iran&depth=1&node=person:a"],
  ])("encodes %s and reads it back", (_name, input, fragment) => {
    expect(encodeViewState(input)).toBe(fragment);
    expect(decodeViewState(`#${fragment}`)).toEqual(input);
  });

  it.each([
    ["#focus=country:iran", focus("country:iran")],
    ["#focus=country:iran&depth=7&cap=abc", focus("country:iran")],
    ["#focus=country:iran&cap=100000", focus("country:iran", 1, MAX_FOCUS_CAP)],
    ["#focus=country:iran&expand=country:iran&expand=&expand=person:a&expand=person:a", focus("country:iran", 1, DEFAULT_FOCUS_CAP, ["person:a"])],
  ])("falls back to defaults for what is malformed in %j", (fragment, scope) => {
    expect(decodeViewState(fragment).scope).toEqual(scope);
  });

  it.each(["#path=person:a", "#path=person:a,person:a", "#path=a,b,c", "#focus="])("reads no scope from %j", (fragment) => {
    expect(decodeViewState(fragment)).not.toHaveProperty("scope");
  });

  it("drops a scope on a node the graph lacks, and expansions it lacks", () => {
    const has = (key: string) => key !== "person:zz";
    const keep = (scope: Scope) => reconcileViewState({ ...state(), scope }, has, () => true).scope;
    expect(keep(focus("person:zz"))).toBeUndefined();
    expect(keep(focus("person:a", 1, 5, ["person:zz", "person:b"]))).toEqual(focus("person:a", 1, 5, ["person:b"]));
    expect(keep({ kind: "path", source: "person:a", target: "person:zz" })).toBeUndefined();
  });
});
