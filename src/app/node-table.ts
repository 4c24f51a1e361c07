// The table view of nodes over the graph: one row per visible entity (label, type, mentions, documents and
// each metric), sorted by a click on a column's header, a click on a row selects the entity as a click on
// the graph does. Virtualised: only the rows in view (and a few beyond) are in the page, so 10,000 rows
// scroll as 30 do. Hand-written: rows have one fixed height, so the whole of virtualisation is
// `visibleRange`, a dozen lines; a library (@tanstack/virtual-core) would measure rows we never vary.
import { h } from "./dom.ts";
import type { Explorer, MountedPanel } from "./explorer.ts";
import { TABLE_COLUMNS, formatCell, sortRows, tableRows, visibleRange, type TableColumn, type TableRow } from "./node-table-rows.ts";

/** Height of a row in CSS pixels; style.css gives `.node-table__row` the same. */
export const ROW_HEIGHT = 26;

/** Mounts the table's toggle button and, once opened, the table into `container`; an open table stays open over a correction. */
export function mountNodeTable(container: HTMLElement, explorer: Explorer): MountedPanel {
  const { store, graph, look } = explorer;
  let open = false;
  let column: TableColumn = "mentions";
  let direction: "ascending" | "descending" = "descending";
  let rows: TableRow[] = [];
  let sorted: TableRow[] = [];
  let drawn = { start: -1, end: -1 };

  const toggle = h("button", { className: "button node-table__toggle", attrs: { type: "button", "data-action": "table", "aria-expanded": "false" } }, "Table");
  const caption = h("span", { className: "node-table__caption", attrs: { "data-table-caption": "" } });
  const headers = new Map<TableColumn, HTMLTableCellElement>();
  const headRow = h(
    "tr",
    null,
    ...TABLE_COLUMNS.map(({ id, label, numeric }) => {
      const cell = h(
        "th",
        { className: numeric ? "node-table__number" : "", attrs: { scope: "col", "data-column": id } },
        h("button", { className: "node-table__sort", attrs: { type: "button" }, on: { click: () => sortBy(id) } }, label),
      );
      headers.set(id, cell);
      return cell;
    }),
  );
  const body = h("tbody");
  const viewport = h(
    "div",
    { className: "node-table__viewport", attrs: { "data-table-viewport": "" } },
    h("table", { className: "node-table__table" }, h("thead", null, headRow), body),
  );
  const panel = h(
    "div",
    { className: "node-table__panel", attrs: { hidden: true, role: "region", "aria-label": "Table of entities" } },
    h("div", { className: "node-table__bar" }, caption),
    viewport,
  );
  container.replaceChildren(h("div", { className: "node-table" }, toggle, panel));

  const spacer = (height: number) => h("tr", { className: "node-table__spacer", style: { height: `${height}px` }, attrs: { "aria-hidden": "true" } });
  const draw = (force = false) => {
    if (!open) return;
    const range = visibleRange(viewport.scrollTop, viewport.clientHeight, ROW_HEIGHT, sorted.length);
    if (!force && range.start === drawn.start && range.end === drawn.end) return;
    drawn = range;
    const selection = store.get().selection;
    const selected = new Set(selection === null ? [] : selection.kind === "node" ? [selection.node] : [selection.source, selection.target]);
    const visible = sorted.slice(range.start, range.end).map((row, i) =>
      h(
        "tr",
        {
          className: "node-table__row",
          attrs: { "data-node": row.key, "aria-rowindex": range.start + i + 2, "aria-selected": String(selected.has(row.key)) },
          on: { click: () => select(row.key) },
        },
        ...TABLE_COLUMNS.map(({ id, numeric }) => h("td", numeric ? { className: "node-table__number" } : null, formatCell(row, id))),
      ),
    );
    body.replaceChildren(spacer(range.start * ROW_HEIGHT), ...visible, spacer((sorted.length - range.end) * ROW_HEIGHT));
  };
  const resort = () => {
    sorted = sortRows(rows, column, direction);
    for (const [id, cell] of headers) cell.setAttribute("aria-sort", id === column ? direction : "none");
    draw(true);
  };
  const rebuild = () => {
    rows = tableRows(graph, explorer.visibility().hiddenNodes, look.get().metrics);
    caption.textContent = `${rows.length.toLocaleString("en-US")} entities${look.get().metrics ? "" : " · computing the metrics…"}`;
    resort();
  };
  function sortBy(id: TableColumn) {
    if (id === column) direction = direction === "ascending" ? "descending" : "ascending";
    else {
      column = id;
      direction = TABLE_COLUMNS.find((c) => c.id === id)!.numeric ? "descending" : "ascending";
    }
    resort();
  }
  function select(node: string) {
    store.setSelection({ kind: "node", node });
    explorer.flyTo(node);
  }

  toggle.addEventListener("click", () => {
    open = !open;
    toggle.setAttribute("aria-expanded", String(open));
    panel.hidden = !open;
    if (!open) return;
    void look.loadMetrics().catch(() => {});
    rebuild();
  });
  viewport.addEventListener("scroll", () => draw());
  const unsubscribe = store.subscribe((_state, change) => {
    if (!open) return;
    if (change === "filters") rebuild();
    else if (change === "selection") draw(true);
  });
  let metricsIn = look.get().metrics;
  const unsubscribeLook = look.subscribe((state) => {
    if (state.metrics === metricsIn) return;
    metricsIn = state.metrics;
    if (open) rebuild();
  });
  return {
    graphChanged() {
      metricsIn = look.get().metrics;
      if (open) rebuild();
    },
    dispose() {
      unsubscribe();
      unsubscribeLook();
      container.replaceChildren();
    },
  };
}
