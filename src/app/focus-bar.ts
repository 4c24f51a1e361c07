// The bar above the graph while a scope is set: "Focus: <label>" with its depth, how many neighbours and
// Back; "Paths: <label> → <label>" with Back; and, after "Paths to…", the prompt to pick the other end
// (the next node clicked or searched). Back returns to the whole graph. DOM; returns its cleanup.
import { formatCount, h, plural } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { PICK_PATH_EVENT } from "./focus-actions.ts";
import { MAX_FOCUS_CAP } from "./url-state.ts";
import "./focus-bar.css";


/** Mounts the scope bar into `container` (hidden while the whole graph is shown). */
export function mountFocusBar(container: HTMLElement, explorer: Explorer): Dispose {
  const { store, graph } = explorer;
  const label = (node: string) => (graph.hasNode(node) ? graph.getNodeAttribute(node, "label") : node);
  // The first end of a path being picked; the next node selected is the other.
  let pickingFrom: string | null = null;

  const back = (text = "Back") =>
    h("button", { className: "scope-bar__back", attrs: { type: "button", "data-scope-back": "", title: "Back to the whole graph" } }, text);

  const render = () => {
    const { scope } = store.get();
    container.hidden = scope == null && pickingFrom === null;
    container.dataset.scope = pickingFrom !== null ? "picking" : (scope?.kind ?? "");
    if (pickingFrom !== null) {
      const cancel = h("button", { className: "scope-bar__back", attrs: { type: "button", "data-pick-cancel": "" } }, "Cancel");
      container.replaceChildren(
        h("p", { className: "scope-bar__title" }, "Paths from ", h("strong", null, label(pickingFrom)), ": click or search the other entity"),
        cancel,
      );
      return;
    }
    if (scope == null) return container.replaceChildren();
    if (scope.kind === "path") {
      const paths = explorer.scoped().paths ?? [];
      const hops = paths[0] ? paths[0].edges.length : 0;
      container.replaceChildren(
        h("p", { className: "scope-bar__title" }, "Paths: ", h("strong", null, label(scope.source)), " → ", h("strong", null, label(scope.target))),
        h("span", { className: "scope-bar__detail" }, paths.length === 0 ? "not linked under the current filters" : `${plural(paths.length, "path")} of ${plural(hops, "link")}`),
        back(),
      );
      return;
    }
    const depthButton = (depth: 1 | 2) =>
      h(
        "button",
        { className: "scope-bar__depth", attrs: { type: "button", "data-depth": String(depth), "aria-pressed": String(scope.depth === depth), title: depth === 1 ? "Its neighbours" : "Its neighbours and theirs" } },
        String(depth),
      );
    const cap = h("input", {
      className: "scope-bar__cap",
      attrs: { type: "number", min: 1, max: MAX_FOCUS_CAP, step: 1, value: String(scope.cap), "aria-label": "Most neighbours shown per step", "data-cap": "" },
    });
    const shown = (explorer.scoped().neighbourhood?.size ?? 1) - 1;
    container.replaceChildren(
      h("p", { className: "scope-bar__title" }, "Focus: ", h("strong", null, label(scope.node))),
      h("span", { className: "scope-bar__group", attrs: { role: "group", "aria-label": "Depth" } }, "Depth ", depthButton(1), depthButton(2)),
      h("label", { className: "scope-bar__group" }, "Up to ", cap, scope.depth === 1 ? " neighbours" : " per step"),
      h(
        "span",
        { className: "scope-bar__detail" },
        [plural(shown, "neighbour") + " shown", scope.expanded.length > 0 ? `${formatCount(scope.expanded.length)} expanded` : ""].filter(Boolean).join(" · "),
      ),
      back(),
    );
  };

  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("button");
    if (!target) return;
    const { scope } = store.get();
    if (target.dataset.scopeBack !== undefined) store.setScope(null);
    else if (target.dataset.pickCancel !== undefined) {
      pickingFrom = null;
      render();
    } else if (target.dataset.depth && scope?.kind === "focus") store.setScope({ ...scope, depth: target.dataset.depth === "2" ? 2 : 1 });
  };
  const onChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const { scope } = store.get();
    if (input.dataset.cap === undefined || scope?.kind !== "focus") return;
    const cap = Math.round(Number(input.value));
    if (Number.isFinite(cap) && cap >= 1) store.setScope({ ...scope, cap: Math.min(MAX_FOCUS_CAP, cap) });
    else input.value = String(scope.cap);
  };
  const onPick = (event: Event) => {
    const node = (event as CustomEvent<{ node: string }>).detail.node;
    if (!graph.hasNode(node)) return;
    pickingFrom = node;
    render();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape" && pickingFrom !== null) {
      pickingFrom = null;
      render();
    }
  };

  container.addEventListener("click", onClick);
  container.addEventListener("change", onChange);
  document.addEventListener(PICK_PATH_EVENT, onPick);
  document.addEventListener("keydown", onKeyDown);
  const unsubscribe = store.subscribe((state, change) => {
    const selection = state.selection;
    if (change === "selection" && pickingFrom !== null && selection?.kind === "node" && selection.node !== pickingFrom) {
      const source = pickingFrom;
      const target = selection.node;
      pickingFrom = null;
      // After every listener has heard of this selection (a change made inside one would reach the rest
      // before the one they are hearing about). The paths list shows in the panel once nothing is selected.
      queueMicrotask(() => {
        store.setScope({ kind: "path", source, target });
        store.setSelection(null);
      });
      return;
    }
    if (change === "scope" || change === "filters") render();
  });
  render();
  return () => {
    unsubscribe();
    container.removeEventListener("click", onClick);
    container.removeEventListener("change", onChange);
    document.removeEventListener(PICK_PATH_EVENT, onPick);
    document.removeEventListener("keydown", onKeyDown);
    container.replaceChildren();
  };
}
