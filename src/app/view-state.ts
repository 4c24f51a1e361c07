// The explorer's view state: what is selected, hovered and filtered. One small object, changed through
// named setters; listeners hear about every change and the renderer decides what to redraw.
import type { RelationClass } from "../extract/relation-verbs.ts";
import type { EntityType } from "../extract/types.ts";

/** What the details panel shows: one entity, or the sentences two entities share. */
export type Selection = { kind: "node"; node: string } | { kind: "pair"; source: string; target: string };

/**
 * What part of the graph the view is about: the whole graph (null), a node's neighbourhood (Focus, with
 * the neighbours expanded since), or the shortest paths between two entities.
 */
export type Scope =
  | { kind: "focus"; node: string; depth: 1 | 2; cap: number; expanded: string[] }
  | { kind: "path"; source: string; target: string };

/** Which part of the graph counts. Arrays, not sets, so the state serialises and compares simply. */
export interface Filters {
  hiddenTypes: EntityType[];
  /** Edges with fewer shared sentences are hidden. */
  minWeight: number;
  /** Nodes with fewer mentions are hidden. */
  minMentions: number;
  /** Ids of documents whose sentences do not count. */
  excludedDocuments: string[];
  /** The timeline's brushed range: only documents dated in it count (src/app/timeline-range.ts); null: any date. */
  dateRange: DateRange | null;
  /** Undated documents do not count (the timeline's "N undated" box unticked). */
  excludeUndated: boolean;
  /** Only links with a relation of this class are shown; null: every link. */
  relationClass: RelationClass | null;
}

/** A range of dates, both ends included, each `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a timeline bin's key). */
export interface DateRange {
  from: string;
  to: string;
}

/** The whole view state. */
export interface ViewState {
  selection: Selection | null;
  hovered: string | null;
  filters: Filters;
  /** Focus or paths; null for the whole graph. */
  scope?: Scope | null;
}

/** What changed, so listeners can skip work: a hover needs no new panel, a filter needs new counts. */
export type ViewChange = "selection" | "hovered" | "filters" | "scope";

/** Filters that hide nothing. */
export const DEFAULT_FILTERS: Readonly<Filters> = {
  hiddenTypes: [],
  minWeight: 1,
  minMentions: 1,
  excludedDocuments: [],
  dateRange: null,
  excludeUndated: false,
  relationClass: null,
};

/** A view state store: `get` returns the current state, setters replace parts of it and notify. */
export interface ViewStore {
  get(): ViewState;
  setSelection(selection: Selection | null): void;
  /**
   * Sets the selection without telling the listeners: for the explorer's update in place after a
   * correction, which tells each part of the page itself (MountedPanel.graphChanged), each once.
   */
  replaceSelection(selection: Selection | null): void;
  setHovered(node: string | null): void;
  setFilters(filters: Partial<Filters>): void;
  setScope(scope: Scope | null): void;
  /** Tells listeners the filters apply anew, unchanged: what they depend on (the evidence index) has arrived. */
  reapplyFilters(): void;
  subscribe(listener: (state: ViewState, change: ViewChange) => void): () => void;
}

/** Creates a view state store, starting from `initial` (for example decoded from the URL). */
export function createViewStore(initial: Partial<ViewState> = {}): ViewStore {
  let state: ViewState = {
    selection: initial.selection ?? null,
    hovered: initial.hovered ?? null,
    filters: { ...DEFAULT_FILTERS, ...initial.filters },
    scope: initial.scope ?? null,
  };
  const listeners = new Set<(state: ViewState, change: ViewChange) => void>();
  const update = (next: ViewState, change: ViewChange) => {
    state = next;
    for (const listener of [...listeners]) listener(state, change);
  };

  return {
    get: () => state,
    setSelection(selection) {
      if (sameSelection(state.selection, selection)) return;
      update({ ...state, selection }, "selection");
    },
    replaceSelection(selection) {
      if (!sameSelection(state.selection, selection)) state = { ...state, selection };
    },
    setHovered(hovered) {
      if (state.hovered === hovered) return;
      update({ ...state, hovered }, "hovered");
    },
    setFilters(filters) {
      const next = { ...state.filters, ...filters };
      if (sameFilters(state.filters, next)) return;
      update({ ...state, filters: next }, "filters");
    },
    setScope(scope) {
      if (sameScope(state.scope ?? null, scope)) return;
      update({ ...state, scope }, "scope");
    },
    reapplyFilters() {
      update({ ...state, filters: { ...state.filters } }, "filters");
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** True when two selections show the same thing (a pair is the same in either order). */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === "node") return b.kind === "node" && a.node === b.node;
  if (b.kind === "node") return false;
  return (a.source === b.source && a.target === b.target) || (a.source === b.target && a.target === b.source);
}

/** True when two scopes show the same part of the graph. */
export function sameScope(a: Scope | null, b: Scope | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind === "path") return b.kind === "path" && a.source === b.source && a.target === b.target;
  return b.kind === "focus" && a.node === b.node && a.depth === b.depth && a.cap === b.cap && sameMembers(a.expanded, b.expanded);
}

/** True when two filter sets hide the same things. */
export function sameFilters(a: Filters, b: Filters): boolean {
  return (
    a.minWeight === b.minWeight &&
    a.minMentions === b.minMentions &&
    sameMembers(a.hiddenTypes, b.hiddenTypes) &&
    sameMembers(a.excludedDocuments, b.excludedDocuments) &&
    a.dateRange?.from === b.dateRange?.from &&
    a.dateRange?.to === b.dateRange?.to &&
    a.excludeUndated === b.excludeUndated &&
    a.relationClass === b.relationClass
  );
}

function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((item) => set.has(item));
}
