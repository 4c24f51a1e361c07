// The details panel (<aside aria-label="Details">): an overview, or the selected entity with every
// sentence it appears in and its neighbours, or the sentences a pair shares. Renders on selection and
// filter changes; long lists are paged so a hub opens as fast as a leaf.
import { TYPE_COLORS } from "../graph/appearance.ts";
import type { EntityType } from "../extract/types.ts";
import { formatCount, h, plural, safeHref } from "./dom.ts";
import { listEvidence, sharedSentences, type EvidenceItem } from "./evidence.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { glueMentions, segmentSentence, type Segment } from "./sentence-segments.ts";
import type { Selection } from "./view-state.ts";

/** Sentences rendered per page. */
export const SENTENCE_PAGE_SIZE = 40;
/** Neighbours rendered per page. */
export const NEIGHBOUR_PAGE_SIZE = 30;

/** One collator for every sort: String#localeCompare builds a new one per call, slow on a hub's thousands. */
const COLLATOR = new Intl.Collator("en");

/** Options: `onRendered` hears when the panel's content is in the DOM (for timings). */
export interface DetailsPanelOptions {
  onRendered?: (selection: Selection | null) => void;
}

/** Mounts the details panel into `aside`. */
export function mountDetailsPanel(aside: HTMLElement, explorer: Explorer, options: DetailsPanelOptions = {}): Dispose {
  const { store, graph } = explorer;
  let lastSelection: Selection | null | undefined;

  const render = () => {
    const started = performance.now();
    const { selection } = store.get();
    const content =
      selection === null
        ? renderOverview(explorer)
        : selection.kind === "node"
          ? renderNode(explorer, selection.node)
          : renderPair(explorer, selection.source, selection.target);
    aside.replaceChildren(content);
    aside.dataset.view = selection === null ? "overview" : selection.kind;
    if (selection !== lastSelection) aside.scrollTop = 0;
    lastSelection = selection;
    performance.measure("entity-graph:details-panel", { start: started });
    options.onRendered?.(selection);
  };

  // One listener for every entity button in the panel, however many sentences are listed.
  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-node], [data-pair], [data-close]");
    if (!target || !aside.contains(target)) return;
    if (target.dataset.close !== undefined) return store.setSelection(null);
    const node = target.dataset.node;
    const pair = target.dataset.pair;
    if (node && graph.hasNode(node)) {
      store.setSelection({ kind: "node", node });
      explorer.flyTo(node);
    } else if (pair) {
      const selection = store.get().selection;
      if (selection?.kind === "node" && graph.hasNode(pair)) {
        store.setSelection({ kind: "pair", source: selection.node, target: pair });
      }
    }
  };

  aside.addEventListener("click", onClick);
  const unsubscribe = store.subscribe((_state, change) => {
    if (change !== "hovered") render();
  });
  render();
  return () => {
    unsubscribe();
    aside.removeEventListener("click", onClick);
    aside.replaceChildren();
  };
}

function renderOverview(explorer: Explorer): HTMLElement {
  const { file, graph } = explorer;
  const visibility = explorer.visibility();
  const top: string[] = [];
  graph.forEachNode((node) => {
    if (!visibility.hiddenNodes.has(node)) top.push(node);
  });
  const mentions = (node: string) => visibility.nodeMentions.get(node) ?? 0;
  top.sort((a, b) => mentions(b) - mentions(a));

  return h(
    "div",
    { className: "details" },
    h("header", { className: "details__header" }, h("h2", { className: "details__title" }, "Overview")),
    h(
      "dl",
      { className: "stats" },
      stat("Entities", formatCount(graph.order)),
      stat("Links", formatCount(graph.size)),
      stat("Sentences", formatCount(file.sentences.length)),
      stat("Documents", formatCount(file.documents.length)),
    ),
    h("p", { className: "details__hint" }, "Click a node or a link, or search, to read the sentences behind it."),
    top.length > 0 &&
      section(
        "Most mentioned",
        h(
          "ol",
          { className: "entity-list" },
          ...top.slice(0, 12).map((node) =>
            entityRow(explorer, node, { "data-node": node }, plural(mentions(node), "mention")),
          ),
        ),
      ),
    file.skipped.length > 0 &&
      section(
        `Skipped files (${formatCount(file.skipped.length)})`,
        h(
          "ul",
          { className: "skipped" },
          ...file.skipped.map((skip) => h("li", null, h("code", null, skip.path), " — ", skip.reason)),
        ),
      ),
  );
}

