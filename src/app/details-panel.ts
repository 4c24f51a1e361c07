// The details panel (<aside aria-label="Details">): an overview, or the selected entity (summary, its
// neighbours, then every sentence it appears in), or the sentences a pair shares, or a path scope's paths. Renders on selection and
// filter changes; long lists are paged so a hub opens as fast as a leaf. Sentences not loaded yet (a split
// graph file) show "Loading sentences…" until their chunk arrives; a path's hops list theirs once the
// highlighted paths are painted. While anything is on its way the panel carries `data-loading`.
import { problemOf } from "../export/check.ts";
import { TYPE_COLORS, TYPE_SINGULAR } from "../graph/appearance.ts";
import type { DocumentRecord, EntityType } from "../extract/types.ts";
import { afterPaint } from "./after-paint.ts";
import { formatCount, h, plural, safeHref } from "./dom.ts";
import type { EvidenceIndex } from "./evidence-index.ts";
import { listEvidence, pageRanks, pairSentences, ranksOf, SENTENCE_PAGE_SIZE, smallerNode, type EvidenceList } from "./evidence.ts";
import type { Explorer, MountedPanel } from "./explorer.ts";
import { SELECTED_EDGE_COLOR } from "./reducers.ts";
import { READ_DOCUMENT_EVENT } from "./document-reader.ts";
import { renderPaths } from "./paths-panel.ts";
import { relationText, topRelation } from "./relation-labels.ts";
import { isScopeAction, runScopeAction, focusActions } from "./focus-actions.ts";
import { glueMentions, segmentSentence, type Segment } from "./sentence-segments.ts";
import type { Selection } from "./view-state.ts";
import { renderNodeTimeline } from "./timeline-chart.ts";
import { uncountedDocuments } from "./timeline-range.ts";

/** Neighbours rendered per page: the top 10 first, before the sentences, then 10 more per "Show more". */
export const NEIGHBOUR_PAGE_SIZE = 10;

/** One collator for every sort: String#localeCompare builds a new one per call, slow on a hub's thousands. */
const COLLATOR = new Intl.Collator("en");

/**
 * Options: `onRendered` hears when the panel's content is in the DOM, sentences included (for timings);
 * `onLoading` when a render has to wait for sentences first.
 */
export interface DetailsPanelOptions {
  onRendered?: (selection: Selection | null) => void;
  /** Hears the promise of a render that waits for sentences; it settles once the panel is complete. */
  onLoading?: (filled: Promise<void>) => void;
}

/** Work a render left running: sentences being loaded. The panel is complete when all have settled. */
type Pending = Promise<unknown>[];

