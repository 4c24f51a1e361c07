// A graph file → a short key that changes with its content: documents, entities and links. The explorer
// keeps a graph's corrections under it, so they come back for that graph and no other. Pure.
import type { GraphFileHead } from "../export/split-graph-file.ts";

/** FNV-1a, 32 bits, over a string's UTF-16 code units. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The key of a graph's content (its positions aside, which the layout changes). */
export function graphContentKey(file: GraphFileHead): string {
  const parts = [
    file.documents.map((d) => `${d.id}\u0000${d.title}`).join("\u0001"),
    file.graph.nodes.map((n) => `${n.key}\u0000${n.attributes?.label ?? ""}\u0000${n.attributes?.type ?? ""}\u0000${n.attributes?.mentions ?? 0}`).join("\u0001"),
    file.graph.edges.map((e) => `${e.key ?? `${e.source}|${e.target}`}\u0000${e.attributes?.weight ?? 0}`).join("\u0001"),
  ];
  const text = parts.join("\u0002");
  // Two hashes with different seeds and the length: collisions between two real graphs are not a worry.
  return `${fnv1a(text).toString(36)}${fnv1a(text, 0x01000193).toString(36)}-${text.length.toString(36)}`;
}
