// Selection and filters ↔ the URL's fragment, so a reload or a shared link brings the same view back.
// Pure: `encodeViewState` returns the fragment, `decodeViewState` reads one; checking keys against the
// graph is `reconcileViewState`'s job.
// Example: #node=person:vladimir-putin&with=person:hassan-rouhani&hide=place&minWeight=2&from=2019-01&to=2019-03&undated=0&relation=opposes
// A scope: #focus=country:iran&depth=2&cap=40&expand=person:hassan-rouhani, or #path=person:a,person:b
// The look (src/app/look-store.ts): #size=pagerank&colour=community
import { normalizeDate } from "../extract/document-date.ts";
import { RELATION_CLASSES } from "../extract/relation-verbs.ts";
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";
import { DEFAULT_LOOK } from "./look-store.ts";
import { COLOUR_OPTIONS, SIZE_OPTIONS, type ColourBy, type SizeBy } from "./node-look.ts";
import { DEFAULT_FILTERS, type DateRange, type Scope, type Selection, type ViewState } from "./view-state.ts";

/**
 * The part of the view state the URL keeps, and what nodes' size and colour follow; a URL without a scope,
 * a size or a colour decodes without that field.
 */
export type UrlState = Pick<ViewState, "selection" | "filters"> & { scope?: Scope | null; sizeBy?: SizeBy; colourBy?: ColourBy };


/** Neighbours a focus shows when the URL does not say (the focus bar lets the user change it). */
export const DEFAULT_FOCUS_CAP = 30;
/** The most neighbours a focus may be asked for: more would be the hairball again. */
export const MAX_FOCUS_CAP = 500;

/** Encodes the scope, the selection and the filters that differ from the defaults as a fragment (without "#"). */
export function encodeViewState({ selection, filters, scope = null, sizeBy = DEFAULT_LOOK.sizeBy, colourBy = DEFAULT_LOOK.colourBy }: UrlState): string {
  const params: [string, string][] = [];
  if (scope?.kind === "focus") {
    params.push(["focus", scope.node], ["depth", String(scope.depth)]);
    if (scope.cap !== DEFAULT_FOCUS_CAP) params.push(["cap", String(scope.cap)]);
    for (const node of scope.expanded) params.push(["expand", node]);
  }
  if (scope?.kind === "path") params.push(["path", `${scope.source},${scope.target}`]);
  if (selection?.kind === "node") params.push(["node", selection.node]);
  if (selection?.kind === "pair") params.push(["node", selection.source], ["with", selection.target]);
  const hiddenTypes = ENTITY_TYPES.filter((type) => filters.hiddenTypes.includes(type));
  if (hiddenTypes.length > 0) params.push(["hide", hiddenTypes.join(",")]);
  if (filters.minWeight > DEFAULT_FILTERS.minWeight) params.push(["minWeight", String(filters.minWeight)]);
  if (filters.minMentions > DEFAULT_FILTERS.minMentions) params.push(["minMentions", String(filters.minMentions)]);
  for (const doc of [...filters.excludedDocuments].sort()) params.push(["skipDoc", doc]);
  if (filters.dateRange) params.push(["from", filters.dateRange.from], ["to", filters.dateRange.to]);
  if (filters.excludeUndated) params.push(["undated", "0"]);
  if (filters.relationClass) params.push(["relation", filters.relationClass]);
  if (sizeBy !== DEFAULT_LOOK.sizeBy) params.push(["size", sizeBy]);
  if (colourBy !== DEFAULT_LOOK.colourBy) params.push(["colour", colourBy]);
  return params.map(([name, value]) => `${name}=${encodeValue(value)}`).join("&");
}