/** Mounts the details panel into `aside`; after a correction it renders again in place, scrolled where it was. */
export function mountDetailsPanel(aside: HTMLElement, explorer: Explorer, options: DetailsPanelOptions = {}): MountedPanel {
  const { store, graph } = explorer;
  let lastSelection: Selection | null | undefined;
  let generation = 0;
  // The relation label picked on a link's panel (its position in the link's list), until the selection changes.
  let picked: number | null = null;
  // Where the panel is scrolled to, as its last scroll event said: read in a render, after the new content
  // went in, it would lay the page out there and then (tens of ms for a hub's panel on the UN graph).
  let scrolled = aside.scrollTop;
  const onScroll = () => (scrolled = aside.scrollTop);

  const render = () => {
    const started = performance.now();
    const current = ++generation;
    const { selection, scope } = store.get();
    const pending: Pending = [];
    // A path's hops: their headings and labels now, their sentences once the highlighted paths are painted.
    const hops: (() => void)[] = [];
    const content =
      selection === null
        ? scope?.kind === "path"
          ? renderPaths(explorer, scope.source, scope.target, (a, b) => {
              const note = loadingNote();
              hops.push(() => note.replaceWith(hopSentences(explorer, a, b, pending)));
              return note;
            })
          : renderOverview(explorer)
        : selection.kind === "node"
          ? renderNode(explorer, selection.node, pending)
          : renderPair(explorer, selection.source, selection.target, pending, picked);
    aside.replaceChildren(content);
    aside.dataset.view = selection === null ? (scope?.kind === "path" ? "paths" : "overview") : selection.kind;
    if (selection !== lastSelection && scrolled !== 0) aside.scrollTop = scrolled = 0;
    if (selection !== lastSelection && lastSelection !== undefined && !samePair(selection, lastSelection)) picked = null;
    lastSelection = selection;
    performance.measure("entity-graph:details-panel", { start: started });
    if (pending.length === 0 && hops.length === 0) {
      delete aside.dataset.loading;
      options.onRendered?.(selection);
      return;
    }
    aside.dataset.loading = "";
    // Listing a hop's sentences (15 hops on the UN graph) starts fetching their chunks, work that would
    // hold the path's frame: the hops fill in a task after it is painted, out of the next frame's animation
    // callbacks, and the path's redraw waits for none of their chunks.
    const listed = hops.length === 0 ? Promise.resolve() : new Promise<void>((done) => afterPaint(() => setTimeout(done, 0))).then(() => {
      if (current === generation) for (const fill of hops) fill();
    });
    const filled = listed.then(() => Promise.allSettled(pending)).then(() => {
      if (current !== generation) return;
      delete aside.dataset.loading;
      performance.measure("entity-graph:details-panel-filled", { start: started });
      options.onRendered?.(selection);
    });
    if (hops.length === 0) options.onLoading?.(filled);
  };

  // One listener for every entity button in the panel, however many sentences are listed.
  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-node], [data-pair], [data-close], [data-relation], [data-scope-action], [data-scope-back], [data-read]");
    if (!target || !aside.contains(target)) return;
    const action = target.dataset.scopeAction;
    if (isScopeAction(action)) return runScopeAction(explorer, action, target.dataset.for ?? "", target);
    if (target.dataset.scopeBack !== undefined) return store.setScope(null);
    if (target.dataset.read !== undefined) {
      target.dispatchEvent(new CustomEvent(READ_DOCUMENT_EVENT, { bubbles: true, detail: { document: target.dataset.read, sentence: target.dataset.sentence } }));
      return;
    }
    if (target.dataset.relation !== undefined) {
      const index = Number(target.dataset.relation);
      picked = picked === index || index < 0 ? null : index;
      return render();
    }
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
  aside.addEventListener("scroll", onScroll, { passive: true });
  const unsubscribe = store.subscribe((_state, change) => {
    if (change !== "hovered") render();
  });
  // The evidence index of a split graph file arrives after the first frame: a panel waiting for it renders
  // again. (A corrected graph's evidence is always in memory: its store has no index to wait for.)
  const unsubscribeIndex = explorer.evidence.onIndex(() => {
    if (store.get().selection !== null || store.get().scope?.kind === "path") render();
  });
  render();
  return {
    graphChanged() {
      // The same entity's panel stays where it was scrolled to; another's starts at the top, as on a click.
      const scrollTop = store.get().selection === lastSelection ? scrolled : 0;
      // The picked relation is a place in the link's list, which the correction may have recounted.
      picked = null;
      render();
      if (scrollTop > 0) aside.scrollTop = scrollTop;
    },
    dispose() {
      generation++;
      unsubscribe();
      unsubscribeIndex();
      aside.removeEventListener("click", onClick);
      aside.removeEventListener("scroll", onScroll);
      aside.replaceChildren();
    },
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
  const excludedDocuments = uncountedDocuments(file.documents, explorer.store.get().filters).length;

  return h(
    "div",
    { className: "details" },
    h("header", { className: "details__header" }, h("h2", { className: "details__title" }, "Overview")),
    h(
      "dl",
      { className: "stats" },
      stat("Entities", formatCount(graph.order)),
      stat("Links", formatCount(graph.size)),
      stat("Sentences", formatCount(explorer.evidence.total)),
      stat("Documents", excludedDocuments > 0 ? `${formatCount(file.documents.length - excludedDocuments)} of ${formatCount(file.documents.length)}` : formatCount(file.documents.length)),
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

function renderNode(explorer: Explorer, node: string, pending: Pending): HTMLElement {
  const { graph, evidence, store, file } = explorer;
  if (!graph.hasNode(node)) return renderMissing(`There is no entity “${node}” in this graph.`);
  const attributes = graph.getNodeAttributes(node);
  const visibility = explorer.visibility();
  const excluded = new Set(uncountedDocuments(file.documents, store.get().filters));
  const index = evidence.index();
  const items = index ? listEvidence(index, index.nodeSentences(node), excluded) : null;
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
  // The documents its listed sentences are under: those that count, as the exports count them (shown-graph.ts).
  const documents = visibility.countedSentences && items ? items.perDocument.size : attributes.documents;
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
      stat("Documents", documents === attributes.documents ? formatCount(documents) : `${formatCount(documents)} of ${formatCount(attributes.documents)}`),
      stat("Neighbours", formatCount(neighbours.length)),
    ),
    renderNodeTimeline(explorer, node),
    focusActions(explorer, node),
    section(
      `Neighbours (${formatCount(neighbours.length)})`,
      neighbours.length > 0
        ? pagedList(
            h("ol", { className: "entity-list" }),
            neighbours.length,
            (i) => {
              const { node: other, weight } = neighbours[i]!;
              const top = topRelation(graph.getEdgeAttribute(graph.edge(node, other)!, "relations"));
              return entityRow(explorer, other, { "data-pair": other, title: `Sentences shared with ${label(other)}` }, top ? `${plural(weight, "sentence")} · ${top.label}` : plural(weight, "sentence"));
            },
            NEIGHBOUR_PAGE_SIZE,
            "neighbours",
          )
        : h("p", { className: "muted" }, "No neighbours under the current filters."),
      hiddenNeighbours > 0 && h("p", { className: "muted" }, `${plural(hiddenNeighbours, "more neighbour")} hidden by the filters${explorer.store.get().scope?.kind === "focus" ? " or outside the focus" : ""}.`),
    ),
    section(
      items ? `Sentences (${formatCount(items.sentences)})` : "Sentences",
      items === null
        ? waitForIndex(explorer, pending)
        : items.length > 0
          ? renderEvidence(explorer, index!, items, node, new Set([node]), pending)
          : h("p", { className: "muted" }, "No sentences in the documents that count."),
    ),
  );
}

/** Is the selection the same pair as before, in either order (a re-render keeps the picked relation)? */
function samePair(x: Selection | null, y: Selection | null): boolean {
  if (x?.kind !== "pair" || y?.kind !== "pair") return false;
  return (x.source === y.source && x.target === y.target) || (x.source === y.target && x.target === y.source);
}

function renderPair(explorer: Explorer, a: string, b: string, pending: Pending, picked: number | null): HTMLElement {
  const { graph, evidence, store, file } = explorer;
  if (!graph.hasNode(a) || !graph.hasNode(b)) return renderMissing("One of these entities is not in this graph.");
  const edge = graph.edge(a, b);
  const index = evidence.index();
  const excluded = new Set(uncountedDocuments(file.documents, store.get().filters));
  const relations = edge === undefined ? [] : (graph.getEdgeAttribute(edge, "relations") ?? []);
  const chosen = picked === null ? undefined : relations[picked];
  const ranks = index ? (chosen ? ranksOf(index, chosen.sentences) : pairSentences(explorer.graph, index, a, b)) : null;
  const items = index && ranks ? listEvidence(index, ranks, excluded) : null;
  const labelOf = (node: string) => graph.getNodeAttribute(node, "label");
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
    header(h("span", { className: "pair" }, nameButton(a), h("span", { className: "pair__and", attrs: { "aria-hidden": "true" } }, " — "), nameButton(b)), chip("Link", SELECTED_EDGE_COLOR)),
    edge !== undefined && visibility.hiddenEdges.has(edge) && h("p", { className: "details__note" }, "This link is hidden in the graph by the current filters."),
    items &&
      h(
        "dl",
        { className: "stats" },
        stat("Sentences", formatCount(items.sentences)),
        stat("Documents", formatCount(items.perDocument.size)),
      ),
    relations.length > 0 &&
      section(
        "What links them",
        h(
          "ul",
          { className: "relation-list" },
          ...relations.map((relation, i) =>
            h(
              "li",
              null,
              h(
                "button",
                { className: `relation-button${i === picked ? " relation-button--picked" : ""}`, attrs: { type: "button", "data-relation": String(i), "aria-pressed": String(i === picked), title: relation.class ? `${relation.class}: only its sentences` : "Only its sentences" } },
                relationText(relation, a, b, labelOf),
              ),
              relation.class && h("span", { className: "muted relation-class" }, ` ${relation.class}`),
            ),
          ),
        ),
        chosen !== undefined && h("button", { className: "link-button", attrs: { type: "button", "data-relation": "-1" } }, "Show every shared sentence"),
      ),
    section(
      chosen ? `Sentences that say “${chosen.label}”` : "Shared sentences",
      items === null
        ? waitForIndex(explorer, pending)
        : items.length > 0
          ? renderEvidence(explorer, index!, items, smallerNode(index!, a, b), new Set([a, b]), pending)
          : h("p", { className: "muted" }, "These two are never named in the same sentence of the documents that count."),
    ),
  );
}

