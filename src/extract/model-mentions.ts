// A document's sentences and the rules' mentions → the mentions the trained tagger finds, typed for the
// graph: PER a person, LOC a country (when the gazetteer says so) or a place, ORG an organisation; the
// rules' demonyms ("Iranian" for Iran) are added where the tagger marks nothing. Pure.
import type { FoundMention } from "./find-mentions.ts";
import { fold } from "./fold.ts";
import { GAZETTEER } from "./gazetteer.ts";
import { resolveDocument, type ResolvedMention } from "./resolve-document.ts";
import type { TokenizedSentence } from "./split-sentences.ts";
import { labelSpans, tagSentence, type DocumentMemory, type TaggedSpan, type Tagger } from "./tagger.ts";
import { documentFeatures, type RuleSpan } from "./token-features.ts";
import type { EntityType } from "./types.ts";

const DEMONYM_REASONS = new Set(["demonym", "leading-demonym", "hyphen-demonym"]);

function typed(span: TaggedSpan, text: string): FoundMention | null {
  const written = text.slice(span.start, span.end);
  const entry = GAZETTEER.get(fold(written)) ?? GAZETTEER.get(fold(written.replace(/^the\s+/i, "")));
  let type: EntityType | null = null;
  if (span.type === "PER") type = "person";
  else if (span.type === "LOC") type = entry?.type === "country" ? "country" : "place";
  else if (span.type === "ORG") type = entry?.type === "country" ? "country" : "organization";
  if (type === null) return null;
  const name = entry && entry.type === type ? entry.name : written;
  return { start: span.start, end: span.end, type, name, titled: false, weak: false, reason: `model-${span.type}` };
}

/**
 * The tagger's mentions of a document, resolved like the rules' (short forms to full names).
 * @example modelMentions(sentences, text, findRuleMentions(sentences, text), tagger)
 */
export function modelMentions(sentences: readonly TokenizedSentence[], text: string, rules: readonly RuleSpan[], tagger: Tagger): ResolvedMention[] {
  const features = documentFeatures(sentences, rules);
  const found: FoundMention[] = [];
  const memory: DocumentMemory = new Map();
  sentences.forEach((sentence, i) => {
    const f = features[i];
    if (!f) return;
    for (const span of labelSpans(tagger, sentence.tokens, tagSentence(tagger, f, memory))) {
      const m = typed(span, text);
      if (m) found.push(m);
    }
  });
  const demonyms = rules.filter((r) => DEMONYM_REASONS.has(r.reason) && !found.some((m) => m.start < r.end && m.end > r.start));
  const resolved = resolveDocument(found);
  return [...resolved, ...demonyms.map((r) => ({ start: r.start, end: r.end, type: r.type, name: (r as ResolvedMention).name ?? text.slice(r.start, r.end), reason: r.reason }))].sort((a, b) => a.start - b.start);
}
