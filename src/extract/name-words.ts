// Word lists the mention finder reads: titles and roles, organisation and place head words, name
// particles, and the words around a name that tell its type. Lowercase; plain lists, no logic.

/** Titles and roles written before a name: stripped from the name, and a sign that a person follows. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  "president", "vice", "prime", "minister", "foreign", "defense", "defence", "interior", "finance",
  "economy", "justice", "health", "supreme", "leader", "general", "gen", "gen.", "lt", "lt.", "ayatollah",
  "grand", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sheikh", "sheik", "king",
  "queen", "prince", "princess", "crown", "emir", "sultan", "pope", "senator", "sen", "sen.", "rep",
  "rep.", "representative", "governor", "gov", "gov.", "chancellor", "secretary", "ambassador",
  "commander", "colonel", "col", "col.", "lieutenant", "major", "maj", "maj.", "captain", "capt",
  "capt.", "admiral", "adm", "adm.", "sergeant", "sgt", "sgt.", "brigadier", "brig", "brig.",
  "marshal", "field", "judge", "chief", "deputy", "speaker", "spokesman", "spokeswoman",
  "spokesperson", "mayor", "chairman", "chairwoman", "director", "professor", "prof", "prof.",
  "rabbi", "imam", "cardinal", "bishop", "archbishop", "reverend", "rev", "rev.", "sir", "lord",
  "lady", "dame", "former", "late", "acting", "interim", "adviser", "advisor", "aide", "envoy",
  "special", "premier", "president-elect", "ceo", "founder", "coach", "commissioner", "attorney",
  "ex-president", "ex-minister", "cleric", "activist", "journalist", "mullah", "hojatoleslam",
  // Forms of address of diplomats and heads of state ("His Excellency", "H.E.", "The Honourable").
  "excellency", "h.e.", "majesty", "highness", "honourable", "honorable", "hon", "hon.",
  // Roles written before a name in news and interviews.
  "candidate", "nominee", "senator-elect", "undersecretary", "under-secretary", "assistant", "associate",
  "executive", "officer", "corporal", "private", "inspector", "superintendent", "constable", "detective",
  "councillor", "councilman", "councilwoman", "alderman", "magistrate", "lawmaker", "legislator",
  "mp", "mep", "cfo", "coo", "chair", "chairperson", "head", "emeritus", "father", "brother",
  "sister", "fr", "fr.", "msgr", "msgr.", "cllr", "supt", "insp", "cpl", "pte", "master", "grandmaster",
]);

/** Chess and other titles written as capitals before a name ("IM Dorsa Derakhshani", "GM Magnus Carlsen"). */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set(["GM", "IM", "FM", "CM", "WGM", "WIM", "WFM", "WCM", "HE"]);

/**
 * Royal titles that belong to how a person is named when one given name follows, with or without a regnal
 * number ("King Abdullah II", "Prince Harry", "Sheikh Hasina"); before a full name they are only titles.
 */
export const ROYAL_TITLES: ReadonlySet<string> = new Set(["king", "queen", "prince", "princess", "sheikh", "sheikha", "emir", "sultan", "pope", "tsar", "czar", "shah"]);

/**
 * Last words of the names of works, laws, agreements, events and goals: such a name is none of our types,
 * and a place it starts with is not that place ("Paris Agreement", "Kyoto Protocol", "Olympic Games").
 */
export const WORK_WORDS: ReadonlySet<string> = new Set([
  "agreement", "agreements", "accord", "accords", "treaty", "treaties", "convention", "conventions", "protocol",
  "declaration", "charter", "act", "law", "doctrine", "resolution", "resolutions", "statute", "covenant",
  "pact", "deal", "plan", "agenda", "goal", "goals", "initiative", "framework", "process", "roadmap", "strategy",
  "games", "olympics", "cup", "championship", "championships", "prize", "award", "awards", "medal", "trophy", "festival", "expo",
  "war", "revolution", "uprising", "massacre", "genocide", "crisis", "pandemic", "election", "elections",
  "referendum", "day", "week", "year", "decade", "era", "spring", "linux", "os", "app", "system", "systems",
]);

/**
 * Work words that end a firm's name after a word of its own, no English word: "Cisco Systems", "BAE Systems"
 * are companies, "Food Systems", "National Electoral Systems" are things (training corpora: of the names ending
 * in "Systems", 8 organisations, the rest conferences, journals and products, all after English words).
 */
export const FIRM_WORK_WORDS: ReadonlySet<string> = new Set(["systems"]);

/** Head words that make any name an organisation's, whatever the tagger says ("Coast Guard", "Mahan Air"). */
export const STRONG_ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  "guard", "air", "airlines", "airways", "army", "navy", "party", "ministry", "council", "corps", "agency", "police",
  "forces", "brigade", "brigades", "company", "corporation", "university", "college", "institute", "foundation",
  "association", "federation", "union", "committee", "commission", "bank", "inc", "inc.", "ltd", "ltd.", "llc",
  "assembly", "society", "guild", "academy", "legion", "broadcasting", "conservatory", "club",
  // "London Stock Exchange": a market, not the city (the training corpora's names ending in it are firms).
  "exchange",
  // South Asian names' heads: society or committee, union, house ("Ashodaya Samithi", "Lok Sabha"), front.
  "samiti", "samithi", "sangh", "sabha", "morcha",
]);

