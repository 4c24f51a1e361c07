// The "Size and colour" controls: size nodes by mentions, documents or a metric, colour them by type or
// community, and, coloured by community, the legend of the largest communities named by their biggest
// node (a click selects that node). Writes through the look store; says while metrics are computed.
import { formatCount, h, plural } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { COLOUR_OPTIONS, SIZE_OPTIONS, needsMetrics, type ColourBy, type SizeBy } from "./node-look.ts";

/** Communities listed in the legend; the rest share one grey row. */
export const LEGEND_COMMUNITIES = 10;

/** Mounts the size and colour controls into `container`. */
export function mountMetricsControl(container: HTMLElement, explorer: Explorer): Dispose {
  const { look, store } = explorer;
  const sizeSelect = h(
    "select",
    { className: "field__select", attrs: { id: "size-by", "data-size-by": "" } },
    ...SIZE_OPTIONS.map(({ id, label, title }) => h("option", { attrs: { value: id, title } }, label)),
  );
  const colourSelect = h(
    "select",
    { className: "field__select", attrs: { id: "colour-by", "data-colour-by": "" } },
    ...COLOUR_OPTIONS.map(({ id, label }) => h("option", { attrs: { value: id } }, label)),
  );
  sizeSelect.addEventListener("change", () => look.setSizeBy(sizeSelect.value as SizeBy));
  colourSelect.addEventListener("change", () => look.setColourBy(colourSelect.value as ColourBy));
  const status = h("p", { className: "field__hint", attrs: { "data-metrics-status": "", "aria-live": "polite" } });
  const communities = h("ul", { className: "legend community-legend", attrs: { "data-community-legend": "" } });

  const communityRows = () => {
    const ranked = look.communities();
    const rows = ranked.slice(0, LEGEND_COMMUNITIES).map((entry) =>
      h(
        "li",
        null,
        h(
          "button",
          {
            className: "legend__item",
            attrs: { type: "button", "data-community": entry.community, title: `Select ${entry.label}, the community's most mentioned entity` },
            on: {
              click: () => {
                store.setSelection({ kind: "node", node: entry.node });
                explorer.flyTo(entry.node);
              },
            },
          },
          h("span", { className: "legend__swatch", style: { background: entry.color }, attrs: { "aria-hidden": "true" } }),
          h("span", { className: "legend__label" }, entry.label),
          h("span", { className: "legend__count" }, formatCount(entry.nodes)),
        ),
      ),
    );
    const rest = ranked.slice(LEGEND_COMMUNITIES);
    if (rest.length > 0) {
      const nodes = rest.reduce((sum, entry) => sum + entry.nodes, 0);
      rows.push(
        h(
          "li",
          { className: "legend__item community-legend__rest" },
          h("span", { className: "legend__swatch", style: { background: rest[0]!.color }, attrs: { "aria-hidden": "true" } }),
          h("span", { className: "legend__label" }, `${plural(rest.length, "other community", "other communities")}`),
          h("span", { className: "legend__count" }, formatCount(nodes)),
        ),
      );
    }
    return rows;
  };

  container.replaceChildren(
    h("h2", { className: "sidebar__title" }, "Size and colour"),
    h("div", { className: "field" }, h("label", { className: "field__label", attrs: { for: "size-by" } }, "Size by"), sizeSelect, status),
    h("div", { className: "field" }, h("label", { className: "field__label", attrs: { for: "colour-by" } }, "Colour by"), colourSelect),
    communities,
  );

  const render = () => {
    const state = look.get();
    sizeSelect.value = state.sizeBy;
    colourSelect.value = state.colourBy;
    if (state.metricsError) status.textContent = `Metrics failed: ${state.metricsError}`;
    else if (needsMetrics(state.sizeBy) && !state.metrics) status.textContent = "Computing the metrics…";
    else if (state.sizeBy === "betweenness" && state.metrics?.betweenness.kind === "sampled") {
      status.textContent = `Estimated from shortest paths out of ${formatCount(state.metrics.betweenness.pivots)} of ${formatCount(explorer.graph.order)} entities`;
    } else status.textContent = "";
    const byCommunity = state.colourBy === "community";
    communities.hidden = !byCommunity;
    if (byCommunity && communities.childElementCount === 0) communities.replaceChildren(...communityRows());
    // The type legend above is the type filter; coloured by community, its swatches would not match the graph.
    document.body.dataset.colourBy = state.colourBy;
  };
  render();
  const unsubscribe = look.subscribe(render);
  return () => {
    unsubscribe();
    delete document.body.dataset.colourBy;
    container.replaceChildren();
  };
}
