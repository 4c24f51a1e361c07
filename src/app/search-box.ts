// The search box: an <input type="search"> with suggestions over labels and aliases (see search.ts), each
// with its type and mentions ("Korea · place · 85"), and last "Search the text for “…”". Arrow keys move
// through them; Enter or a click selects the entity and flies to it. Enter on a phrase that starts no
// entity's name word, or on the last suggestion, searches the sentences (text-search-panel.ts).
import { TYPE_COLORS, TYPE_SINGULAR } from "../graph/appearance.ts";
import { formatCount, h } from "./dom.ts";
import type { Explorer, MountedPanel } from "./explorer.ts";
import { createSearchIndex, NAMES_ENTITY_UP_TO, type SearchIndex, type SearchMatch } from "./search.ts";
import { phrasePattern } from "../export/fold-for-match.ts";
import { TEXT_SEARCH_EVENT } from "./text-search-panel.ts";

const SUGGESTIONS = 8;

/** Mounts the search box into `container`; a correction keeps what is typed, and the names are indexed again when next searched. */
export function mountSearchBox(container: HTMLElement, explorer: Explorer): MountedPanel {
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
  // The "Search the text" suggestion, after the entities; false while the query is too short to search.
  let textOption = false;
  let active = -1;
  const optionCount = () => matches.length + (textOption ? 1 : 0);

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
  const searchText = () => {
    const phrase = input.value.trim();
    if (phrasePattern(phrase) === null) return;
    close();
    input.dispatchEvent(new CustomEvent(TEXT_SEARCH_EVENT, { bubbles: true, detail: { phrase } }));
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
    textOption = phrasePattern(input.value) !== null;
    const hidden = explorer.visibility().hiddenNodes;
    // Rows that would read the same (two entities of one label, type and count) say their key.
    const seen = new Set<string>();
    const detailOf = (match: SearchMatch) => {
      const { type, mentions } = graph.getNodeAttributes(match.key);
      const detail = `${(TYPE_SINGULAR[type] ?? type).toLowerCase()} · ${formatCount(mentions)}`;
      const row = `${match.label}\u0000${detail}\u0000${match.matchedAlias ?? ""}`;
      const unique = !seen.has(row);
      seen.add(row);
      return unique ? detail : `${detail} · ${match.key}`;
    };
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
          h("span", { className: "search__detail" }, ` · ${detailOf(match)}`),
          match.matchedAlias !== null && h("span", { className: "search__alias" }, match.matchedAlias),
          hidden.has(match.key) && h("span", { className: "search__hidden" }, "filtered out"),
        ),
      ),
    );
    if (matches.length === 0 && input.value.trim() !== "") {
      list.append(h("li", { className: "search__empty", attrs: { role: "presentation" } }, "No entity matches"));
    }
    if (textOption) {
      list.append(
        h(
          "li",
          {
            className: "search__option search__option--text",
            attrs: { id: `search-option-${matches.length}`, role: "option", "aria-selected": "false", "data-text-search": "" },
            on: {
              mousedown: (event) => {
                event.preventDefault();
                searchText();
              },
            },
          },
          h("span", { className: "search__label" }, `Search the text for “${input.value.trim()}”`),
        ),
      );
    }
    const open = list.childElementCount > 0;
    list.hidden = !open;
    input.setAttribute("aria-expanded", String(open && optionCount() > 0));
    highlight(optionCount() > 0 ? 0 : -1);
  };

  // True once the arrows moved through the suggestions since the query last changed.
  let moved = false;
  input.addEventListener("input", () => {
    moved = false;
    update();
  });
  input.addEventListener("focus", () => {
    searchIndex();
    if (input.value.trim() !== "") update();
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (list.hidden) update();
      if (optionCount() === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      moved = true;
      highlight((active + step + optionCount()) % optionCount());
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (list.hidden) update();
      const chosen = Math.max(0, active);
      // Unless a suggestion was chosen with the arrows, Enter selects an entity only when the query starts
      // one of its name's words; any other phrase is searched in the text.
      const names = matches[0] !== undefined && matches[0].score <= NAMES_ENTITY_UP_TO;
      if (chosen >= matches.length || (!moved && !names)) searchText();
      else pick(matches[chosen]);
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
  return {
    graphChanged() {
      index = null;
      close();
    },
    dispose() {
      document.removeEventListener("keydown", shortcut);
      container.replaceChildren();
    },
  };
}
