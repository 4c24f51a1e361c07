// The reading panel over the graph: the full-text search's results, and the document reader, a whole
// document (rebuilt from its sentences: document-text.ts) with every entity mention clickable and the
// sentence it was opened from marked and scrolled into view. Opened by the search box (TEXT_SEARCH_EVENT)
// and by any sentence's Read button (READ_DOCUMENT_EVENT). DOM, text nodes only; returns its cleanup.
import type { DocumentRecord } from "../extract/types.ts";
import { loadCorpusText, loadDocumentText, searchCorpusText, type DocumentText } from "./corpus-text.ts";
import { problemOf } from "../export/check.ts";
import { formatCount, h, plural, safeHref } from "./dom.ts";
import type { Dispose, Explorer } from "./explorer.ts";
import { phrasePattern } from "../export/fold-for-match.ts";
import { searchSentences } from "./text-search.ts";
import { renderSentenceText, renderTextResults, TEXT_RESULTS_LIMIT, TEXT_SEARCH_EVENT } from "./text-search-panel.ts";
import "./reading.css";

/** The event a sentence's Read button sends up the page: `detail.document`, and `detail.sentence` to show. */
export const READ_DOCUMENT_EVENT = "entity-graph:read-document";

/** What the reading panel shows. */
type Reading = { view: "results"; phrase: string } | { view: "document"; document: string; sentence: string | null; phrase: string | null };