/** The sentences of one hop of a path: those the two share, as a link's panel lists them. */
function hopSentences(explorer: Explorer, a: string, b: string, pending: Pending): HTMLElement {
  const index = explorer.evidence.index();
  if (!index) return waitForIndex(explorer, pending);
  const excluded = new Set(explorer.store.get().filters.excludedDocuments);
  const items = listEvidence(index, pairSentences(explorer.graph, index, a, b), excluded);
  return items.length > 0
    ? renderEvidence(explorer, index, items, smallerNode(index, a, b), new Set([a, b]), pending)
    : h("p", { className: "muted" }, "No shared sentence in the documents that count.");
}

function renderMissing(message: string): HTMLElement {
  return h("div", { className: "details" }, header(h("span", null, "Not found")), h("p", { className: "details__note" }, message));
}

/** Until the evidence index is in: a loading note (the panel renders again when it arrives), or its error. */
function waitForIndex(explorer: Explorer, pending: Pending): HTMLElement {
  const note = loadingNote();
  pending.push(
    explorer.evidence.loadIndex().catch((error: unknown) => {
      note.replaceWith(loadError(error));
    }),
  );
  return note;
}

function loadingNote(): HTMLElement {
  return h("p", { className: "evidence__loading muted", attrs: { role: "status" } }, "Loading sentences…");
}

