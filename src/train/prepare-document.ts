// A gold document → what training and evaluation need of it: its sentences as the pipeline tokenizes them,
// the tagger's features, and the gold label of every token. Pure.
import { findRuleMentions } from "../extract/find-rule-mentions.ts";
import { splitSentences, type TokenizedSentence } from "../extract/split-sentences.ts";
import { tokenCore } from "../extract/tagger.ts";
import { documentFeatures, type SentenceFeatures } from "../extract/token-features.ts";
import type { GoldDocument, GoldSpan } from "./gold-document.ts";
import { LABELS, type TrainingSentence } from "./train-tagger.ts";

/** A document ready for training or scoring. */
export interface PreparedDocument {
  gold: GoldDocument;
  sentences: TokenizedSentence[];
  features: SentenceFeatures[];
  training: TrainingSentence[];
  /** Gold entities with no candidate token at all (lowercase names): lost to the tagger before it starts. */
  unreachable: number;
}

const LABEL_INDEX = new Map(LABELS.map((l, i) => [l, i]));

/** The gold label of each token: B- where an entity starts, I- inside it, O elsewhere. */
function goldLabels(sentence: TokenizedSentence, spans: readonly GoldSpan[]): number[] {
  let previous: GoldSpan | null = null;
  return sentence.tokens.map((token) => {
    const core = tokenCore(token);
    const span = spans.find((s) => s.start < core.end && s.end > core.start) ?? null;
    const label = span === null ? "O" : `${span === previous ? "I" : "B"}-${span.type}`;
    previous = span;
    return LABEL_INDEX.get(label) ?? 0;
  });
}

/**
 * Tokenizes, runs the rules and computes the features of one gold document.
 * @param names collects the features' readable names when given (training)
 * @param nameList the names seen in training, as the tagger will read them
 */
export function prepareDocument(gold: GoldDocument, names: Map<number, string> | null, nameList: ReadonlyMap<string, string> | null): PreparedDocument {
  const sentences = splitSentences(gold.text);
  const rules = findRuleMentions(sentences, gold.text);
  const features = documentFeatures(sentences, rules, { names, nameList });
  let unreachable = 0;
  const training = sentences.map((sentence, i) => {
    const spans = gold.spans.filter((s) => s.start < sentence.end && s.end > sentence.start);
    const labels = goldLabels(sentence, spans);
    const f = features[i] as SentenceFeatures;
    for (const span of spans) {
      const reached = sentence.tokens.some((t, k) => f.candidate[k] && t.start < span.end && t.end > span.start);
      if (!reached) unreachable++;
    }
    // A gold entity token the tagger never reads stays O in training, as it will be when tagging.
    return { features: f, gold: labels.map((l, k) => (f.candidate[k] ? l : 0)), known: [...f.words] };
  });
  return { gold, sentences, features, training, unreachable };
}
