// The search box: an <input type="search"> with suggestions over labels and aliases (see search.ts).
// Arrow keys move through the suggestions; Enter or a click selects the entity and flies to it.
import { TYPE_COLORS } from "../graph/appearance.ts";
import { h } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { createSearchIndex, type SearchIndex, type SearchMatch } from "./search.ts";

const SUGGESTIONS = 8;

/** Mounts the search box into `container`. */
export function mountSearchBox(container: HTMLElement, explorer: Explorer): Dispose {
  const { graph, store } = explorer;
  // Built when the box is first used, not while the graph is being drawn (a fifth of a second at 10,000 entities).
  let index: SearchIndex | null = null;
  const searchIndex = () =>
    (index ??= createSearchIndex(
      graph.mapNodes((key, attributes) => ({ key, label: attributes.label, aliases: attributes.aliases ?? [], mentions: attributes.mentions })),
    ));

  const input = h("input", {
    className: "search__input",
    attrs: {
      type: "search",
      placeholder: "Search people, places, organisations…",
      "aria-label": "Search entities",
      role: "combobox",
      "aria-autocomplete": "list",
      "aria-expanded": "false",
      "aria-controls": "search-suggestions",
      autocomplete: "off",
      spellcheck: "false",
    },
  });
  const list = h("ul", { className: "search__suggestions", attrs: { id: "search-suggestions", role: "listbox", "aria-label": "Suggestions" } });
  list.hidden = true;
  let matches: SearchMatch[] = [];
  let active = -1;

  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (position: number) => {
    active = position;
    list.querySelectorAll<HTMLElement>("[role=option]").forEach((option, i) => option.setAttribute("aria-selected", String(i === active)));
    if (active >= 0) input.setAttribute("aria-activedescendant", `search-option-${active}`);
    else input.removeAttribute("aria-activedescendant");
  };
  const pick = (match: SearchMatch | undefined) => {
    if (!match) return;
    close();
    input.value = match.label;
    store.setSelection({ kind: "node", node: match.key });
    explorer.flyTo(match.key, { zoom: true });
  };
  const update = () => {
    matches = searchIndex().search(input.value, SUGGESTIONS);
    const hidden = explorer.visibility().hiddenNodes;
    list.replaceChildren(
      ...matches.map((match, i) =>
        h(
          "li",
          {
            className: "search__option",
            attrs: { id: `search-option-${i}`, role: "option", "aria-selected": "false", "data-node": match.key },
            on: {
              // mousedown, not click: the input's blur would close the list before a click lands.
              mousedown: (event) => {
                event.preventDefault();
                pick(match);
              },
            },
          },
          h("span", { className: "dot", style: { background: TYPE_COLORS[graph.getNodeAttribute(match.key, "type")] }, attrs: { "aria-hidden": "true" } }),
          h("span", { className: "search__label" }, match.label),
          match.matchedAlias !== null && h("span", { className: "search__alias" }, match.matchedAlias),
          hidden.has(match.key) && h("span", { className: "search__hidden" }, "filtered out"),
        ),
      ),
    );
    if (matches.length === 0 && input.value.trim() !== "") {
      list.append(h("li", { className: "search__empty", attrs: { role: "presentation" } }, "No entity matches"));
    }
    const open = list.childElementCount > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open && matches.length > 0));
    highlight(matches.length > 0 ? 0 : -1);
  };

  input.addEventListener("input", update);
  input.addEventListener("focus", () => {
    searchIndex();
    if (input.value.trim() !== "") update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) update();
      if (matches.length === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + matches.length) % matches.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (list.hidden) update();
      pick(matches[Math.max(0, active)]);
    } else if (event.key === "Escape" && !list.hidden) {
      // Closing the suggestions is this Escape's whole job; the page's Escape clears the selection.
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });

  const shortcut = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    const typing = target?.closest("input, textarea, select, [contenteditable]") !== null && target !== null;
    if (event.key === "/" && !typing) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  };
  document.addEventListener("keydown", shortcut);

  container.replaceChildren(h("div", { className: "search" }, input, list, h("kbd", { className: "search__kbd", attrs: { "aria-hidden": "true" } }, "/")));
  return () => {
    document.removeEventListener("keydown", shortcut);
    container.replaceChildren();
  };
}
