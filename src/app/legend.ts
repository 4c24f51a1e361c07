// The legend: one button per entity type with its colour and how many entities pass the filters;
// clicking one hides or shows that type. Doubles as the entity-type filter.
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";
import { TYPE_COLORS, TYPE_LABELS } from "../graph/appearance.ts";
import { formatCount, h } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";

/** Mounts the legend into `container`. */
export function mountLegend(container: HTMLElement, explorer: Explorer): Dispose {
  const { store } = explorer;
  const buttons = new Map<EntityType, { button: HTMLButtonElement; count: HTMLElement }>();
  const list = h("ul", { className: "legend" });
  for (const type of ENTITY_TYPES) {
    const count = h("span", { className: "legend__count" });
    const button = h(
      "button",
      {
        className: "legend__item",
        attrs: { type: "button", "data-type": type },
        on: {
          click: () => {
            const hidden = new Set(store.get().filters.hiddenTypes);
            if (hidden.has(type)) hidden.delete(type);
            else hidden.add(type);
            store.setFilters({ hiddenTypes: ENTITY_TYPES.filter((t) => hidden.has(t)) });
          },
        },
      },
      h("span", { className: "legend__swatch", style: { background: TYPE_COLORS[type] }, attrs: { "aria-hidden": "true" } }),
      h("span", { className: "legend__label" }, TYPE_LABELS[type]),
      count,
    );
    buttons.set(type, { button, count });
    list.append(h("li", null, button));
  }
  container.replaceChildren(h("h2", { className: "sidebar__title" }, "Legend"), list);

  const render = () => {
    const hidden = new Set(store.get().filters.hiddenTypes);
    const { typeCounts } = explorer.visibility();
    for (const [type, { button, count }] of buttons) {
      const shown = !hidden.has(type);
      button.setAttribute("aria-pressed", String(shown));
      button.title = `${shown ? "Hide" : "Show"} ${TYPE_LABELS[type].toLowerCase()}`;
      count.textContent = formatCount(typeCounts[type] ?? 0);
    }
  };
  render();
  const unsubscribe = store.subscribe((_state, change) => {
    if (change === "filters") render();
  });
  return () => {
    unsubscribe();
    container.replaceChildren();
  };
}
