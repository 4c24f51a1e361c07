// A node's panel → the buttons that change the scope: Focus on it, Expand it (inside a focus), Paths to…
// (the next entity clicked or searched is the other end). The buttons carry `data-scope-action`; the
// panel hands their clicks to `runScopeAction`. DOM only; the scope lives in the view store.
import { h } from "./dom.ts";
import type { Explorer } from "./explorer.ts";
import { DEFAULT_FOCUS_CAP } from "./url-state.ts";

/** The event a "Paths to…" click sends up the page (the scope bar listens): pick the other end. */
export const PICK_PATH_EVENT = "entity-graph:pick-path";

/** What a scope button does. */
export type ScopeAction = "focus" | "expand" | "paths";

/** The scope buttons for a node's panel. */
export function focusActions(explorer: Explorer, node: string): HTMLElement {
  const scope = explorer.store.get().scope;
  const inFocus = scope?.kind === "focus" && explorer.scoped().neighbourhood?.has(node) === true;
  const centre = scope?.kind === "focus" && (scope.node === node || scope.expanded.includes(node));
  const button = (action: ScopeAction, text: string, title: string) =>
    h("button", { className: "scope-action", attrs: { type: "button", "data-scope-action": action, "data-for": node, title } }, text);
  return h(
    "div",
    { className: "focus-actions", attrs: { role: "group", "aria-label": "View" } },
    !(scope?.kind === "focus" && scope.node === node) && button("focus", "Focus", "Show only it and its neighbourhood"),
    inFocus && !centre && button("expand", "Expand", "Add its neighbours to the focus"),
    button("paths", "Paths to…", "Shortest paths from it to another entity: click or search the other one"),
  );
}

/** Runs a scope button's action for `node`; `from` is the element clicked (the pick event starts there). */
export function runScopeAction(explorer: Explorer, action: ScopeAction, node: string, from: HTMLElement): void {
  const { store, graph } = explorer;
  if (!graph.hasNode(node)) return;
  const scope = store.get().scope;
  if (action === "focus") {
    const depth = scope?.kind === "focus" ? scope.depth : 1;
    const cap = scope?.kind === "focus" ? scope.cap : DEFAULT_FOCUS_CAP;
    store.setScope({ kind: "focus", node, depth, cap, expanded: [] });
  } else if (action === "expand" && scope?.kind === "focus" && !scope.expanded.includes(node)) {
    store.setScope({ ...scope, expanded: [...scope.expanded, node] });
  } else if (action === "paths") {
    from.dispatchEvent(new CustomEvent(PICK_PATH_EVENT, { bubbles: true, detail: { node } }));
  }
}

/** True for a scope action name (what a button's `data-scope-action` says). */
export function isScopeAction(value: string | undefined): value is ScopeAction {
  return value === "focus" || value === "expand" || value === "paths";
}
