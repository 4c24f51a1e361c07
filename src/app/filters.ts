// The filter controls: minimum edge weight, minimum mentions, the links' relation class, and which
// documents count. The entity types are filtered from the legend, dates from the timeline. Every control
// writes through the view store's setFilters. A correction updates the ranges and counts in place, the
// document list (its narrowing text, its scroll) kept.
import { RELATION_CLASSES, type RelationClass } from "../extract/relation-verbs.ts";
import type { DocumentRecord } from "../extract/types.ts";
import { formatCount, h, whenIdle } from "./dom.ts";
import type { EvidenceIndex } from "./evidence-index.ts";
import type { Explorer, MountedPanel } from "./explorer.ts";
import { DEFAULT_FILTERS, sameFilters, type Filters } from "./view-state.ts";

/** Delay before a dragged slider applies, so a drag does not redraw a big graph at every step. */
const SLIDER_DELAY_MS = 120;
/** Above this many documents the list gets a box to narrow it by title. */
const DOCUMENT_FILTER_FROM = 8;
/** Document rows built at once; more come in idle time. */
const DOCUMENT_ROWS_PER_SLICE = 150;

/** Mounts the filter controls into `container`. */
export function mountFilters(container: HTMLElement, explorer: Explorer): MountedPanel {
  const { store, graph, file } = explorer;
  const maxima = () => {
    let weight = 1;
    graph.forEachEdge((_edge, attributes) => (weight = Math.max(weight, attributes.weight)));
    let mentions = 1;
    graph.forEachNode((_node, attributes) => (mentions = Math.max(mentions, attributes.mentions)));
    return { weight, mentions };
  };
  const { weight: maxWeight, mentions: maxMentions } = maxima();

  const timers = new Set<ReturnType<typeof setTimeout>>();
  const weight = numberControl("min-weight", "Minimum link weight", "Sentences two entities share", maxWeight, (value) =>
    store.setFilters({ minWeight: value }),
  );
  // The classes some link has are offered, and the one a URL asks for even when no link has it (then the
  // select says so, "(0)", rather than "Every link" over a graph without links); a graph without relation
  // labels and no class asked for gets no select (hidden, should a correction take the last label away).
  const countClasses = () => {
    const counted = new Map<RelationClass, number>();
    graph.forEachEdge((_edge, attributes) => {
      // Each class once per link, without a set per link (33,000 links on the UN graph, at each correction).
      const relations = attributes.relations ?? [];
      for (let i = 0; i < relations.length; i++) {
        const relationClass = relations[i]!.class;
        let first = Boolean(relationClass);
        for (let j = 0; first && j < i; j++) first = relations[j]!.class !== relationClass;
        if (first) counted.set(relationClass!, (counted.get(relationClass!) ?? 0) + 1);
      }
    });
    const asked = store.get().filters.relationClass;
    if (asked !== null && !counted.has(asked)) counted.set(asked, 0);
    return counted;
  };
  let classes = countClasses();
  const relationOptions = () => [
    h("option", { attrs: { value: "" } }, "Every link"),
    ...RELATION_CLASSES.filter((c) => classes.has(c)).map((c) => h("option", { attrs: { value: c } }, `${c} (${formatCount(classes.get(c)!)})`)),
  ];
  const relationSelect = h(
    "select",
    {
      className: "field__select",
      attrs: { id: "relation-class", "data-filter": "relation" },
      on: { change: () => store.setFilters({ relationClass: RELATION_CLASSES.find((c) => c === relationSelect.value) ?? null }) },
    },
    ...relationOptions(),
  );
  const relationField = h(
    "div",
    { className: "field" },
    h("label", { className: "field__label", attrs: { for: "relation-class" } }, "Links by relation"),
    relationSelect,
    h("p", { className: "field__hint" }, "Only links whose sentences say so, in the documents that count"),
  );
  relationField.hidden = classes.size === 0;
  const mentions = numberControl("min-mentions", "Minimum mentions", "Times an entity is named", maxMentions, (value) =>
    store.setFilters({ minMentions: value }),
  );

  // Sentences per document come with the evidence index (after the first frame for a split graph file).
  const counts = new Map<string, HTMLElement>();
  const sentencesIn = (index: EvidenceIndex, id: string) => formatCount(index.documentSentences[index.documentPosition.get(id) ?? -1] ?? 0);
  const showCounts = (index: EvidenceIndex) => {
    for (const [id, count] of counts) count.textContent = sentencesIn(index, id);
  };
  const checkboxes = new Map<string, HTMLInputElement>();
  const rows = new Map<string, HTMLElement>();
  const documentList = h("ul", { className: "documents" });
  // The narrowing box's text, trimmed and lowercased once per keystroke, not once per row.
  let query = "";
  const matchesQuery = (doc: DocumentRecord) => query === "" || `${doc.title} ${doc.path}`.toLowerCase().includes(query);
  const addRow = (doc: DocumentRecord) => {
    const checkbox = h("input", {
      attrs: { type: "checkbox", "data-document": doc.id },
      on: { change: () => setExcluded((excluded) => (checkbox.checked ? excluded.delete(doc.id) : excluded.add(doc.id))) },
    });
    checkbox.checked = !store.get().filters.excludedDocuments.includes(doc.id);
    checkboxes.set(doc.id, checkbox);
    const count = h("span", { className: "documents__count" });
    const index = explorer.evidence.index();
    if (index) count.textContent = sentencesIn(index, doc.id);
    counts.set(doc.id, count);
    const row = h(
      "li",
      null,
      h("label", { className: "documents__item", attrs: { title: doc.path } }, checkbox, h("span", { className: "documents__title" }, doc.title || doc.id), count),
    );
    row.hidden = !matchesQuery(doc);
    rows.set(doc.id, row);
    documentList.append(row);
  };
  // A long list (the UN corpus has 1,939 documents) is built a slice at a time when the page is idle, so the
  // graph's first frame does not wait for it.
  let added = 0;
  let disposed = false;
  const addRows = (count: number) => {
    for (const end = Math.min(file.documents.length, added + count); added < end; added++) addRow(file.documents[added]!);
  };
  const addMoreRows = () => {
    if (disposed) return;
    addRows(DOCUMENT_ROWS_PER_SLICE);
    if (added < file.documents.length) whenIdle(addMoreRows);
  };

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
        query = narrow.value.trim().toLowerCase();
        for (const doc of file.documents) {
          const row = rows.get(doc.id);
          if (row) row.hidden = !matchesQuery(doc);
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
    relationField,
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
    if (filters.relationClass !== null && !classes.has(filters.relationClass)) {
      classes.set(filters.relationClass, 0);
      relationSelect.append(h("option", { attrs: { value: filters.relationClass } }, `${filters.relationClass} (0)`));
    }
    relationSelect.value = filters.relationClass ?? "";
    const excluded = new Set(filters.excludedDocuments);
    for (const [id, checkbox] of checkboxes) checkbox.checked = !excluded.has(id);
    reset.hidden = sameFilters(filters, DEFAULT_FILTERS);
  };
  addRows(DOCUMENT_ROWS_PER_SLICE);
  if (added < file.documents.length) whenIdle(addMoreRows);
  render(store.get().filters);
  const unsubscribe = store.subscribe((state, change) => {
    if (change === "filters") render(state.filters);
  });
  const index = explorer.evidence.index();
  const unsubscribeIndex = index ? () => {} : explorer.evidence.onIndex(showCounts);
  if (index) showCounts(index);
  let countedIndex = index;
  return {
    graphChanged() {
      const { weight: heaviest, mentions: most } = maxima();
      weight.setMax(heaviest);
      mentions.setMax(most);
      classes = countClasses();
      relationSelect.replaceChildren(...relationOptions());
      relationField.hidden = classes.size === 0;
      render(store.get().filters);
      // A correction moves mentions, not sentences: a document's count changes only if the index says so.
      const next = explorer.evidence.index();
      if (next !== null && (countedIndex === null || !sameCounts(countedIndex.documentSentences, next.documentSentences))) showCounts(next);
      countedIndex = next;
    },
    dispose() {
      disposed = true;
      unsubscribe();
      unsubscribeIndex();
      for (const timer of timers) clearTimeout(timer);
      container.replaceChildren();
    },
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
      setMax(next: number) {
        range.max = String(next);
        number.max = String(next);
      },
    };
  }
}

function sameCounts(a: ArrayLike<number>, b: ArrayLike<number>): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
