// re3d's gold relations (with their trigger text and type) and our extraction of the same document → how
// often our relation label holds the gold trigger word and our class equals the gold type. Pure: the caller
// reads the files.
import type { DocumentExtraction } from "../extract/extract-document.ts";
import { baseForm } from "../extract/find-relations.ts";
import type { RelationClass } from "../extract/relation-verbs.ts";
import { splitSentences } from "../extract/split-sentences.ts";

/** One gold relation of re3d: the source and target spans, its type and its trigger text (`value`, at `begin`). */
export interface GoldRelation {
  sourceBegin: number;
  sourceEnd: number;
  targetBegin: number;
  targetEnd: number;
  type: string;
  begin: number;
  value: string;
}

/** re3d's relation types that name our classes; IsSynonymOf, HasAttrOf and Apart are not scored. */
export const RE3D_RELATION_CLASSES: Readonly<Record<string, RelationClass>> = {
  CommWith: "communicates",
  AlliesOf: "supports",
  Likes: "supports",
  FightingAgainst: "opposes",
  Dislikes: "opposes",
  BelongsTo: "member-of",
  InChargeOf: "leads",
  CoLocated: "located-in",
};

/** Counts of the relation scores: gold relations whose two entities we link in one sentence, and how many we label well. */
export interface RelationCounts {
  /** Gold relations of a scored type. */
  gold: number;
  /** ...whose source and target are two different entities of ours in one sentence. */
  linked: number;
  /** ...of those, how many we give a label, and how many a class. */
  labelled: number;
  /** ...of the linked with a trigger word (outside the entities' own words), those whose label holds one of them. */
  withTrigger: number;
  triggerHits: number;
  /** ...of the linked, those whose class is the gold type's. */
  classHits: number;
}

/** Words that are no trigger: determiners, pronouns, auxiliaries, conjunctions. */
const NOT_TRIGGERS: ReadonlySet<string> = new Set([
  "the", "a", "an", "and", "or", "of", "its", "their", "his", "her", "this", "that", "these", "those", "which", "who", "it", "they", "we", "he", "she",
  "be", "have", "do", "will", "would", "can", "could", "should", "may", "must", "also", "has", "had", "is", "are", "was", "were",
]);

/** The trigger words of a gold relation: the base forms of its text's words outside any gold entity span. */
function triggerWords(text: string, relation: GoldRelation, entitySpans: readonly { start: number; end: number }[]): Set<string> {
  const words = new Set<string>();
  for (const sentence of splitSentences(relation.value)) {
    for (const token of sentence.tokens) {
      const start = relation.begin + token.start;
      const end = relation.begin + token.end;
      if (entitySpans.some((e) => e.start < end && e.end > start)) continue;
      const base = baseForm(token);
      if (/\p{L}/u.test(base) && !NOT_TRIGGERS.has(base)) words.add(base);
    }
  }
  return words;
}

/**
 * Scores our relations on one re3d document; `entitySpans` are all its gold entity spans (their words are no trigger).
 * @example scoreRelations(doc.text, extractDocument(doc.text), relations, spans, counts)
 */
export function scoreRelations(text: string, extraction: DocumentExtraction, gold: readonly GoldRelation[], entitySpans: readonly { start: number; end: number }[], counts: RelationCounts, errors?: string[]): void {
  for (const relation of gold) {
    const expected = RE3D_RELATION_CLASSES[relation.type];
    if (!expected) continue;
    counts.gold++;
    for (const sentence of extraction.sentences) {
      if (relation.sourceBegin < sentence.start || relation.sourceEnd > sentence.end || relation.targetBegin < sentence.start || relation.targetEnd > sentence.end) continue;
      const overlapping = (begin: number, end: number) => sentence.mentions.findIndex((m) => sentence.start + m.start < end && sentence.start + m.end > begin);
      const source = overlapping(relation.sourceBegin, relation.sourceEnd);
      const target = overlapping(relation.targetBegin, relation.targetEnd);
      const a = sentence.mentions[source];
      const b = sentence.mentions[target];
      if (!a || !b || source === target || (a.type === b.type && a.name === b.name)) break;
      counts.linked++;
      const ours = (sentence.relations ?? []).find((r) => (r.a === source && r.b === target) || (r.a === target && r.b === source));
      if (ours) counts.labelled++;
      const triggers = triggerWords(text, relation, entitySpans);
      if (triggers.size > 0) {
        counts.withTrigger++;
        if (ours && ours.label.split(" ").some((w) => triggers.has(w))) counts.triggerHits++;
      }
      if (ours?.class === expected) counts.classHits++;
      else errors?.push(`${relation.type} ${a.name} — ${b.name}: gold "${relation.value}", ours ${ours ? `"${ours.label}" (${ours.class ?? "no class"})` : "none"}\n      ${sentence.text}`);
      break;
    }
  }
}

/** Empty counts to add documents to. */
export function emptyRelationCounts(): RelationCounts {
  return { gold: 0, linked: 0, labelled: 0, withTrigger: 0, triggerHits: 0, classHits: 0 };
}
