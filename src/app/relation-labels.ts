// A link's relations → what the panel writes for them: "Hassan Rouhani → ask → Vladimir Putin · 2", or
// "A — meet — B · 1" when the sentences give no direction. Pure: tested in Node.
import type { LinkRelation } from "../graph/types.ts";

/**
 * The text of one relation of the link between `a` and `b`, names from `labelOf`.
 * @example relationText({ label: "ask", class: "communicates", count: 2, sentences: ["s1", "s9"], from: "person:b" }, "person:a", "person:b", label) // "B → ask → A · 2"
 */
export function relationText(relation: LinkRelation, a: string, b: string, labelOf: (node: string) => string): string {
  if (relation.from === null || (relation.from !== a && relation.from !== b)) return `${labelOf(a)} — ${relation.label} — ${labelOf(b)} · ${relation.count}`;
  const object = relation.from === a ? b : a;
  return `${labelOf(relation.from)} → ${relation.label} → ${labelOf(object)} · ${relation.count}`;
}

/** The relation a neighbour list shows for a link: its most frequent one, or null ("" labels are none). */
export function topRelation(relations: readonly LinkRelation[] | undefined): LinkRelation | null {
  return relations?.[0] ?? null;
}
