// The relations found in each sentence → the `relations` attribute of each link: one entry per label and
// direction, with its class, count and sentence ids, most frequent first. Pure.
import type { SentenceRelation } from "../extract/sentence-relations.ts";
import type { LinkRelation } from "./types.ts";

/** Collects the relations of sentences per link and gives each link's list, most frequent first. */
export interface LinkRelationCollector {
  /** Adds one sentence's relations; `entities` are the node keys of its mentions, by mention index. */
  add(sentenceId: string, entities: readonly string[], relations: readonly SentenceRelation[]): void;
  /** The relations of the link between two nodes, most frequent first (ties: label order); [] when none. */
  of(a: string, b: string): LinkRelation[];
}

/** The key of a link by its two ends, whichever order: the builder's edge key ("a|b", a < b). */
function linkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * Creates a collector of link relations.
 * @example const links = collectLinkRelations(); links.add("s1", ["person:a", "person:b"], relations); links.of("person:a", "person:b")
 */
export function collectLinkRelations(): LinkRelationCollector {
  const byLink = new Map<string, Map<string, LinkRelation>>();
  return {
    add(sentenceId, entities, relations) {
      for (const r of relations) {
        const a = entities[r.a];
        const b = entities[r.b];
        if (a === undefined || b === undefined || a === "" || b === "" || a === b) continue;
        const from = r.subject === null ? null : (entities[r.subject] ?? null);
        const link = linkKey(a, b);
        const entries = byLink.get(link) ?? new Map<string, LinkRelation>();
        byLink.set(link, entries);
        const key = `${r.label}|${from ?? ""}`;
        const entry = entries.get(key) ?? { label: r.label, class: r.class, count: 0, sentences: [], from };
        entries.set(key, entry);
        // One sentence counts once per label and direction, however often it says it.
        if (entry.sentences[entry.sentences.length - 1] === sentenceId) continue;
        entry.count++;
        entry.sentences.push(sentenceId);
      }
    },
    of(a, b) {
      const entries = byLink.get(linkKey(a, b));
      if (!entries) return [];
      return [...entries.values()].sort((x, y) => y.count - x.count || (x.label < y.label ? -1 : x.label > y.label ? 1 : (x.from ?? "") < (y.from ?? "") ? -1 : 1));
    },
  };
}
