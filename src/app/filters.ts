// The filter controls: minimum edge weight, minimum mentions, and which documents count. The entity
// types are filtered from the legend. Every control writes through the view store's setFilters.
import { formatCount, h } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { DEFAULT_FILTERS, sameFilters, type Filters } from "./view-state.ts";

/** Delay before a dragged slider applies, so a drag does not redraw a big graph at every step. */
const SLIDER_DELAY_MS = 120;
/** Above this many documents the list gets a box to narrow it by title. */
const DOCUMENT_FILTER_FROM = 8;

/** Mounts the filter controls into `container`. */
export function mountFilters(container: HTMLElement, explorer: Explorer): Dispose {
  const { store, graph, file } = explorer;
  let maxWeight = 1;
  graph.forEachEdge((_edge, attributes) => (maxWeight = Math.max(maxWeight, attributes.weight)));
  let maxMentions = 1;
  graph.forEachNode((_node, attributes) => (maxMentions = Math.max(maxMentions, attributes.mentions)));

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const weight = numberControl("min-weight", "Minimum link weight", "Sentences two entities share", maxWeight, (value) =>
    store.setFilters({ minWeight: value }),
  );
  const mentions = numberControl("min-mentions", "Minimum mentions", "Times an entity is named", maxMentions, (value) =>
    store.setFilters({ minMentions: value }),
  );

  const sentencesPerDocument = new Map<string, number>();
  for (const sentence of file.sentences) {
    for (const doc of sentence.documents) sentencesPerDocument.set(doc, (sentencesPerDocument.get(doc) ?? 0) + 1);
  }
  const checkboxes = new Map<string, HTMLInputElement>();
  const rows = new Map<string, HTMLElement>();
  const documentList = h("ul", { className: "documents" });
  for (const doc of file.documents) {
    const checkbox = h("input", {
      attrs: { type: "checkbox", "data-document": doc.id },
      on: { change: () => setExcluded((excluded) => (checkbox.checked ? excluded.delete(doc.id) : excluded.add(doc.id))) },
    });
    checkboxes.set(doc.id, checkbox);
    const row = h(
      "li",
      null,
      h(
        "label",
        { className: "documents__item", attrs: { title: doc.path } },
        checkbox,
        h("span", { className: "documents__title" }, doc.title || doc.id),
        h("span", { className: "documents__count" }, formatCount(sentencesPerDocument.get(doc.id) ?? 0)),
      ),
    );
    rows.set(doc.id, row);
    documentList.append(row);
  }

  const setExcluded = (change: (excluded: Set<string>) => void) => {
    const excluded = new Set(store.get().filters.excludedDocuments);
    change(excluded);
    store.setFilters({ excludedDocuments: file.documents.map((doc) => doc.id).filter((id) => excluded.has(id)) });
  };
  const narrow = h("input", {
    className: "documents__filter",
    attrs: { type: "text", placeholder: "Filter documents by title", "aria-label": "Filter documents by title" },
    on: {
      input: () => {
        const query = narrow.value.trim().toLowerCase();
        for (const doc of file.documents) {
          const row = rows.get(doc.id);
          if (row) row.hidden = query !== "" && !`${doc.title} ${doc.path}`.toLowerCase().includes(query);
        }
      },
    },
  });
  const reset = h(
    "button",
    { className: "text-button", attrs: { type: "button" }, on: { click: () => store.setFilters({ ...DEFAULT_FILTERS }) } },
    "Reset filters",
  );

  container.replaceChildren(
    h("div", { className: "sidebar__heading" }, h("h2", { className: "sidebar__title" }, "Filters"), reset),
    weight.element,
    mentions.element,
    h(
      "fieldset",
      { className: "field documents-field" },
      h(
        "legend",
        { className: "field__label" },
        "Documents",
        h(
          "span",
          { className: "field__actions" },
          h("button", { className: "text-button", attrs: { type: "button" }, on: { click: () => setExcluded((excluded) => excluded.clear()) } }, "All"),
          h(
            "button",
            { className: "text-button", attrs: { type: "button" }, on: { click: () => setExcluded((excluded) => file.documents.forEach((doc) => excluded.add(doc.id))) } },
            "None",
          ),
        ),
      ),
      file.documents.length >= DOCUMENT_FILTER_FROM && narrow,
      documentList,
    ),
  );

  const render = (filters: Filters) => {
    weight.set(filters.minWeight);
    mentions.set(filters.minMentions);
    const excluded = new Set(filters.excludedDocuments);
    for (const [id, checkbox] of checkboxes) checkbox.checked = !excluded.has(id);
    reset.hidden = sameFilters(filters, DEFAULT_FILTERS);
  };
  render(store.get().filters);
  const unsubscribe = store.subscribe((state, change) => {
    if (change === "filters") render(state.filters);
  });
  return () => {
    unsubscribe();
    for (const timer of timers) clearTimeout(timer);
    container.replaceChildren();
  };

  function numberControl(id: string, label: string, unit: string, max: number, apply: (value: number) => void) {
    const range = h("input", { attrs: { type: "range", id: `${id}-range`, min: 1, max, step: 1, "aria-label": label } });
    const number = h("input", { className: "field__number", attrs: { type: "number", id, min: 1, max, step: 1 } });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (value: number, delay: number) => {
      if (timer !== undefined) {
        clearTimeout(timer);
        timers.delete(timer);
      }
      timer = setTimeout(() => {
        if (timer !== undefined) timers.delete(timer);
        apply(value);
      }, delay);
      timers.add(timer);
    };
    const read = (input: HTMLInputElement) => Math.max(1, Math.floor(Number(input.value) || 1));
    range.addEventListener("input", () => {
      number.value = range.value;
      schedule(read(range), SLIDER_DELAY_MS);
    });
    number.addEventListener("change", () => schedule(read(number), 0));
    const element = h(
      "div",
      { className: "field" },
      h("label", { className: "field__label", attrs: { for: id } }, label),
      h("div", { className: "field__row" }, range, number),
      h("p", { className: "field__hint" }, unit),
    );
    return {
      element,
      set(value: number) {
        range.value = String(value);
        number.value = String(value);
      },
    };
  }
}
