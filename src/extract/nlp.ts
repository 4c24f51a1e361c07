// Configures compromise once: our gazetteer goes into its lexicon. Import `nlp` from here only.
// compromise/two: the tagger, without the chunker and the other plugins of the full build, which extraction
// does not use (same tags, about 10% less time).
import nlp from "compromise/two";
import { DEMONYMS, GAZETTEER } from "./gazetteer.ts";

const TAG_BY_TYPE = { country: "Country", place: "Place", organization: "Organization" } as const;

function gazetteerWords(): Record<string, string> {
  const words: Record<string, string> = {};
  for (const [key, entry] of GAZETTEER) {
    // compromise's lexicon keys are plain words; names with dots ("u.s.") are handled by our own lookup.
    if (/^[\p{L} '-]+$/u.test(key)) words[key] = TAG_BY_TYPE[entry.type];
  }
  for (const key of DEMONYMS.keys()) if (!(key in words)) words[key] = "Demonym";
  return words;
}

nlp.plugin({ words: gazetteerWords() });

export { nlp };