/** Head words of organisation names. */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  "organization", "organisation", "ministry", "council", "corps", "party", "army", "forces", "agency",
  "union", "university", "committee", "bank", "company", "corporation", "corp", "corp.", "inc",
  "inc.", "ltd", "ltd.", "llc", "group", "association", "institute", "foundation", "commission",
  "court", "parliament", "assembly", "congress", "senate", "department", "office", "authority",
  "front", "movement", "brigade", "brigades", "guard", "guards", "news", "times", "post", "journal",
  "studios", "network", "press", "service", "services", "police", "navy", "federation", "airlines",
  "airways", "hospital", "school", "college", "centre", "center", "club", "alliance", "league",
  "coalition", "fund", "programme", "bureau", "administration", "cabinet", "society", "tribunal",
  "board", "directorate", "bloc", "forum", "summit", "conference", "television", "tv", "radio",
  "magazine", "newspaper", "channel", "media", "holdings", "industries", "partners", "regime",
  "government", "militia", "battalion", "division", "command", "secretariat", "mission", "church", "agence",
]);

/** Head words of place names. */
export const PLACE_WORDS: ReadonlySet<string> = new Set([
  "province", "governorate", "region", "district", "county", "state", "city", "street", "avenue",
  "road", "square", "airport", "base", "crossing", "valley", "river", "mountains", "mountain",
  "mount", "sea", "gulf", "strait", "island", "islands", "desert", "camp", "hills", "heights",
  "bridge", "port", "peninsula", "bay", "lake", "ocean", "coast", "strip", "plain", "plateau",
  "village", "town", "neighbourhood", "neighborhood", "quarter", "oblast", "prefecture", "canal",
  "border", "park", "palace", "stadium",
]);

/** A firm's legal form after its name ("Google, Inc.", "Vodafone Group Plc"): part of the name. Folded, no dot. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set([
  "inc", "ltd", "llc", "llp", "corp", "co", "plc", "gmbh", "ag", "sa", "nv", "bv", "lp", "pty", "limited", "incorporated",
]);

/** Nouns that end place names, beside PLACE_WORDS: small waters, docks, grounds, roads ("Hancock Brook", "Subiaco Oval"). */
export const PLACE_HEADS: ReadonlySet<string> = new Set([
  "brook", "creek", "pond", "dock", "docks", "oval", "taluk", "lane", "station", "harbour", "harbor", "wharf",
  "pier", "boulevard", "highway", "motorway",
]);

/** Plural nouns that end place names ("Niagara Falls", "Palm Springs", "Scottish Highlands"), not team names. */
export const PLURAL_PLACE_WORDS: ReadonlySet<string> = new Set([
  "falls", "springs", "lakes", "rapids", "keys", "plains", "highlands", "lowlands", "territories", "states",
  "emirates", "provinces", "isles", "woods", "gardens", "fields", "downs", "flats", "sands", "shores",
  "banks", "rocks", "lands", "marshes", "moors", "glens", "forests", "peaks", "ranges", "cliffs", "caves",
  "mountains", "hills", "heights", "islands", "waters", "docks", "quays", "towers", "baths",
]);

/** Particles inside a person's name ("Bashar al-Assad", "Osama bin Laden", "Ursula von der Leyen"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  "al", "el", "bin", "ibn", "bint", "abu", "de", "del", "della", "di", "da", "du", "dos", "das", "van",
  "von", "der", "den", "ter", "ul", "la", "le", "las", "los",
]);

/** The Arabic article as names write it before a hyphen: "al-", "el-" and the assimilated "ad-", "an-", "ar-", "as-", "ash-", "at-", "az-". */
const ARABIC_ARTICLES = ["al", "el", "ad", "an", "ar", "as", "ash", "at", "az"];

/** Particles joined to the name by a hyphen: the Arabic article, "bin-", "abu-", and European ones ("de-", "van-"). */
const HYPHENED_PARTICLES = [...ARABIC_ARTICLES, "bin", "ibn", "abu", "bint", "de", "di", "du", "da", "van", "von", "le", "la"];

/** The Arabic article before a hyphen, to strip it: "al-Assad" and "Assad" are one surname. */
export const ARABIC_ARTICLE_PREFIX = new RegExp(`^(?:${ARABIC_ARTICLES.join("|")})-`);

/** A particle and its hyphen at the start of a word: "al-assad", "bin-Laden". */
export const PARTICLE_PREFIX = new RegExp(`^(?:${HYPHENED_PARTICLES.join("|")})-`, "u");

/** An acronym as written: two capitals or more and nothing else ("UN", "OSCE"); never a surname in lowercase. */
export const ACRONYM = /^\p{Lu}{2,}$/u;

/** A word that begins with a capital letter, in any script ("Zarif", "Érdi", "Δήμος"). */
export const UPPER_START = /^\p{Lu}/u;

