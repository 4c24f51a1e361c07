// The annotated corpora the trained layer learns from (all under ../shared/data/ner-train), how each is
// read, and how its entity types map to our classes. Data with reasons; `readTrainingCorpora` reads them.
import type { GoldClass } from "./gold-document.ts";
import type { ConllFormat } from "./read-conll.ts";

/** One training corpus: its files (relative to the ner-train folder) and their format. */
export interface CorpusSource {
  name: string;
  files: readonly string[];
  format: ConllFormat;
  /** Licence and origin, for the README's attribution. */
  licence: string;
}

const PER_LOC_ORG: Readonly<Record<string, GoldClass>> = { PER: "PER", LOC: "LOC", ORG: "ORG" };

/**
 * CrossNER's fine types. Names of works, events, awards, products and journals are MISC: capitalised
 * names that are none of our types. Generic terms ("machine learning", "enzyme", "jazz") are not names at
 * all and stay outside any class.
 */
const CROSSNER: Readonly<Record<string, GoldClass>> = {
  person: "PER", politician: "PER", writer: "PER", scientist: "PER", musicalartist: "PER", researcher: "PER",
  location: "LOC", country: "LOC",
  organisation: "ORG", politicalparty: "ORG", university: "ORG", band: "ORG", magazine: "ORG",
  misc: "MISC", election: "MISC", award: "MISC", book: "MISC", event: "MISC", album: "MISC", song: "MISC",
  poem: "MISC", academicjournal: "MISC", conference: "MISC", product: "MISC", programlang: "MISC",
  astronomicalobject: "MISC",
};

const CROSSNER_DOMAINS = ["politics", "science", "music", "literature", "ai"] as const;

/** Every training corpus, news-like first. */
export const CORPUS_SOURCES: readonly CorpusSource[] = [
  {
    name: "uner-en-ewt",
    // Web text (reviews, e-mail, forums) annotated with UNER's guidelines, the test set's own.
    files: ["uner-en-ewt/en_ewt-ud-dev.iob2", "uner-en-ewt/en_ewt-ud-test.iob2"],
    format: { tokenColumn: 1, labelColumn: 2, documentStart: /^# newdoc\b/, classes: PER_LOC_ORG },
    licence: "Universal NER English-EWT, CC BY-SA 4.0",
  },
  {
    name: "wikigold",
    // Wikipedia in CoNLL-2003's scheme (IOB1); MISC there is nationalities, events and works.
    files: ["wikigold/wikigold.conll.txt"],
    format: { tokenColumn: 0, labelColumn: 1, documentStart: /^-DOCSTART-/, classes: { ...PER_LOC_ORG, MISC: "MISC" } },
    licence: "WikiGold (Balasuriya et al., 2009), CC BY 4.0",
  },
  {
    name: "crossner",
    files: CROSSNER_DOMAINS.flatMap((d) => [`crossner/${d}/train.txt`, `crossner/${d}/dev.txt`, `crossner/${d}/test.txt`]),
    format: { tokenColumn: 0, labelColumn: 1, classes: CROSSNER },
    licence: "CrossNER (Liu et al., 2021), MIT; sentences from Wikipedia, CC BY-SA",
  },
  {
    name: "wnut17",
    // WNUT's "group" is bands, teams and parties (organisations); products and creative works are MISC.
    files: ["wnut17/wnut17train.conll", "wnut17/emerging.dev.conll", "wnut17/emerging.test.annotated"],
    format: {
      tokenColumn: 0,
      labelColumn: 1,
      classes: { person: "PER", location: "LOC", corporation: "ORG", group: "ORG", product: "MISC", "creative-work": "MISC" },
    },
    licence: "WNUT-17 (Derczynski et al., 2017), CC BY 4.0",
  },
  {
    name: "btc",
    files: ["btc/a.conll", "btc/b.conll", "btc/e.conll", "btc/f.conll", "btc/g.conll", "btc/h.conll"],
    format: { tokenColumn: 0, labelColumn: 1, classes: PER_LOC_ORG },
    licence: "Broad Twitter Corpus (Derczynski, Bontcheva, Roberts, 2016), CC BY 4.0",
  },
];
