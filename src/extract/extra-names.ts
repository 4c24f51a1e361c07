// Hand-kept word lists: what the package data lacks (usual short country names, regions, well-known
// organisations). Plain lists, no logic; names of one corpus do not belong here.

/** Short and old names of countries that world-countries does not list, by its common name. */
export const EXTRA_COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  "United States": ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
  "United Kingdom": ["UK", "U.K.", "Britain", "Great Britain"],
  Türkiye: ["Turkey", "Turkiye"],
  Russia: ["Russian Federation"],
  Netherlands: ["Holland"],
  Czechia: ["Czech Republic"],
  "North Korea": ["DPRK"],
  "United Arab Emirates": ["UAE", "U.A.E.", "Emirates"],
  "DR Congo": ["DRC", "Democratic Republic of the Congo"],
  "Ivory Coast": ["Côte d'Ivoire", "Cote d'Ivoire"],
  "Vatican City": ["Holy See", "Vatican"],
  Myanmar: ["Burma"],
  Palestine: ["Palestinian territories", "Palestinian Territories", "State of Palestine"],
  China: ["People's Republic of China", "PRC"],
  Eswatini: ["Swaziland"],
  "Cape Verde": ["Cabo Verde"],
  "North Macedonia": ["Republic of Macedonia", "Former Yugoslav Republic of Macedonia"],
};

/** Demonyms world-countries lacks or spells differently; plurals are derived. */
export const EXTRA_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  Kyrgyzstan: ["Kyrgyz"],
  "Saudi Arabia": ["Saudi"],
  "United Kingdom": ["Briton"],
  Philippines: ["Filipino", "Philippine"],
  "United Arab Emirates": ["Emirati"],
  Türkiye: ["Turk"],
  Yemen: ["Yemeni"],
  Kazakhstan: ["Kazakh"],
  Uzbekistan: ["Uzbek"],
  Tajikistan: ["Tajik"],
  Afghanistan: ["Afghan"],
  Azerbaijan: ["Azeri"],
  "New Zealand": ["New Zealander"],
  Bangladesh: ["Bangladeshi"],
  Pakistan: ["Pakistani"],
  Qatar: ["Qatari"],
  Kuwait: ["Kuwaiti"],
  Oman: ["Omani"],
  Bahrain: ["Bahraini"],
  Iraq: ["Iraqi"],
  Israel: ["Israeli"],
};

/** Places beyond the city list: continents, regions, seas, territories, bases. */
export const EXTRA_PLACES: readonly string[] = [
  "Africa", "Asia", "Europe", "North America", "South America", "Latin America", "Antarctica", "Oceania",
  "Middle East", "Near East", "Far East", "Central Asia", "Southeast Asia", "East Asia", "South Asia",
  "Eastern Europe", "Western Europe", "Balkans", "Caucasus", "Scandinavia", "Sahel", "Maghreb", "Levant",
  "Arctic", "Atlantic", "Pacific", "Mediterranean", "Baltic", "Adriatic", "Aegean", "Caribbean", "Baltics", "Black Sea", "Red Sea", "Caspian Sea", "Persian Gulf",
  "Gulf of Aden", "Strait of Hormuz", "Suez Canal", "Sinai", "Crimea", "Donbas", "Kurdistan", "Siberia",
  "Nagorno-Karabakh", "Nagorno Karabakh", "West Bank", "Gaza Strip", "Golan Heights", "East Jerusalem", "Kashmir", "Tibet", "Xinjiang", "Darfur",
  "Capitol Hill", "Wall Street", "Silicon Valley",
  // First-level regions that news names without their country.
  "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
  "Florida", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
  "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
  "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York State", "North Carolina", "North Dakota",
  "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
  "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "West Virginia", "Wisconsin", "Wyoming",
  "Washington State", "District of Columbia",
  "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia",
  "New Brunswick", "Newfoundland", "New South Wales", "Queensland", "Tasmania",
  "Western Australia", "South Australia", "Northern Territory", "England", "Scotland", "Wales",
  "Northern Ireland", "Bavaria", "Catalonia", "Andalusia", "Lombardy", "Sicily", "Sardinia", "Corsica",
  "Punjab", "Kerala", "Bengal", "West Bengal", "Tamil Nadu", "Uttar Pradesh", "Maharashtra", "Karnataka",
  "Gujarat", "Rajasthan", "Bihar", "Sindh", "Balochistan", "Khyber Pakhtunkhwa", "Chechnya", "Dagestan",
  "Tatarstan", "Hokkaido", "Okinawa", "Guangdong", "Sichuan", "Hubei", "Mindanao",
  "Sumatra", "Borneo", "Bali", "Patagonia", "Amazon basin", "Galilee", "Negev", "Anbar", "Nineveh",
];

/** Organisations that carry no organisation word in their name. */
export const EXTRA_ORGANIZATIONS: readonly string[] = [
  "United Nations", "European Union", "NATO", "Kremlin", "White House", "Pentagon", "Hamas", "Hezbollah",
  "Taliban", "Al-Qaeda", "al-Qaeda", "ISIS", "ISIL", "Islamic State", "Daesh", "Da'esh", "Al-Shabaab", "al-Shabaab",
  "Boko Haram", "OPEC", "IAEA", "UNICEF", "UNRWA", "Interpol",
  "Reuters", "Associated Press", "AFP", "BBC", "CNN", "Al Jazeera", "Al Arabiya", "Newsweek", "Facebook", "Google",
  "Twitter", "Microsoft", "Apple", "Amazon", "Gazprom", "Rosneft",
];

/** Acronyms written for an organisation whose full name is also common. */
export const ORGANIZATION_ACRONYMS: Readonly<Record<string, string>> = {
  UN: "United Nations",
  "U.N.": "United Nations",
  EU: "European Union",
  IRGC: "Islamic Revolutionary Guard Corps",
  WHO: "World Health Organization",
  IDF: "Israel Defense Forces",
  SCO: "Shanghai Cooperation Organization",
};
