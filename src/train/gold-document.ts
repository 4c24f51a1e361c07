// The shape every annotated corpus is read into: documents of plain text (one sentence per line) with the
// character spans of their entities, in the four classes the trained layer learns.

/** The classes the trained layer tells apart; MISC is a name of none of our types (an event, a work, a law). */
export type GoldClass = "PER" | "LOC" | "ORG" | "MISC";

/** All gold classes, in a fixed order (the model's label order is built from it). */
export const GOLD_CLASSES: readonly GoldClass[] = ["PER", "LOC", "ORG", "MISC"];

/** One annotated entity: character offsets into the document text. */
export interface GoldSpan {
  start: number;
  end: number;
  type: GoldClass;
}

/** One annotated document: its sentences joined by line breaks, and its entity spans in text order. */
export interface GoldDocument {
  id: string;
  text: string;
  spans: GoldSpan[];
}

/** A corpus read from disk: its name (as `npm run train` and `npm run eval` print it) and its documents. */
export interface GoldCorpus {
  name: string;
  documents: GoldDocument[];
}
