// Nouns that say what kind of thing a name is, when the text defines it ("Minetest is an open-source game",
// "Ashodaya, a collective of sex workers", "Qarnabad is a small town"): the type they give, or null for
// things that are none of our types (games, software, stars, diseases, ships, works). Data.
import type { EntityType } from "./types.ts";

/** Kind nouns, singular, to the type of the name they define. */
export const KIND_NOUNS: ReadonlyMap<string, EntityType | null> = new Map<string, EntityType | null>([
  // None of our types.
  ...["game", "video game", "software", "program", "programme", "distribution", "operating system", "app", "application",
    "browser", "engine", "platform", "framework", "library", "language", "protocol", "standard", "virus", "disease",
    "vaccine", "drug", "star", "planet", "galaxy", "comet", "asteroid", "moon", "satellite", "film", "movie", "book",
    "novel", "album", "song", "series", "show", "play", "painting", "ship", "vessel", "tanker", "aircraft", "plane",
    "car", "model", "product", "device", "phone", "smartphone", "console", "rifle", "missile", "festival", "award",
    "prize", "law", "bill", "treaty", "agreement", "hurricane", "storm", "typhoon", "cyclone", "species", "dinosaur",
    "breed", "dog", "cat", "horse", "penguin", "bird"].map((n) => [n, null] as const),
  // Organisations.
  ...["company", "firm", "corporation", "organisation", "organization", "collective", "charity", "nonprofit",
    "non-profit", "party", "agency", "union", "band", "club", "team", "network", "newspaper", "broadcaster",
    "publisher", "university", "college", "school", "foundation", "startup", "manufacturer", "brand", "bank",
    "airline", "retailer", "chain", "militia", "movement", "ministry", "department", "council", "court",
    "institute", "think tank", "website", "news site", "magazine", "channel", "station", "label", "studio",
    "hospital", "coalition", "alliance", "federation", "association", "society", "church", "cult"].map((n) => [n, "organization"] as const),
  // Places.
  ...["city", "town", "village", "suburb", "district", "region", "province", "state", "county", "island", "islands",
    "river", "lake", "mountain", "valley", "desert", "port", "capital", "municipality", "neighbourhood",
    "neighborhood", "territory", "archipelago", "peninsula", "camp", "crossing", "airport", "base"].map((n) => [n, "place"] as const),
  // Groups of people.
  ...["ethnic group", "tribe", "minority", "sect", "denomination", "indigenous people"].map((n) => [n, "group"] as const),
  // People.
  ...["man", "woman", "boy", "girl", "actor", "actress", "singer", "rapper", "musician", "politician", "writer",
    "author", "journalist", "reporter", "scientist", "professor", "lawyer", "doctor", "player", "footballer",
    "athlete", "businessman", "businesswoman", "entrepreneur", "activist", "student", "teacher", "artist", "director",
    "producer", "comedian", "presenter", "candidate", "senator", "minister", "president", "leader", "commander",
    "officer", "soldier", "spokesman", "spokeswoman", "resident", "developer", "engineer", "researcher",
    "biologist", "astronomer", "archaeologist", "historian", "economist", "priest", "cleric", "chef", "representative",
    "congressman", "congresswoman", "governor", "mayor", "judge", "prosecutor", "councillor", "lawmaker", "legislator",
    "diplomat", "ambassador", "general", "colonel", "photographer", "filmmaker", "poet", "novelist", "designer"].map((n) => [n, "person"] as const),
]);

/**
 * Words around a name that only a firm's name has: "shares of Dynegy", "Kinder Morgan's chief executive".
 * A name written so anywhere in the document is an organisation's there.
 * Lowercase, as written around the name; "'s" stands for any possessive.
 */
export const FIRM_CUES = {
  before: ["shares of", "shares in", "stake in", "subsidiary of", "ceo of", "chief executive of", "chief executive officer of", "employees of", "shareholders of"],
  // Not "shares" or "'s shares": people have shares too, and "Ann Oduya shares her view".
  after: ["'s ceo", "'s chief executive", "'s board of directors", "'s shareholders", "'s headquarters", "'s subsidiary", "'s employees", "'s stock price", "'s share price"],
} as const;