function renderNode(explorer: Explorer, node: string): HTMLElement {
  const { graph, index, store } = explorer;
  if (!graph.hasNode(node)) return renderMissing(`There is no entity “${node}” in this graph.`);
  const attributes = graph.getNodeAttributes(node);
  const visibility = explorer.visibility();
  const excluded = new Set(store.get().filters.excludedDocuments);
  const items = listEvidence(index, index.nodeSentences.get(node) ?? [], excluded);
  const aliases = attributes.aliases.filter((alias) => alias !== attributes.label);

  const neighbours: { node: string; weight: number }[] = [];
  let hiddenNeighbours = 0;
  graph.forEachEdge(node, (edge, _attributes, source, target) => {
    if (visibility.hiddenEdges.has(edge)) hiddenNeighbours++;
    else neighbours.push({ node: source === node ? target : source, weight: visibility.edgeWeights.get(edge) ?? 0 });
  });
  const label = (key: string) => graph.getNodeAttribute(key, "label");
  const labels = new Map(neighbours.map(({ node: other }) => [other, label(other)]));
  neighbours.sort((a, b) => b.weight - a.weight || COLLATOR.compare(labels.get(a.node)!, labels.get(b.node)!));

  const mentions = visibility.nodeMentions.get(node) ?? 0;
  return h(
    "div",
    { className: "details" },
    header(h("span", null, attributes.label), typeChip(attributes.type)),
    visibility.hiddenNodes.has(node) && h("p", { className: "details__note" }, "Hidden in the graph by the current filters."),
    aliases.length > 0 && h("p", { className: "details__aliases" }, h("span", { className: "muted" }, "Also written "), aliases.join(" · ")),
    h(
      "dl",
      { className: "stats" },
      stat("Mentions", mentions === attributes.mentions ? formatCount(mentions) : `${formatCount(mentions)} of ${formatCount(attributes.mentions)}`),
      stat("Documents", formatCount(attributes.documents)),
      stat("Neighbours", formatCount(neighbours.length)),
    ),
    section(
      `Sentences (${formatCount(countSentences(items))})`,
      items.length > 0
        ? renderEvidence(explorer, items, new Set([node]))
        : h("p", { className: "muted" }, "No sentences in the documents that count."),
    ),
    section(
      `Neighbours (${formatCount(neighbours.length)})`,
      neighbours.length > 0
        ? pagedList(
            h("ol", { className: "entity-list" }),
            neighbours.map(({ node: other, weight }) => () =>
              entityRow(explorer, other, { "data-pair": other, title: `Sentences shared with ${label(other)}` }, plural(weight, "sentence")),
            ),
            NEIGHBOUR_PAGE_SIZE,
            "neighbours",
          )
        : h("p", { className: "muted" }, "No neighbours under the current filters."),
      hiddenNeighbours > 0 && h("p", { className: "muted" }, `${plural(hiddenNeighbours, "more neighbour")} hidden by the filters.`),
    ),
  );
}

function renderPair(explorer: Explorer, a: string, b: string): HTMLElement {
  const { graph, index, store } = explorer;
  if (!graph.hasNode(a) || !graph.hasNode(b)) return renderMissing("One of these entities is not in this graph.");
  const edge = graph.edge(a, b);
  const ids = edge !== undefined ? graph.getEdgeAttribute(edge, "sentences") : sharedSentences(index, a, b);
  const excluded = new Set(store.get().filters.excludedDocuments);
  const items = listEvidence(index, ids, excluded);
  const visibility = explorer.visibility();
  const nameButton = (node: string) =>
    h(
      "button",
      { className: "link-button", attrs: { type: "button", "data-node": node }, style: { "--type-color": TYPE_COLORS[graph.getNodeAttribute(node, "type")] } },
      graph.getNodeAttribute(node, "label"),
    );

  return h(
    "div",
    { className: "details" },
    header(h("span", { className: "pair" }, nameButton(a), h("span", { className: "pair__and", attrs: { "aria-hidden": "true" } }, " — "), nameButton(b)), chip("Link", "rgb(217, 119, 6)")),
    edge !== undefined && visibility.hiddenEdges.has(edge) && h("p", { className: "details__note" }, "This link is hidden in the graph by the current filters."),
    h(
      "dl",
      { className: "stats" },
      stat("Sentences", formatCount(countSentences(items))),
      stat("Documents", formatCount(new Set(items.map((item) => item.document)).size)),
    ),
    section(
      "Shared sentences",
      items.length > 0
        ? renderEvidence(explorer, items, new Set([a, b]))
        : h("p", { className: "muted" }, "These two are never named in the same sentence of the documents that count."),
    ),
  );
}

function renderMissing(message: string): HTMLElement {
  return h("div", { className: "details" }, header(h("span", null, "Not found")), h("p", { className: "details__note" }, message));
}

/** Sentences grouped under document headings, one page at a time. */
function renderEvidence(explorer: Explorer, items: EvidenceItem[], focused: ReadonlySet<string>): HTMLElement {
  const { index } = explorer;
  const perDocument = new Map<string, number>();
  for (const item of items) perDocument.set(item.document, (perDocument.get(item.document) ?? 0) + 1);

  const root = h("div", { className: "evidence" });
  let group: { document: string; list: HTMLOListElement } | null = null;
  const rows = items.map((item) => () => {
    if (group?.document !== item.document) {
      const list = h("ol", { className: "sentences" });
      group = { document: item.document, list };
      root.insertBefore(documentGroup(explorer, item.document, perDocument.get(item.document) ?? 0, list), more);
    }
    const sentence = index.sentences.get(item.sentence);
    if (sentence) group.list.append(renderSentence(explorer, sentence.text, sentence.mentions, focused));
    return null;
  });
  const more = pager(rows, SENTENCE_PAGE_SIZE, "sentences");
  root.append(more);
  more.click();
  return root;
}

