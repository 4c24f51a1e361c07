// A graph file's evidence index and the same file corrected → the corrected file's evidence index, by
// recounting only the nodes whose mentions in the changed sentences changed (a merge: the two merged nodes,
// not every node named beside them). Pure.
import { indexEvidence, type EvidenceIndexFile } from "../export/split-graph-file.ts";
import type { SentenceRecord } from "../extract/types.ts";
import type { GraphFile } from "../graph/types.ts";
import { rankAt, rankedPositions } from "./ranked-positions.ts";

type Sentences = Pick<GraphFile, "documents" | "sentences">;

/** True when two sentences name the same nodes in the same places (the text is the same sentence's). */
function sameMentions(a: SentenceRecord, b: SentenceRecord): boolean {
  if (a === b) return true;
  if (a.mentions.length !== b.mentions.length) return false;
  return a.mentions.every((m, i) => m.entity === b.mentions[i]?.entity);
}

/**
 * The evidence index of `next`, given `index`, that of `previous`. Both files come from one graph file
 * (the same documents and sentences, mentions moved or dropped: what applyCorrections gives), so sentences
 * that are the same objects are skipped without a look. When a sentence lost its last mention or gained its
 * first, every rank after it moves, and the index is built anew.
 * @example const index = patchEvidenceIndex(shown, shownIndex, corrected);
 */
export function patchEvidenceIndex(previous: Sentences, index: EvidenceIndexFile, next: Sentences): EvidenceIndexFile {
  if (previous.documents !== next.documents || previous.sentences.length !== next.sentences.length) return indexEvidence(next.documents, next.sentences);
  const changed: number[] = [];
  for (let i = 0; i < next.sentences.length; i++) {
    const before = previous.sentences[i] as SentenceRecord;
    const after = next.sentences[i] as SentenceRecord;
    if (sameMentions(before, after)) continue;
    if (before.id !== after.id || (before.mentions.length === 0) !== (after.mentions.length === 0)) return indexEvidence(next.documents, next.sentences);
    changed.push(i);
  }
  if (changed.length === 0) return index;

  // Ranks stay: a sentence's rank is its place among the sentences that name an entity, the same places
  // in both files (no sentence gained its first mention or lost its last).
  const positions = rankedPositions(previous, index);
  const rankOf = new Map<number, number>();
  for (const i of changed) rankOf.set(i, rankAt(positions, i));
  const changedRanks = new Set(rankOf.values());
  // A node named as often in a changed sentence as before keeps its list: it holds one rank per mention.
  // Only a node named where the two sentences differ can be named a different number of times.
  const affected = new Set<string>();
  const times = (mentions: readonly { entity: string }[], entity: string) => mentions.reduce((n, m) => (m.entity === entity ? n + 1 : n), 0);
  for (const i of changed) {
    const before = (previous.sentences[i] as SentenceRecord).mentions;
    const after = (next.sentences[i] as SentenceRecord).mentions;
    for (let j = 0; j < Math.max(before.length, after.length); j++) {
      const was = before[j]?.entity;
      const is = after[j]?.entity;
      if (was === is) continue;
      for (const entity of [was, is]) {
        if (entity !== undefined && !affected.has(entity) && times(before, entity) !== times(after, entity)) affected.add(entity);
      }
    }
  }
  /** The affected nodes each changed sentence names now, once per mention, by rank. */
  const added = new Map<string, number[]>();
  for (const i of changed) {
    const r = rankOf.get(i) as number;
    for (const m of (next.sentences[i] as SentenceRecord).mentions) {
      if (!affected.has(m.entity)) continue;
      const list = added.get(m.entity);
      if (list) list.push(r);
      else added.set(m.entity, [r]);
    }
  }
  const nodes: [string, number[]][] = [];
  for (const [key, ranks] of index.nodes) {
    if (!affected.has(key)) {
      nodes.push([key, ranks]);
      continue;
    }
    const list = mergeSorted(
      ranks.filter((r) => !changedRanks.has(r)),
      added.get(key) ?? [],
    );
    added.delete(key);
    if (list.length > 0) nodes.push([key, list]);
  }
  // Nodes named for the first time (a split's new node), in the order of their first sentence.
  for (const [key, ranks] of added) nodes.push([key, ranks]);
  return { ...index, nodes };
}

/** Two ascending lists of ranks as one (the changed sentences' ranks come in reading order, as the kept ones). */
function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) merged.push(j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!);
  return merged;
}