function loadError(error: unknown): HTMLElement {
  return h("p", { className: "details__note", attrs: { role: "alert", "data-evidence-error": "" } }, `Could not load the sentences: ${problemOf(error)}.`);
}

/**
 * Sentences grouped under document headings, one page at a time; a page whose sentences are not loaded yet
 * waits for them (fetched among `streamNode`'s sentences: every listed sentence names it).
 */
function renderEvidence(
  explorer: Explorer,
  index: EvidenceIndex,
  items: EvidenceList,
  streamNode: string,
  focused: ReadonlySet<string>,
  pending: Pending,
): HTMLElement {
  const { evidence } = explorer;
  const root = h("div", { className: "evidence" });
  let group: { document: number; list: HTMLOListElement } | null = null;
  const row = (i: number) => {
    const document = items.documents[i]!;
    if (group?.document !== document) {
      const list = h("ol", { className: "sentences" });
      group = { document, list };
      root.insertBefore(documentGroup(explorer, index.documentOrder[document]!, items.perDocument.get(document) ?? 0, list), more);
    }
    const sentence = evidence.sentence(items.ranks[i]!);
    // A PDF's sentence says its page in the document it is listed under.
    const documentId = index.documentOrder[document]!;
    if (sentence) group.list.append(renderSentence(explorer, sentence.text, sentence.mentions, focused, sentence.pages?.[documentId], { document: documentId, sentence: sentence.id }));
    return null;
  };
  const prepare = (start: number, end: number): Promise<void> | null => {
    const missing = evidence.missing(pageRanks(items, start, end));
    return missing.length === 0 ? null : evidence.load(missing, streamNode);
  };
  const more = pager(items.length, row, SENTENCE_PAGE_SIZE, "sentences", prepare);
  root.append(more);
  const first = more.showMore();
  if (first) pending.push(first);
  return root;
}