function documentGroup(explorer: Explorer, documentId: string, count: number, list: HTMLOListElement): HTMLElement {
  const doc = explorer.index.documents.get(documentId);
  const title = doc?.title || documentId;
  const href = safeHref(doc?.url);
  return h(
    "section",
    { className: "doc", attrs: { "data-document": documentId } },
    h(
      "header",
      { className: "doc__header" },
      h(
        "h4",
        { className: "doc__title" },
        href ? h("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer", title: href } }, title, h("span", { className: "doc__external", attrs: { "aria-hidden": "true" } }, " ↗")) : title,
      ),
      h("p", { className: "doc__meta" }, doc?.path ?? documentId, " · ", plural(count, "sentence")),
    ),
    list,
  );
}

function renderSentence(
  explorer: Explorer,
  text: string,
  mentions: Parameters<typeof segmentSentence>[1],
  focused: ReadonlySet<string>,
): HTMLLIElement {
  const { graph } = explorer;
  const render = (segment: Segment): Node => {
    if (segment.entity === null || !graph.hasNode(segment.entity)) return document.createTextNode(segment.text);
    const color = TYPE_COLORS[graph.getNodeAttribute(segment.entity, "type")];
    return segment.focused
      ? h("mark", { className: "mention mention--focus", style: { "--type-color": color } }, segment.text)
      : h(
          "button",
          {
            className: "mention",
            attrs: { type: "button", "data-node": segment.entity, title: graph.getNodeAttribute(segment.entity, "label") },
            style: { "--type-color": color },
          },
          segment.text,
        );
  };
  const paragraph = h("p", null);
  for (const piece of glueMentions(segmentSentence(text, mentions, focused))) {
    paragraph.append("glued" in piece ? h("span", { className: "mention-glue" }, ...piece.glued.map(render)) : render(piece));
  }
  return h("li", { className: "sentence" }, paragraph);
}

/** A button that renders the next `pageSize` rows each time it is clicked, and hides when all are in. */
function pager(rows: (() => Node | null)[], pageSize: number, noun: string): HTMLButtonElement {
  let shown = 0;
  const button = h("button", { className: "more", attrs: { type: "button" } });
  button.addEventListener("click", () => {
    const end = Math.min(rows.length, shown + pageSize);
    for (; shown < end; shown++) {
      const row = rows[shown]?.();
      if (row) button.before(row);
    }
    const remaining = rows.length - shown;
    button.hidden = remaining === 0;
    button.textContent = `Show ${formatCount(Math.min(pageSize, remaining))} more ${noun} (${formatCount(remaining)} left)`;
  });
  return button;
}

/** A list whose rows are added a page at a time. */
function pagedList(list: HTMLElement, rows: (() => Node)[], pageSize: number, noun: string): HTMLElement {
  const more = pager(
    rows.map((row) => () => {
      list.append(row());
      return null;
    }),
    pageSize,
    noun,
  );
  const wrapper = h("div", null, list, more);
  more.click();
  return wrapper;
}

function entityRow(explorer: Explorer, node: string, attrs: Record<string, string>, detail: string): HTMLLIElement {
  const { label, type } = explorer.graph.getNodeAttributes(node);
  return h(
    "li",
    null,
    h(
      "button",
      { className: "entity-row", attrs: { type: "button", ...attrs } },
      h("span", { className: "dot", style: { background: TYPE_COLORS[type] }, attrs: { "aria-hidden": "true" } }),
      h("span", { className: "entity-row__label" }, label),
      h("span", { className: "entity-row__detail" }, detail),
    ),
  );
}

function header(title: HTMLElement, badge?: HTMLElement): HTMLElement {
  return h(
    "header",
    { className: "details__header" },
    badge ?? null,
    h("h2", { className: "details__title" }, title),
    h("button", { className: "close", attrs: { type: "button", "data-close": "", "aria-label": "Close details", title: "Close (Esc)" } }, "×"),
  );
}

const TYPE_SINGULAR: Readonly<Record<EntityType, string>> = {
  person: "Person",
  country: "Country",
  place: "Place",
  organization: "Organisation",
};

function typeChip(type: EntityType): HTMLElement {
  return chip(TYPE_SINGULAR[type] ?? type, TYPE_COLORS[type]);
}

function chip(text: string, color: string): HTMLElement {
  return h("span", { className: "chip", style: { "--type-color": color } }, text);
}

function section(title: string, ...content: (Node | false | null)[]): HTMLElement {
  return h("section", { className: "details__section" }, h("h3", null, title), ...content);
}

function stat(name: string, value: string): HTMLElement {
  return h("div", { className: "stat" }, h("dt", null, name), h("dd", null, value));
}

function countSentences(items: EvidenceItem[]): number {
  return new Set(items.map((item) => item.sentence)).size;
}