/** Mounts the reading panel into `container` (hidden until a text search or a Read). */
export function mountDocumentReader(container: HTMLElement, explorer: Explorer): Dispose {
  const { store, graph, evidence } = explorer;
  const documents = new Map(explorer.file.documents.map((doc) => [doc.id, doc]));
  let reading: Reading | null = null;
  // The results the reader was opened from, to go back to.
  let lastPhrase: string | null = null;
  let generation = 0;
  container.hidden = true;

  const frame = (title: string, ...content: (Node | false | null)[]) =>
    h(
      "div",
      { className: "reading__frame" },
      h(
        "header",
        { className: "reading__header" },
        h("h2", { className: "reading__title" }, title),
        h("button", { className: "close", attrs: { type: "button", "data-reading-close": "", "aria-label": "Close", title: "Close (Esc)" } }, "×"),
      ),
      ...content,
    );

  const show = (next: Reading) => {
    reading = next;
    const current = ++generation;
    container.hidden = false;
    container.dataset.view = next.view;
    const status = h("p", { className: "reading__summary muted", attrs: { role: "status" } }, "Loading the text…");
    const body = h("div", { className: "reading__body" }, status);
    const title = next.view === "results" ? `Sentences containing “${next.phrase}”` : (documents.get(next.document)?.title || next.document);
    container.replaceChildren(
      frame(
        title,
        next.view === "document" && lastPhrase !== null && h("button", { className: "link-button reading__back", attrs: { type: "button", "data-reading-back": "" } }, `← Sentences containing “${lastPhrase}”`),
        body,
      ),
    );
    container.dataset.loading = "";
    const progress = (done: number, total: number) => {
      if (current === generation) status.textContent = `Loading the text: ${formatCount(done)} of ${plural(total, "file")}…`;
    };
    const loading: Promise<HTMLElement> =
      next.view === "results"
        ? searchCorpusText(evidence, next.phrase, TEXT_RESULTS_LIMIT, progress).then((result) => renderTextResults(explorer, next.phrase, result))
        : loadDocumentText(evidence, graph, next.document).then((text) => renderDocument(explorer, documents.get(next.document), next, text));
    loading.then(
      (content) => {
        if (current !== generation) return;
        delete container.dataset.loading;
        body.replaceChildren(content);
        body.querySelector<HTMLElement>(".reader__sentence--target")?.scrollIntoView({ block: "center" });
      },
      (error: unknown) => {
        if (current !== generation) return;
        delete container.dataset.loading;
        status.textContent = `Could not load the text: ${problemOf(error)}.`;
        status.setAttribute("role", "alert");
      },
    );
  };
  const close = () => {
    reading = null;
    generation++;
    container.hidden = true;
    container.replaceChildren();
  };

  const onSearch = (event: Event) => {
    const phrase = (event as CustomEvent<{ phrase: string }>).detail.phrase.trim();
    if (phrasePattern(phrase) === null) return;
    lastPhrase = phrase;
    show({ view: "results", phrase });
  };
  const onRead = (event: Event) => {
    const { document: id, sentence } = (event as CustomEvent<{ document: string; sentence?: string }>).detail;
    if (!documents.has(id)) return;
    if (reading?.view !== "results") lastPhrase = null;
    show({ view: "document", document: id, sentence: sentence ?? null, phrase: lastPhrase });
  };
  const onClick = (event: MouseEvent) => {
    const target = (event.target as HTMLElement).closest<HTMLElement>("[data-node], [data-read], [data-reading-close], [data-reading-back], [data-reading-whole]");
    if (!target) return;
    if (target.dataset.readingClose !== undefined) return close();
    if (target.dataset.readingWhole !== undefined && reading?.view === "document") {
      // Every sentence file, then the same document again, whole.
      const again = reading;
      target.setAttribute("disabled", "");
      const progress = (done: number, total: number) => (target.textContent = `Loading the text: ${formatCount(done)} of ${plural(total, "file")}…`);
      loadCorpusText(evidence, progress).then(
        () => reading === again && show(again),
        (error: unknown) => (target.textContent = `Could not load the text: ${problemOf(error)}.`),
      );
      return;
    }
    if (target.dataset.readingBack !== undefined && lastPhrase !== null) return show({ view: "results", phrase: lastPhrase });
    if (target.dataset.read !== undefined) {
      target.dispatchEvent(new CustomEvent(READ_DOCUMENT_EVENT, { bubbles: true, detail: { document: target.dataset.read, sentence: target.dataset.sentence } }));
      return;
    }
    const node = target.dataset.node;
    if (node && graph.hasNode(node)) {
      store.setSelection({ kind: "node", node });
      explorer.flyTo(node);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // The first Escape closes the panel; the page's next one clears the selection. Not from a field: the
    // search box's Escape closes its suggestions first.
    const typing = (event.target as HTMLElement | null)?.closest?.("input, textarea, select") != null;
    if (event.key === "Escape" && !container.hidden && !event.defaultPrevented && !typing) {
      event.preventDefault();
      close();
    }
  };

  document.addEventListener(TEXT_SEARCH_EVENT, onSearch);
  document.addEventListener(READ_DOCUMENT_EVENT, onRead);
  document.addEventListener("keydown", onKeyDown, true);
  container.addEventListener("click", onClick);
  return () => {
    generation++;
    document.removeEventListener(TEXT_SEARCH_EVENT, onSearch);
    document.removeEventListener(READ_DOCUMENT_EVENT, onRead);
    document.removeEventListener("keydown", onKeyDown, true);
    container.removeEventListener("click", onClick);
    container.replaceChildren();
    container.hidden = true;
  };
}

/** The document: its heading, a note on how the text was rebuilt, and its sentences in order. */
function renderDocument(explorer: Explorer, doc: DocumentRecord | undefined, reading: Extract<Reading, { view: "document" }>, { sentences, complete, total }: DocumentText): HTMLElement {
  const href = safeHref(doc?.url);
  const hasPhrase = reading.phrase !== null && phrasePattern(reading.phrase) !== null;
  const text = h("div", { className: "reader__text" });
  for (const sentence of sentences) {
    // The phrase the reader was opened from is marked in the whole document too.
    const ranges = reading.phrase !== null && hasPhrase ? (searchSentences([sentence], reading.phrase, 1).matches[0]?.ranges ?? []) : [];
    const span = h(
      "span",
      { className: `reader__sentence${sentence.id === reading.sentence ? " reader__sentence--target" : ""}`, attrs: { "data-sentence": sentence.id } },
      renderSentenceText(explorer, sentence, ranges),
    );
    text.append(span, " ");
  }
  return h(
    "article",
    { className: "reader", attrs: { "data-document": reading.document } },
    h(
      "p",
      { className: "doc__meta" },
      [doc?.path ?? reading.document, doc?.date, doc?.sender ? `from ${doc.sender}` : undefined, plural(total, "sentence")].filter(Boolean).join(" · "),
      href ? h("span", null, " · ", h("a", { attrs: { href, target: "_blank", rel: "noopener noreferrer" } }, "source ↗")) : null,
    ),
    h("p", { className: "reader__note muted" }, "Rebuilt from the document’s sentences in order: the graph file keeps sentences, not paragraphs."),
    !complete &&
      h(
        "p",
        { className: "reader__note", attrs: { "data-partial": "" } },
        `The ${formatCount(sentences.length)} of its ${formatCount(total)} sentences that name an entity; the others are only in the files of the whole text. `,
        h("button", { className: "link-button", attrs: { type: "button", "data-reading-whole": "" } }, "Load the whole text"),
      ),
    text,
  );
}