function documentGroup(explorer: Explorer, documentId: string, count: number, list: HTMLOListElement): HTMLElement {
  const doc = explorer.evidence.index()?.documents.get(documentId);
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
      h("p", { className: "doc__meta" }, [doc?.path ?? documentId, ...documentFacts(doc), plural(count, "sentence")].join(" · ")),
    ),
    list,
  );
}

/** What the document heading says of a document besides its path: date, sender, pages (those it has). */
function documentFacts(doc: DocumentRecord | undefined): string[] {
  if (!doc) return [];
  return [doc.date, doc.sender ? `from ${doc.sender}` : undefined, doc.pages === undefined ? undefined : plural(doc.pages, "page")].filter((fact) => fact !== undefined);
}

function renderSentence(
  explorer: Explorer,
  text: string,
  mentions: Parameters<typeof segmentSentence>[1],
  focused: ReadonlySet<string>,
  page?: number,
  source?: { document: string; sentence: string },
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
  if (page !== undefined) paragraph.append(" ", h("span", { className: "sentence__page", attrs: { "data-page": String(page) } }, `p. ${page}`));
  if (source) {
    // No space before it: the sentence's text stays its own (the button has a margin).
    paragraph.append(
      h("button", { className: "sentence__read", attrs: { type: "button", "data-read": source.document, "data-sentence": source.sentence, title: "Read the whole document, this sentence in view", "aria-label": "Read the document" } }),
    );
  }
  return h("li", { className: "sentence" }, paragraph);
}

/**
 * A button that renders the next `pageSize` rows each time it is clicked, and hides when all are in.
 * `prepare` may return a promise for what the rows need (sentences to load): the button then says
 * "Loading…" and the rows come when it settles. `showMore()` shows the next page and returns that
 * promise, or null when the page went in at once.
 */
function pager(
  count: number,
  row: (i: number) => Node | null,
  pageSize: number,
  noun: string,
  prepare?: (start: number, end: number) => Promise<void> | null,
): HTMLButtonElement & { showMore(): Promise<void> | null } {
  let shown = 0;
  let busy = false;
  const button = Object.assign(h("button", { className: "more", attrs: { type: "button" } }), { showMore });
  const label = () => {
    const remaining = count - shown;
    button.hidden = remaining === 0;
    button.textContent = `Show ${formatCount(Math.min(pageSize, remaining))} more ${noun} (${formatCount(remaining)} left)`;
  };
  const fill = (end: number) => {
    for (; shown < end; shown++) {
      const node = row(shown);
      if (node) button.before(node);
    }
    label();
  };
  function showMore(): Promise<void> | null {
    if (busy) return null;
    const end = Math.min(count, shown + pageSize);
    const waiting = prepare?.(shown, end) ?? null;
    if (!waiting) {
      fill(end);
      return null;
    }
    busy = true;
    const note = loadingNote();
    button.before(note);
    button.hidden = true;
    return waiting.then(
      () => {
        busy = false;
        note.remove();
        fill(end);
      },
      (error: unknown) => {
        busy = false;
        note.replaceWith(loadError(error));
        label();
      },
    );
  }
  button.addEventListener("click", () => void showMore());
  return button;
}

/** A list whose rows are added a page at a time. */
function pagedList(list: HTMLElement, count: number, row: (i: number) => Node, pageSize: number, noun: string): HTMLElement {
  const more = pager(
    count,
    (i) => {
      list.append(row(i));
      return null;
    },
    pageSize,
    noun,
  );
  const wrapper = h("div", null, list, more);
  more.showMore();
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
