// A graph file → a short key that changes with its content: documents, entities and links. The explorer
// keeps a graph's corrections under it, so they come back for that graph and no other. Pure.
import type { GraphFileHead } from "../export/split-graph-file.ts";

/**
 * FNV-1a, 32 bits, over a string's UTF-16 code units, from two seeds in one pass, and the length: two
 * hashes with different seeds and the length, so collisions between two real graphs are not a worry.
 */
function contentHash(text: string): string {
  let first = 0x811c9dc5;
  let second = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    first = Math.imul(first ^ unit, 0x01000193) >>> 0;
    second = Math.imul(second ^ unit, 0x01000193) >>> 0;
  }
  return `${first.toString(36)}${second.toString(36)}-${text.length.toString(36)}`;
}

/** Keys already computed: a graph is keyed when it is loaded and again when its sentences arrive. */
const KEYS = new WeakMap<GraphFileHead, string>();

/**
 * The key of a graph's content (its positions aside, which the layout changes): its documents' ids and
 * titles, its entities' keys, labels, types and mentions, its links' keys and weights.
 * @example graphContentKey(file) // "1sia3tc1h6qsxm-1d2jb"
 */
export function graphContentKey(file: GraphFileHead): string {
  const known = KEYS.get(file);
  if (known !== undefined) return known;
  const parts = [
    file.documents.map((d) => `${d.id}\u0000${d.title}`).join("\u0001"),
    file.graph.nodes.map((n) => `${n.key}\u0000${n.attributes?.label ?? ""}\u0000${n.attributes?.type ?? ""}\u0000${n.attributes?.mentions ?? 0}`).join("\u0001"),
    file.graph.edges.map((e) => `${e.key ?? `${e.source}|${e.target}`}\u0000${e.attributes?.weight ?? 0}`).join("\u0001"),
  ];
  const key = contentHash(parts.join("\u0002"));
  KEYS.set(file, key);
  return key;
}
