// A path scope → the panel's "Paths from <label> to <label>": each path (heaviest first) as its hops, each
// hop with what links the two (relation labels, when the sentences give any) and their shared sentences.
// DOM only, rendered by the details panel, which lends its sentence list (`hopSentences`).
import { TYPE_COLORS } from "../graph/appearance.ts";
import { formatCount, h, plural } from "./dom.ts";
import type { Explorer } from "./explorer.ts";
import { relationText } from "./relation-labels.ts";

/** Relation labels shown per hop; the link's own panel lists every one. */
const RELATIONS_PER_HOP = 3;

/** Renders the paths of the current path scope; `hopSentences(a, b)` lists the sentences a hop stands for. */
export function renderPaths(explorer: Explorer, source: string, target: string, hopSentences: (a: string, b: string) => HTMLElement): HTMLElement {
  const { graph } = explorer;
  const paths = explorer.scoped().paths ?? [];
  const labelOf = (node: string) => graph.getNodeAttribute(node, "label");
  const visibility = explorer.visibility();
  const name = (node: string) =>
    h("button", { className: "link-button", attrs: { type: "button", "data-node": node }, style: { "--type-color": TYPE_COLORS[graph.getNodeAttribute(node, "type")] } }, labelOf(node));

  const hop = (edge: string, a: string, b: string) => {
    const relations = (graph.getEdgeAttribute(edge, "relations") ?? []).slice(0, RELATIONS_PER_HOP);
    const weight = visibility.edgeWeights.get(edge) ?? graph.getEdgeAttribute(edge, "weight");
    return h(
      "li",
      { className: "path__hop", attrs: { "data-hop": `${a},${b}` } },
      h("p", { className: "path__hop-title" }, name(a), " — ", name(b), h("span", { className: "muted" }, ` · ${plural(weight, "shared sentence")}`)),
      relations.length > 0 && h("ul", { className: "relation-list" }, ...relations.map((relation) => h("li", null, relationText(relation, a, b, labelOf), relation.class ? h("span", { className: "muted relation-class" }, ` ${relation.class}`) : null))),
      hopSentences(a, b),
    );
  };

  return h(
    "div",
    { className: "details paths" },
    h(
      "header",
      { className: "details__header" },
      h("h2", { className: "details__title" }, `Paths from ${labelOf(source)} to ${labelOf(target)}`),
      h("button", { className: "close", attrs: { type: "button", "data-scope-back": "", "aria-label": "Back to the whole graph", title: "Back to the whole graph" } }, "×"),
    ),
    paths.length === 0
      ? h("p", { className: "details__note" }, `No path links ${labelOf(source)} to ${labelOf(target)} under the current filters.`)
      : h(
          "ol",
          { className: "path-list" },
          ...paths.map((path, i) =>
            h(
              "li",
              { className: "path", attrs: { "data-path": String(i) } },
              h(
                "h3",
                { className: "path__title" },
                `Path ${i + 1}: ${path.nodes.map(labelOf).join(" → ")}`,
                h("span", { className: "muted" }, ` · ${plural(path.edges.length, "link")} · ${formatCount(path.weight)} sentences`),
              ),
              h("ol", { className: "path__hops" }, ...path.edges.map((edge, j) => hop(edge, path.nodes[j]!, path.nodes[j + 1]!))),
            ),
          ),
        ),
  );
}
