// A corpus's documents → the part to train on and the part held out as its development set.

/** Every fifth document, from the third, is held out. */
const HELD_OUT_EVERY = 5;
const HELD_OUT_AT = 2;

/**
 * Splits documents into training and development parts, by position: the same split on every run.
 * @example splitCorpus(docs).dev.length // about docs.length / 5
 */
export function splitCorpus<T>(documents: readonly T[]): { train: T[]; dev: T[] } {
  const train: T[] = [];
  const dev: T[] = [];
  documents.forEach((doc, i) => (i % HELD_OUT_EVERY === HELD_OUT_AT ? dev : train).push(doc));
  return { train, dev };
}
