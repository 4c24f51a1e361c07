// Keeps the URL's fragment in step with the selection, scope, filters and look (size and colour by): a new
// selection or scope is a history entry (Back returns to the previous one), a filter or look change
// replaces the current entry.
import type { Dispose, Explorer } from "./explorer.ts";
import { DEFAULT_LOOK } from "./look-store.ts";
import { decodeViewState, encodeViewState, reconcileViewState, type UrlState } from "./url-state.ts";

/** Reads the view state the current URL asks for, keeping only what the graph has. */
export function readUrlState(hasNode: (key: string) => boolean, hasDocument: (id: string) => boolean): UrlState {
  return reconcileViewState(decodeViewState(window.location.hash), hasNode, hasDocument);
}

/** Mounts the two-way sync between the view store and the URL. */
export function mountUrlSync(explorer: Explorer): Dispose {
  const { store, graph, file, look } = explorer;
  const documents = new Set(file.documents.map((doc) => doc.id));
  const urlFor = (fragment: string) => (fragment ? `#${fragment}` : window.location.pathname + window.location.search);

  // While the URL's state is being applied, the store's changes are not written back one by one (a scope
  // set before its selection would push a fragment the URL never had); the result replaces the entry.
  let applying = false;
  const fragmentNow = () => encodeViewState({ ...store.get(), sizeBy: look.get().sizeBy, colourBy: look.get().colourBy });
  const write = (history: "push" | "replace") => {
    if (applying) return;
    const fragment = fragmentNow();
    if (fragment === window.location.hash.replace(/^#/, "")) return;
    if (history === "push") window.history.pushState(null, "", urlFor(fragment));
    else window.history.replaceState(null, "", urlFor(fragment));
  };
  const unsubscribe = store.subscribe((_state, change) => {
    if (change !== "hovered") write(change === "selection" || change === "scope" ? "push" : "replace");
  });
  // Metrics arriving change no fragment: only a new choice of size or colour is written.
  const unsubscribeLook = look.subscribe(() => write("replace"));

  const onNavigate = () => {
    const { selection, filters, scope = null, sizeBy = DEFAULT_LOOK.sizeBy, colourBy = DEFAULT_LOOK.colourBy } = readUrlState(
      (key) => graph.hasNode(key),
      (id) => documents.has(id),
    );
    applying = true;
    try {
      store.setFilters(filters);
      store.setScope(scope);
      store.setSelection(selection);
      look.setSizeBy(sizeBy);
      look.setColourBy(colourBy);
    } finally {
      applying = false;
    }
    const fragment = fragmentNow();
    if (fragment !== window.location.hash.replace(/^#/, "")) window.history.replaceState(null, "", urlFor(fragment));
    if (selection) explorer.flyTo(selection.kind === "node" ? selection.node : selection.source);
  };
  window.addEventListener("popstate", onNavigate);
  window.addEventListener("hashchange", onNavigate);
  return () => {
    unsubscribe();
    unsubscribeLook();
    window.removeEventListener("popstate", onNavigate);
    window.removeEventListener("hashchange", onNavigate);
  };
}
