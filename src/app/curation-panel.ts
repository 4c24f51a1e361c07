// The Curation section: the nodes picked (click a node; Shift+click, or Shift+Enter in search, adds one),
// what can be done to them (merge, split, rename, change type, remove, stop and alias lists), Undo and Redo
// (also Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z), the "Corrections (N)" list with a Revert on each, and the
// corrections file's Download and Open. It only calls the curation controller; the page redraws the
// corrected graph, and tells the section, which renders once per correction. Side effects: DOM in `container`, key and pointer listeners on the document, downloads.
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";
import { TYPE_LABELS } from "../graph/appearance.ts";
import type { CorrectionOperation } from "../graph/corrections/corrections-file.ts";
import type { Curation } from "./curation.ts";
import { describeCorrection } from "./describe-correction.ts";
import { h, plural } from "./dom.ts";
import { downloadFile } from "./download-file.ts";
import type { Explorer, MountedPanel } from "./explorer.ts";
import { encodeViewState } from "./url-state.ts";
import "./curation-panel.css";

/** Is the key event typed into a field, where Ctrl+Z undoes the typing? */
function inField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
}

/** Mounts the Curation section into `container`. */
export function mountCurationPanel(container: HTMLElement, explorer: Explorer, curation: Curation): MountedPanel {
  const { graph, store } = explorer;
  const labelOf = (key: string) => (graph.hasNode(key) ? graph.getNodeAttribute(key, "label") : undefined);
  let message: { text: string; error: boolean } | null = null;
  // Renders so far, and whether a change of the picked nodes renders: not while a correction is under way,
  // which renders the section once the graph has changed (a hub's section is tens of ms on the UN graph).
  let renders = 0;
  let holdRender = false;
  let disposed = false;
  const quietly = (change: () => void) => {
    const held = holdRender;
    holdRender = true;
    try {
      change();
    } finally {
      holdRender = held;
    }
  };

  // Shift held while a node is selected (a click, Enter in the search box) adds it to the picked nodes.
  let shift = false;
  const trackShift = (event: KeyboardEvent | PointerEvent | MouseEvent) => (shift = event.shiftKey);
  const unsubscribe = store.subscribe((state, change) => {
    if (change !== "selection") return;
    const node = state.selection?.kind === "node" ? state.selection.node : null;
    if (node === null) {
      if (state.selection === null) curation.setPicked([]);
      return;
    }
    const picked = curation.picked();
    if (!shift) curation.setPicked([node]);
    else curation.setPicked(picked.includes(node) && picked.length > 1 ? picked.filter((k) => k !== node) : [...picked, node]);
  });

  /** Applies a correction, with the node the view should show afterwards kept in the URL (the page redraws from it). */
  const correct = (operation: CorrectionOperation, select: string | null) => {
    message = null;
    const { filters } = store.get();
    const fragment = encodeViewState({ selection: select === null ? null : { kind: "node", node: select }, filters });
    window.history.replaceState(null, "", fragment ? `#${fragment}` : window.location.pathname + window.location.search);
    const before = renders;
    quietly(() => {
      if (select !== null) curation.setPicked([select]);
      curation.add(operation);
    });
    // Nothing was shown anew (the sentences are not in yet): the picked nodes are.
    if (!disposed && renders === before) render();
  };

  const button = (label: string, action: string, onClick: () => void, options: { disabled?: boolean; title?: string; primary?: boolean } = {}) =>
    h("button", { className: `button curation__button${options.primary ? " button--primary" : ""}`, attrs: { type: "button", "data-action": action, disabled: options.disabled, title: options.title }, on: { click: onClick } }, label);
  const row = (...children: HTMLElement[]) => h("div", { className: "curation__row" }, ...children);
  const textInput = (name: string, value: string, label: string) => h("input", { className: "curation__input", attrs: { type: "text", name, value, "aria-label": label, spellcheck: false } });

  const fileInput = h("input", { attrs: { type: "file", accept: ".json,application/json", hidden: true, "data-corrections-input": "" } });
  fileInput.addEventListener("change", () => {
    const picked = fileInput.files?.[0];
    fileInput.value = "";
    if (!picked) return;
    picked.text().then(
      (text) => {
        try {
          curation.open(text);
        } catch (error) {
          message = { text: `${picked.name}: ${error instanceof Error ? error.message : String(error)}`, error: true };
          render();
        }
      },
      (error: unknown) => {
        message = { text: `${picked.name} could not be read: ${String(error)}`, error: true };
        render();
      },
    );
  });

  let loading = false;
  const loadSentences = () => {
    if (loading) return;
    loading = true;
    message = null;
    render();
    explorer.evidence
      .loadFile((done, total) => {
        if (total > 0) {
          message = { text: `Loading the sentences: ${Math.round((100 * done) / total)}%`, error: false };
          render();
        }
      })
      .then(
        (file) => curation.loadSentences(file),
        (error: unknown) => {
          loading = false;
          message = { text: `The sentences could not be loaded: ${error instanceof Error ? error.message : String(error)}`, error: true };
          render();
        },
      );
  };

  /** The documents a node is named in, in the graph file's order (through the evidence index, not the sentences). */
  const documentsOf = (key: string): string[] => {
    const index = explorer.evidence.index();
    if (index === null) return [];
    const positions = new Set<number>();
    for (const rank of index.nodeSentences(key)) {
      const at = index.documentsOf(rank);
      if (typeof at === "number") positions.add(at);
      else for (const p of at) positions.add(p);
    }
    return [...positions].sort((a, b) => a - b).map((p) => index.documentOrder[p] as string);
  };

  // A document's option, made once and moved into each render's list: a hub is named in most of the UN
  // corpus's 1,939 documents, and the section renders again at each correction. Documents never change here.
  const documentOptions = new Map<string, HTMLOptionElement>();
  const documentOption = (id: string) => {
    let option = documentOptions.get(id);
    if (option === undefined) documentOptions.set(id, (option = h("option", { attrs: { value: `document:${id}`, title: id } }, explorer.evidence.index()?.documents.get(id)?.title || id)));
    option.selected = false;
    return option;
  };

  /** The split row for the first picked node: what to move out, and where (a new node, or another picked one). */
  const splitRow = (key: string, others: readonly string[]): HTMLElement => {
    const attributes = graph.getNodeAttributes(key);
    const documents = documentsOf(key);
    const what = h(
      "select",
      { className: "curation__select", attrs: { name: "split", "aria-label": `What to split out of ${attributes.label}` } },
      attributes.aliases.length > 1 ? h("optgroup", { attrs: { label: "Mentions written" } }, ...attributes.aliases.map((alias) => h("option", { attrs: { value: `alias:${alias}` } }, alias))) : null,
      documents.length > 1 ? h("optgroup", { attrs: { label: "Mentions in" } }, ...documents.map(documentOption)) : null,
    );
    const into = h(
      "select",
      { className: "curation__select", attrs: { name: "split-into", "aria-label": "Into" } },
      h("option", { attrs: { value: "" } }, "into a new node"),
      ...others.map((other) => h("option", { attrs: { value: other } }, `into ${labelOf(other) ?? other}`)),
    );
    const splitOut = () => {
      const target = into.value === "" ? {} : { into: into.value };
      const value = what.value;
      if (value.startsWith("alias:")) correct({ op: "split", node: key, alias: value.slice("alias:".length), ...target }, key);
      else if (value.startsWith("document:")) correct({ op: "split", node: key, document: value.slice("document:".length), ...target }, key);
    };
    return row(what, ...(others.length > 0 ? [into] : []), button("Split out", "split", splitOut, { disabled: what.options.length === 0, title: `Move these mentions out of ${attributes.label}` }));
  };

  const actionsFor = (picked: readonly string[]): HTMLElement[] => {
    const key = picked[0];
    if (key === undefined || !graph.hasNode(key)) return [];
    if (picked.length >= 2) {
      const into = h("select", { className: "curation__select", attrs: { name: "merge-into", "aria-label": "Name to keep" } }, ...picked.map((k) => h("option", { attrs: { value: k } }, labelOf(k) ?? k)));
      return [
        row(
          h("label", { className: "curation__label" }, "Keep the name of"),
          into,
          button("Merge", "merge", () => correct({ op: "merge", nodes: [...picked], into: into.value }, into.value), { primary: true, title: "One node: aliases, mentions and sentences together" }),
        ),
        splitRow(key, picked.slice(1)),
      ];
    }
    const attributes = graph.getNodeAttributes(key);
    const label = textInput("label", attributes.label, "New label");
    const type = h("select", { className: "curation__select", attrs: { name: "type", "aria-label": "Type" } }, ...ENTITY_TYPES.map((t) => h("option", { attrs: { value: t, selected: t === attributes.type } }, TYPE_LABELS[t])));
    const name = textInput("name", attributes.label, "A name as written");
    return [
      row(label, button("Rename", "rename", () => label.value.trim() !== "" && correct({ op: "rename", node: key, label: label.value.trim() }, key))),
      row(type, button("Change type", "retype", () => correct({ op: "retype", node: key, type: type.value as EntityType }, key))),
      splitRow(key, []),
      row(button("Remove", "remove", () => correct({ op: "remove", node: key }, null), { title: "Not an entity: the node and its links go, its sentences stay" })),
      row(
        name,
        button("Stop list", "stop", () => name.value.trim() !== "" && correct({ op: "stop", name: name.value.trim() }, null), { title: "Never an entity: every mention written so goes" }),
        button("Alias", "alias", () => name.value.trim() !== "" && correct({ op: "alias", name: name.value.trim(), node: key }, key), { title: `Every mention written so is ${attributes.label}` }),
      ),
    ];
  };

  const render = () => {
    renders++;
    const history = curation.history();
    const operations = history.operations();
    const unavailable = curation.unavailable();
    const heading = h("div", { className: "sidebar__heading" }, h("h2", { className: "sidebar__title" }, "Curation"));
    if (unavailable !== null) {
      container.replaceChildren(heading, h("p", { className: "curation__hint" }, unavailable));
      return;
    }
    if (curation.needsSentences()) {
      const kept = operations.length > 0 ? ` The ${plural(operations.length, "correction")} kept for this graph show once they are in.` : "";
      container.replaceChildren(
        heading,
        h("p", { className: "curation__hint" }, `This graph's sentences come in pieces (the split form); corrections need them all.${kept}`),
        row(button(loading ? "Loading the sentences…" : "Load the sentences", "load-sentences", loadSentences, { disabled: loading, primary: true })),
      );
      if (message) container.append(h("p", { className: message.error ? "curation__error" : "curation__hint", attrs: { role: message.error ? "alert" : "status" } }, message.text));
      return;
    }
    const picked = curation.picked().filter((key) => graph.hasNode(key));
    const skipped = new Map(curation.skipped().map((s) => [s.index, s.reason]));
    const chips = h(
      "ul",
      { className: "curation__picked", attrs: { "data-picked": picked.join(" ") } },
      ...picked.map((key) =>
        h(
          "li",
          { className: "curation__chip" },
          labelOf(key) ?? key,
          h("button", { className: "curation__unpick", attrs: { type: "button", "aria-label": `Unpick ${labelOf(key) ?? key}` }, on: { click: () => curation.setPicked(curation.picked().filter((k) => k !== key)) } }, "×"),
        ),
      ),
    );
    const list = h(
      "ol",
      { className: "curation__list" },
      ...operations.map((operation, index) =>
        h(
          "li",
          { className: `curation__item${skipped.has(index) ? " curation__item--skipped" : ""}`, attrs: { "data-correction": index } },
          h("span", null, describeCorrection(operation, labelOf), skipped.has(index) ? h("span", { className: "curation__skipped" }, ` (skipped: ${skipped.get(index)})`) : null),
          h("button", { className: "text-button", attrs: { type: "button", "data-action": "revert", title: "Take this correction back, keep the others" }, on: { click: () => curation.revert(index) } }, "Revert"),
        ),
      ),
    );
    container.replaceChildren(
      heading,
      h("p", { className: "curation__hint" }, picked.length === 0 ? "Click a node to correct it; Shift+click (or Shift+Enter in search) picks more to merge." : plural(picked.length, "node") + " picked"),
      chips,
      ...actionsFor(picked),
      row(
        button("Undo", "undo", () => curation.undo(), { disabled: !history.canUndo(), title: "Ctrl+Z / ⌘Z" }),
        button("Redo", "redo", () => curation.redo(), { disabled: !history.canRedo(), title: "Shift+Ctrl+Z / Shift+⌘Z" }),
      ),
      h("h3", { className: "curation__subtitle", attrs: { "data-corrections-count": operations.length } }, `Corrections (${operations.length})`),
      list,
      row(
        button("Download", "download-corrections", () => downloadFile(`${JSON.stringify(curation.download(), null, 2)}\n`, "application/json", "corrections.json"), { disabled: curation.download().operations.length === 0, title: "The corrections file, for npm run graph -- … --corrections" }),
        button("Open…", "open-corrections", () => fileInput.click(), { title: "Apply a corrections file to this graph" }),
        fileInput,
      ),
    );
    if (message) container.append(h("p", { className: message.error ? "curation__error" : "curation__hint", attrs: { role: message.error ? "alert" : "status" } }, message.text));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    trackShift(event);
    if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== "z" || event.altKey || inField(event.target)) return;
    event.preventDefault();
    if (event.shiftKey) curation.redo();
    else curation.undo();
  };
  const onKeyUp = (event: KeyboardEvent) => trackShift(event);
  document.addEventListener("keydown", onKeyDown, true);
  document.addEventListener("keyup", onKeyUp, true);
  document.addEventListener("pointerdown", trackShift, true);
  // A node the page opens on (from the URL), or the one a correction leaves in view, is picked, as if clicked.
  const pickOpened = () => {
    const opened = store.get().selection;
    if (curation.picked().length === 0 && opened?.kind === "node") curation.setPicked([opened.node]);
  };
  pickOpened();
  const unsubscribePicked = curation.subscribe((change) => {
    if (change === "picked" && !holdRender) render();
  });
  render();
  // Corrections kept for a split graph show as soon as its sentences are in.
  if (curation.needsSentences() && curation.history().operations().length > 0) loadSentences();
  return {
    graphChanged() {
      message = null;
      quietly(pickOpened);
      render();
    },
    dispose() {
      disposed = true;
      unsubscribe();
      unsubscribePicked();
      document.removeEventListener("keydown", onKeyDown, true);
      document.removeEventListener("keyup", onKeyUp, true);
      document.removeEventListener("pointerdown", trackShift, true);
      container.replaceChildren();
    },
  };
}
