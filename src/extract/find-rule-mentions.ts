// A document's tokenized sentences → the mentions the hand-written rules find, resolved over the document.
// The rules alone are `npm run eval`'s "rules alone"; their verdicts are features of the trained tagger. Pure.
import { findMentions, type FoundMention } from "./find-mentions.ts";
import { fold } from "./fold.ts";
import { nameWords, resolveDocument, type ResolvedMention } from "./resolve-document.ts";
import type { TokenizedSentence } from "./split-sentences.ts";
import type { EntityType } from "./types.ts";
import { POSSESSIVE } from "./possessive.ts";


/**
 * The rules' mentions of a document, resolved (short forms to full names, types the document settles) and
 * found again where capitals alone could not vouch for them; in document order.
 */
export function findRuleMentions(sentences: readonly TokenizedSentence[], text: string): ResolvedMention[] {
  const found: FoundMention[] = [];
  for (const sentence of sentences) found.push(...findMentions(sentence.tokens, text));
  return recallKnownNames(sentences, resolveDocument(found), text);
}

/**
 * Finds again, anywhere in the document, the names it has already settled: a headline's "Rouhani", a
 * sentence-initial "Trump", which capital letters alone could not vouch for.
 */
function recallKnownNames(sentences: readonly TokenizedSentence[], resolved: readonly ResolvedMention[], text: string): ResolvedMention[] {
  const known = new Map<string, { type: EntityType; name: string }>();
  for (const m of resolved) {
    if (m.type === "country") continue;
    const alias = fold(text.slice(m.start, m.end).replace(POSSESSIVE, ""));
    if (!alias.includes(" ")) known.set(alias, { type: m.type, name: m.name });
    // A person's surname names them too ("Assad" for "Bashar al-Assad").
    const words = m.type === "person" ? nameWords(m.name) : [];
    const surname = words[words.length - 1];
    if (surname && words.length > 1 && !known.has(surname)) known.set(surname, { type: "person", name: m.name });
  }
  if (known.size === 0) return [...resolved];
  const covered = resolved.map((m) => [m.start, m.end] as const);
  const isCovered = (start: number) => covered.some(([s, e]) => start >= s && start < e);
  const added: ResolvedMention[] = [];
  for (const sentence of sentences) {
    if (sentence.tokens.length < 2) continue;
    for (const token of sentence.tokens) {
      if (!/^\p{Lu}/u.test(token.text) || isCovered(token.start)) continue;
      const bare = token.text.replace(POSSESSIVE, "");
      const hit = known.get(fold(bare)) ?? known.get(nameWords(bare)[0] ?? "");
      if (hit) added.push({ start: token.start, end: token.start + bare.length, type: hit.type, name: hit.name, reason: "document-recall" });
    }
  }
  return [...resolved, ...added].sort((a, b) => a.start - b.start);
}