/** A name written with its particle first: "al-Assad", "bin-Laden", "van-Dijk". */
export const PARTICLE_NAME = new RegExp(`^(?:${HYPHENED_PARTICLES.join("|")})-\\p{Lu}`, "u");

/** Lowercase words that join the parts of an organisation or place name ("Ministry of Foreign Affairs"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "on", "&"]);

/** Lowercase nouns that follow a place name ("Hmeimim air base", "Idlib province"). */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  "base", "airbase", "province", "city", "border", "airport", "crossing", "camp", "region", "district",
  "governorate", "port", "village", "town", "area", "neighbourhood", "neighborhood", "valley", "river",
  "countryside", "outskirts", "suburb", "suburbs", "municipality", "county", "state",
]);

/**
 * Lowercase words that, with "of", put a place after them: "the town of Tesk", "north of Vorlat". In the
 * training corpora 82 of the 83 capitalised names after such a pair are locations.
 */
export const PLACE_OF_WORDS: ReadonlySet<string> = new Set([
  "city", "town", "village", "province", "region", "district", "governorate", "county", "municipality", "port",
  "suburb", "outskirts", "capital", "north", "south", "east", "west", "northeast", "northwest", "southeast",
  "southwest",
]);

/** Lowercase words before a place name. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in", "near", "outside", "inside", "across", "toward", "towards", "around", "into",
]);

/** Verbs of speech after a person's name ("Zarif said"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  "said", "says", "told", "tells", "added", "stated", "explained", "noted", "asked", "replied",
  "responded", "wrote", "argued", "insisted", "claimed", "alleged", "warned", "announced", "recalled",
  "believes", "believed", "thinks", "thought", "admitted", "denied", "urged",
]);

/** Capitalised words that are never an entity on their own: languages, weekdays, groups of people. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  "english", "arabic", "farsi", "hebrew", "persian", "urdu", "hindi", "latin", "mandarin", "cantonese",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
  "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "god", "allah", "islam", "christianity", "judaism", "sunni", "sunnis", "shia", "shiite", "shiites",
  "alawite", "alawites", "muslim", "muslims", "christian", "christians", "jew", "jews", "arab", "arabs",
  "kurd", "kurds", "western", "eastern", "northern", "southern", "ok", "tv", "covid", "covid-19", "corona", "coronavirus", "sars-cov-2", "h1n1",
  "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "anybody", "none", "many", "most",
  "some", "others", "both", "all", "each", "few", "several", "one", "two", "three", "this", "that", "it",
  "west", "east", "north", "south", "d.c.", "utc", "gmt", "dvd", "dvds", "eol", "hr", "hurricane", "typhoon",
  "cyclone", "storm", "european", "europeans", "african", "africans", "asian", "asians", "latino", "hispanic", "islamic",
  "bc", "b.c.", "ad", "a.d.", "bce", "ce", "dna", "rna", "gdp", "ceo", "am", "pm", "a.m.", "p.m.", "id",
  "hiv", "aids", "usb", "pdf", "faq", "diy", "lgbt", "lgbtq", "vip", "phd", "mp", "mps",
  "jewish", "israelite", "zionist", "bedouin", "druze", "gazans", "persians", "westerners",
]);

/**
 * Holidays and festivals, named alone: the tagger reads them as people or places ("Hindus celebrated
 * Diwali", "during Ramadan"), as the training corpora name few; they are events, none of our types.
 */
export const HOLIDAYS: ReadonlySet<string> = new Set([
  "christmas", "christmas eve", "christmas day", "easter", "easter sunday", "good friday", "lent", "ash wednesday",
  "pentecost", "advent", "epiphany", "halloween", "thanksgiving", "mardi gras", "ramadan", "eid", "eid al-fitr",
  "eid al-adha", "eid ul-fitr", "eid ul-adha", "eid-ul-fitr", "eid-ul-adha", "ashura", "mawlid", "diwali", "deepavali",
  "holi", "navratri", "dussehra", "durga puja", "ganesh chaturthi", "onam", "pongal", "vaisakhi", "baisakhi",
  "hanukkah", "chanukah", "passover", "pesach", "yom kippur", "rosh hashanah", "sukkot", "purim", "nowruz",
  "norouz", "kwanzaa", "songkran", "vesak", "chuseok", "lunar new year", "chinese new year", "new year's eve",
  "new year's day", "hogmanay", "juneteenth", "oktoberfest",
]);

/**
 * Names of an organisation that are a place after "the": "Amazon said" is the firm, "in the Amazon" the
 * rainforest (a firm's name takes no article).
 */
export const PLACES_AFTER_THE: ReadonlySet<string> = new Set(["amazon"]);

/** First words of named events: "Hurricane Dorian", "Operation Desert Storm". */
export const EVENT_WORDS: ReadonlySet<string> = new Set([
  "hurricane", "typhoon", "cyclone", "storm", "tropical", "operation", "battle", "war", "festival",
]);

/** Prefixes of ships' names: a vessel is none of our types ("MV Namse Bangdzod", "USS Cole"). */
export const VESSEL_PREFIXES: ReadonlySet<string> = new Set(["MV", "MS", "MT", "SS", "HMS", "USS", "RMS", "INS", "HMAS", "HMCS"]);