/** Decodes a fragment (with or without "#"); anything malformed falls back to the default. */
export function decodeViewState(fragment: string): UrlState {
  const params = new URLSearchParams(fragment.replace(/^#/, ""));
  const node = params.get("node");
  const other = params.get("with");
  let selection: Selection | null = null;
  if (node) selection = other && other !== node ? { kind: "pair", source: node, target: other } : { kind: "node", node };

  const hiddenTypes = (params.get("hide") ?? "")
    .split(",")
    .filter((type): type is EntityType => (ENTITY_TYPES as readonly string[]).includes(type));
  const scope = decodeScope(params);
  const sizeBy = SIZE_OPTIONS.find(({ id }) => id === params.get("size"))?.id;
  const colourBy = COLOUR_OPTIONS.find(({ id }) => id === params.get("colour"))?.id;
  return {
    ...(scope ? { scope } : {}),
    ...(sizeBy ? { sizeBy } : {}),
    ...(colourBy ? { colourBy } : {}),
    selection,
    filters: {
      hiddenTypes: [...new Set(hiddenTypes)],
      minWeight: readCount(params.get("minWeight"), DEFAULT_FILTERS.minWeight),
      minMentions: readCount(params.get("minMentions"), DEFAULT_FILTERS.minMentions),
      excludedDocuments: [...new Set(params.getAll("skipDoc").filter((doc) => doc !== ""))],
      dateRange: readRange(params.get("from"), params.get("to")),
      excludeUndated: params.get("undated") === "0",
      relationClass: RELATION_CLASSES.find((relationClass) => relationClass === params.get("relation")) ?? null,
    },
  };
}

/** Drops what a URL names but the graph does not have: unknown nodes and documents. */
export function reconcileViewState(
  state: UrlState,
  hasNode: (key: string) => boolean,
  hasDocument: (id: string) => boolean,
): UrlState {
  const { selection, filters } = state;
  let kept: Selection | null = null;
  if (selection?.kind === "node" && hasNode(selection.node)) kept = selection;
  if (selection?.kind === "pair") {
    if (hasNode(selection.source) && hasNode(selection.target)) kept = selection;
    else if (hasNode(selection.source)) kept = { kind: "node", node: selection.source };
  }
  const excludedDocuments = filters.excludedDocuments.filter(hasDocument);
  const scope = state.scope ? reconcileScope(state.scope, hasNode) : null;
  const look = { ...(state.sizeBy ? { sizeBy: state.sizeBy } : {}), ...(state.colourBy ? { colourBy: state.colourBy } : {}) };
  return { ...(scope ? { scope } : {}), ...look, selection: kept, filters: { ...filters, excludedDocuments } };
}

/** A focus on a node the graph has (its unknown expansions dropped), or a path between two it has. */
function reconcileScope(scope: Scope, hasNode: (key: string) => boolean): Scope | null {
  if (scope.kind === "path") return hasNode(scope.source) && hasNode(scope.target) ? scope : null;
  return hasNode(scope.node) ? { ...scope, expanded: scope.expanded.filter(hasNode) } : null;
}

/** `focus`, `depth`, `cap` and `expand`, or `path=a,b` (node keys are slugs: no commas). */
function decodeScope(params: URLSearchParams): Scope | null {
  const focus = params.get("focus");
  if (focus) {
    const depth = params.get("depth") === "2" ? 2 : 1;
    const cap = Math.min(MAX_FOCUS_CAP, readCount(params.get("cap"), DEFAULT_FOCUS_CAP));
    const expanded = [...new Set(params.getAll("expand").filter((node) => node !== "" && node !== focus))];
    return { kind: "focus", node: focus, depth, cap, expanded };
  }
  const [source, target, ...rest] = (params.get("path") ?? "").split(",");
  if (source && target && rest.length === 0 && source !== target) return { kind: "path", source, target };
  return null;
}

/** Whole numbers of at least 1; anything else is the default. */
function readCount(value: string | null, fallback: number): number {
  if (value === null || !/^\d{1,9}$/.test(value)) return fallback;
  return Math.max(1, Number(value));
}

/** Both ends, each a valid date; a reversed range is put in order; anything else is no range. */
function readRange(from: string | null, to: string | null): DateRange | null {
  const start = from === null ? null : normalizeDate(from);
  const end = to === null ? null : normalizeDate(to);
  if (start === null || end === null || start !== from || end !== to) return null;
  return start <= end ? { from: start, to: end } : { from: end, to: start };
}

/** Percent-encodes a value but keeps ":" and "," readable (both are safe in a fragment). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ":").replace(/%2C/gi, ",");
}
