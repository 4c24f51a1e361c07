// The full-text search's results: "Sentences containing “<phrase>”", grouped by document, the phrase
// marked and the entities clickable, each with Read (the document reader). DOM only, text nodes only:
// document text never goes through HTML parsing. Rendered by the reading panel (document-reader.ts).
import type { SentenceRecord } from "../extract/types.ts";
import { TYPE_COLORS } from "../graph/appearance.ts";
import { formatCount, h, plural } from "./dom.ts";
import type { Explorer } from "./explorer.ts";
import { segmentSentence } from "./sentence-segments.ts";
import { markRanges, type TextSearchResult } from "./text-search.ts";

/** The event the search box sends for a text search: `detail.phrase`. */
export const TEXT_SEARCH_EVENT = "entity-graph:text-search";
/** Sentences listed for one search; the heading says how many more contain the phrase. */
export const TEXT_RESULTS_LIMIT = 200;

/** One sentence as inline content: its mentions as buttons (`data-node`) in their type's colour, the phrase's occurrences marked. */
export function renderSentenceText(explorer: Explorer, sentence: SentenceRecord, ranges: readonly (readonly [number, number])[]): DocumentFragment {
  const { graph } = explorer;
  const fragment = document.createDocumentFragment();
  for (const segment of markRanges(segmentSentence(sentence.text, sentence.mentions, new Set()), ranges)) {
    const text = segment.hit ? h("mark", { className: "text-hit" }, segment.text) : document.createTextNode(segment.text);
    if (segment.entity === null || !graph.hasNode(segment.entity)) {
      fragment.append(text);
      continue;
    }
    fragment.append(
      h(
        "button",
        {
          className: "mention",
          attrs: { type: "button", "data-node": segment.entity, title: graph.getNodeAttribute(segment.entity, "label") },
          style: { "--type-color": TYPE_COLORS[graph.getNodeAttribute(segment.entity, "type")] },
        },
        text,
      ),
    );
  }
  return fragment;
}

/** The results of a text search, the sentences under their documents (in file order). */
export function renderTextResults(explorer: Explorer, phrase: string, result: TextSearchResult): HTMLElement {
  const documents = new Map(explorer.file.documents.map((doc) => [doc.id, doc]));
  const groups = new Map<string, HTMLOListElement>();
  const root = h("div", { className: "text-results" });
  for (const match of result.matches) {
    for (const id of match.sentence.documents) {
      let list = groups.get(id);
      if (!list) {
        list = h("ol", { className: "sentences" });
        groups.set(id, list);
        const doc = documents.get(id);
        root.append(
          h(
            "section",
            { className: "doc", attrs: { "data-document": id } },
            h("header", { className: "doc__header" }, h("h4", { className: "doc__title" }, doc?.title || id), h("p", { className: "doc__meta" }, [doc?.path ?? id, doc?.date].filter(Boolean).join(" · "))),
            list,
          ),
        );
      }
      list.append(
        h(
          "li",
          { className: "sentence", attrs: { "data-sentence": match.sentence.id } },
          h(
            "p",
            null,
            renderSentenceText(explorer, match.sentence, match.ranges),
            h("button", { className: "sentence__read", attrs: { type: "button", "data-read": id, "data-sentence": match.sentence.id, title: "Read the whole document, this sentence in view", "aria-label": "Read the document" } }),
          ),
        ),
      );
    }
  }
  const more = result.total - result.matches.length;
  return h(
    "div",
    null,
    h(
      "p",
      { className: "reading__summary", attrs: { role: "status" } },
      result.total === 0 ? `No sentence contains “${phrase}”.` : `${plural(result.total, "sentence")} in ${plural(groups.size, "document")}${more > 0 ? `; the first ${formatCount(result.matches.length)} listed` : ""}.`,
    ),
    root,
  );
}
