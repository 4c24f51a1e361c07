import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";

/** The "type:name" of every mention in a text, in order. */
function mentionsOf(text: string): string[] {
  return extractDocument(text).sentences.flatMap((s) => s.mentions.map((m) => `${m.type}:${m.name}`));
}

describe("extractDocument", () => {
  it.each([
    ["The summit was held in Bishkek, Kyrgyzstan.", ["place:Bishkek", "country:Kyrgyzstan"]],
    ["Iranian President Hassan Rouhani replied.", ["country:Iran", "person:Hassan Rouhani"]],
    [
      "Russian President Vladimir Putin and his Iranian counterpart Hassan Rouhani conferred by phone on Saturday over Syria’s conflict.",
      ["country:Russia", "person:Vladimir Putin", "country:Iran", "person:Hassan Rouhani", "country:Syria"],
    ],
    [
      "Iran's Islamic Revolutionary Guard Corps commander Qasem Soleimani flew to Moscow.",
      ["country:Iran", "organization:Islamic Revolutionary Guard Corps", "person:Qasem Soleimani", "place:Moscow"],
    ],
    [
      "Supreme Leader Ayatollah Ali Khamenei met former Foreign Minister Mohammad Javad Zarif.",
      ["person:Ali Khamenei", "person:Mohammad Javad Zarif"],
    ],
    ["Putin met Turkey’s President Recep Tayyip Erdoğan at Hmeimim air base.", ["person:Putin", "country:Türkiye", "person:Recep Tayyip Erdoğan", "place:Hmeimim"]],
    ["The French, the British, and even you Russians couldn’t find one.", ["country:France", "country:United Kingdom", "country:Russia"]],
    ["Despite signing the Russian-Turkish proposal, the U.S. objected.", ["country:Russia", "country:Türkiye", "country:United States"]],
    ["The meeting occurred during the Shanghai Cooperation Organization summit.", ["organization:Shanghai Cooperation Organization"]],
    ["In a post on X, Hassan I. Hassan, a Syrian-American journalist, wrote about it.", ["person:Hassan I. Hassan", "country:Syria", "country:United States"]],
    ["The Hong Kong-based company and Saudi-led forces left.", ["country:Hong Kong", "country:Saudi Arabia"]],
    ["Vermont Senator Bernie Sanders won in North Carolina and New Hampshire.", ["place:Vermont", "person:Bernie Sanders", "place:North Carolina", "place:New Hampshire"]],
    ["Archæologist Dr Naomi Martisius said so.", ["person:Naomi Martisius"]],
    [
      "Hong Kong leader Carrie Lam spoke on Monday.\nLam said, \"any act that advocates Hong Kong’s independence\" is banned.",
      ["country:Hong Kong", "person:Carrie Lam", "person:Carrie Lam", "country:Hong Kong"],
    ],
    ["On Saturday Sirhan Sirhan was stabbed, and the COVID Melbourne outbreak grew.", ["person:Sirhan Sirhan", "place:Melbourne"]],
    ["Theresa May spoke.", ["person:Theresa May"]],
    ["Café owners in Damascus spoke.", ["place:Damascus"]],
    // Invented names: what passes is the mechanism, not a remembered name.
    ["Officials in Qarnabad and Lekfjs Province met Zorbek Valtiniu.", ["place:Qarnabad", "place:Lekfjs Province", "person:Zorbek Valtiniu"]],
    ["H.E. Zorbek Valtiniu, Secretary-General of the Qarnabad Union, spoke.", ["person:Zorbek Valtiniu", "organization:Qarnabad Union"]],
    ["IM Dorsa Derakhshani won. Candidate Wayne Tseng spoke.", ["person:Dorsa Derakhshani", "person:Wayne Tseng"]],
    // An organisation named after a place of several words holds the place; a comma keeps them apart.
    [
      "He left the United States Naval Academy. The Sri Lanka Qorvin Federation hired him. In the United Kingdom, Foreign Office staff spoke.",
      ["organization:United States Naval Academy", "organization:Sri Lanka Qorvin Federation", "country:United Kingdom", "organization:Foreign Office"],
    ],
    // A nationality that begins a work's name goes on as a place's: the Korean Peninsula is no part of the war.
    ["The Korean War never ended. Peace on the Korean Peninsula matters.", ["place:Korean Peninsula"]],
    // A body's name leaves out the article that begins the sentence; a paper's or a band's title keeps it.
    [
      "The Qarnabad Farmers Union marched. The Court of Appeals ruled. The WHO warned. The Washington Post reported it.",
      ["organization:Qarnabad Farmers Union", "organization:Court of Appeals", "organization:World Health Organization", "organization:The Washington Post"],
    ],
    // An organisation written without its head word elsewhere in the document is the same organisation; a
    // name two organisations begin with stands for neither.
    [
      "Members of the Qorvin Samithi met. Qorvin said it would help. The Lekfjs Party lost, and Lekfjs said so. Zelmo Corporation and Zelmo Bank grew.",
      ["organization:Qorvin Samithi", "organization:Qorvin Samithi", "organization:Lekfjs Party", "organization:Lekfjs Party", "organization:Zelmo Corporation", "organization:Zelmo Bank"],
    ],
    // A name of several words, or one the gazetteer knows, is an organisation of its own: not short for one more.
    ["The United Nations University opened. The United Nations said it would help.", ["organization:United Nations University", "organization:United Nations"]],
    // Holidays are events, named alone or not; islands named after them are places.
    ["Hindus celebrated Diwali, and Ramadan began as Jews marked Yom Kippur. They sailed to Easter Island.", ["group:Hindus", "group:Jews", "place:Easter Island"]],
    // The virus is no place; a city of its name, written with the place it lies in, is one.
    ["If someone catches Corona, it is bad. She lives in Corona, California.", ["place:Corona", "place:California"]],
    // A lone name ending a phrase an indefinite article begins is a thing, unless a person of that surname is named in full.
    ["Johnson wants a no-deal Qorbexit by October. Parliament voted against Qorbexit. A young Putin joined the KGB, and Vladimir Putin led Russia.", ["person:Johnson", "person:Vladimir Putin", "organization:KGB", "person:Vladimir Putin", "country:Russia"]],
    // A city's division is a place; an army's, numbered, and a firm's, "of" something, are organisations.
    [
      "Floods hit Lahore Division and the Dhaka Division. The 3rd Infantry Division moved. The Moscow Division of the Qorvin Bank grew.",
      ["place:Lahore Division", "place:Dhaka Division", "organization:Infantry Division", "organization:Moscow Division", "organization:Qorvin Bank"],
    ],
    // The Amazon is the rainforest; Amazon, the firm.
    [
      "Fires raged in the Amazon. The Amazon rainforest burns. Amazon said its profits rose. He closed the Amazon account.",
      ["place:Amazon", "place:Amazon", "organization:Amazon", "organization:Amazon"],
    ],
    // Head words of South Asian organisations' names.
    ["Members of the Qorvin Vikas Samiti spoke.", ["organization:Qorvin Vikas Samiti"]],
    ["King Abdullah II met them in Amman.", ["person:King Abdullah II", "place:Amman"]],
    ["Mr. Moon Jae-in met Kim Jong-un in Pyongyang.", ["person:Moon Jae-in", "person:Kim Jong-un", "place:Pyongyang"]],
    // Countries by their full names: North Korea is not South Korea, the PRC is not Taiwan.
    [
      "The Democratic People’s Republic of Korea (DPRK) and the Republic of Korea met. The DPRK left.",
      ["country:North Korea", "country:North Korea", "country:South Korea", "country:North Korea"],
    ],
    ["The People's Republic of China and the Republic of China spoke.", ["country:China", "country:Taiwan"]],
    // A work named after a place is not that place.
    ["The meeting in Paris ended with the Paris Agreement and the Kyoto Protocol.", ["place:Paris"]],
    // Nor is a nationality or a group inside a work's name.
    ["Iran signed the Iranian Nuclear Deal. Kurds welcomed the Kurdish Peace Process.", ["country:Iran", "group:Kurds"]],
    // An acronym the document defines is its long form wherever it is written.
    ["The Lekfjs Liberation Front (LLF) attacked. The LLF said it would go on.", ["organization:Lekfjs Liberation Front", "organization:Lekfjs Liberation Front", "organization:Lekfjs Liberation Front"]],
    // An acronym spelt out in lowercase words, before or after it in brackets, is a concept: no node.
    ["Borin Lekfjs fought DRM (digital rights management) for years. DRM spread, Lekfjs said.", ["person:Borin Lekfjs", "person:Borin Lekfjs"]],
    ["Qarnabad banned the QXP (quantum exchange protocol). The QXP stayed.", ["place:Qarnabad"]],
    ["Qarnabad banned the QXP (quantum exchange protocol, a standard of the Lekfjs Union). The QXP stayed.", ["place:Qarnabad", "organization:Lekfjs Union"]],
    // Groups, and nationalities that count for their country, multi-word ones too.
    ["Kurds and Alawites met Costa Ricans and Koreans.", ["group:Kurds", "group:Alawites", "country:Costa Rica", "group:Koreans"]],
    ["Officials visited a European country with Sunnis and Alawites.", ["group:Sunnis", "group:Alawites"]],
    // A place written before a full name is a place of its own; a place that is a first name is not.
    ["Hong Kong Carrie Lam spoke.", ["country:Hong Kong", "person:Carrie Lam"]],
    ["Washington Irving wrote. Paris Hilton spoke.", ["person:Washington Irving", "person:Paris Hilton"]],
    // A trade written before a full name is a role.
    ["Podcaster Spike Cohen ran. Archaeologist Naomi Martisius dug.", ["person:Spike Cohen", "person:Naomi Martisius"]],
    // "Biden-Trump" and "Trump/GOP" are the people the document names.
    ["Joe Biden met Donald Trump. The Biden-Trump debate and Trump/GOP plans.", ["person:Joe Biden", "person:Donald Trump", "person:Joe Biden", "person:Donald Trump", "person:Donald Trump"]],
    // A place that ends in a plural common noun is a team; a plural place word keeps it a place.
    ["The West Coast Eagles beat the Chicago Bulls.", ["organization:West Coast Eagles", "organization:Chicago Bulls"]],
    ["Niagara Falls froze. Bernie Sanders saw the Cayman Islands.", ["place:Niagara Falls", "person:Bernie Sanders", "country:Cayman Islands"]],
    // A firm's legal form is part of its name, after a comma too, dot included.
    ["Zorvex, Inc. said profits rose, and Apple Inc. agreed.", ["organization:Zorvex, Inc.", "organization:Apple Inc."]],
    // "Systems" after a word of the firm's own ends a company's name; after English words it is a thing.
    ["Zelnor Systems sold radars to BAE Systems. The Qarnabad Food Systems Summit and National Electoral Systems are no firms.", ["organization:Zelnor Systems", "organization:BAE Systems"]],
    // After a place word and "of", a name is a place even where a verb of speech follows it.
    ["Police in the southern city of Qarnabad said three people died. The valley north of Vorlat flooded.", ["place:Qarnabad", "place:Vorlat"]],
    // Names on either side of "&" are one firm's; two people's full names stay two, a country stays itself.
    ["Halvorsen & Brix, a law firm, sued Donald Trump & Joe Biden. Floods hit Trinidad & Tobago.", ["organization:Halvorsen & Brix", "person:Donald Trump", "person:Joe Biden", "country:Trinidad and Tobago"]],
    // "X, the ... bank, said": an apposition with "the" says what the name is; "X, the regime and Y" is a list.
    ["Dunmore Keller, the Qarnabad-based bank, said profits fell. Assad, the regime and Iran met.", ["organization:Dunmore Keller", "person:Assad", "country:Iran"]],
    // A market is an organisation, not the city it is in.
    ["Shares of Zelmo fell on the Qarnabad Stock Exchange.", ["organization:Zelmo", "organization:Qarnabad Stock Exchange"]],
    // An acronym, "High" and a title are a role: only the person after them is named.
    ["Speaking in Geneva, UN High Commissioner for Refugees Filippo Grandi said aid was running out.", ["place:Geneva", "person:Filippo Grandi"]],
    // A common noun's possessive inside a name is part of it; a country's is not.
    ["The Lekfjs People's Party won, and Iran's Revolutionary Guard fired.", ["organization:Lekfjs People's Party", "country:Iran", "organization:Revolutionary Guard"]],
    // Formal names with "and" inside are one name; an organisation and a country are two.
    ["The Ministry of Qarnabad Affairs and International Cooperation spoke.", ["organization:Ministry of Qarnabad Affairs and International Cooperation"]],
    ["The Food and Agriculture Organization met.", ["organization:Food and Agriculture Organization"]],
    ["The Ministry of Defence and Russia agreed.", ["organization:Ministry of Defence", "country:Russia"]],
    // A lone word that begins an organisation's name in the document is that organisation, unless a person
    // the document names has it.
    ["Zorvex Industries opened a plant. Zorvex said it would hire 200 people.", ["organization:Zorvex Industries", "organization:Zorvex Industries"]],
    ["Harrison Ford visited Ford Motor Company. Ford said he liked cars.", ["person:Harrison Ford", "organization:Ford Motor Company", "person:Harrison Ford"]],
    ["The Valtiniu Administration acted. Valtiniu said it was right.", ["organization:Valtiniu Administration", "person:Valtiniu"]],
    // An acronym is no surname: "UN" beside Kim Jong Un is the United Nations.
    ["Kim Jong Un met the envoy. The UN said talks would go on. Kim agreed.", ["person:Kim Jong Un", "organization:United Nations", "person:Kim Jong Un"]],
    // A given name and a surname that is also a work word are a person; the work stays nothing.
    // A ship named after a person: the name alone is still the person.
    ["Alan Kurdi drowned. The charity renamed its ship MV Alan Kurdi.", ["person:Alan Kurdi"]],
    ["Doris Day sang, and Jude Law met Nathan Deal.", ["person:Doris Day", "person:Jude Law", "person:Nathan Deal"]],
    ["The Marshall Plan helped. Election Day is near. The Prague Spring ended.", []],
    // Names right after "in", and the list they start, are places, unless they start with a first name.
    ["These groups gathered in Deir al-Balah and Khan Younis before traveling.", ["place:Deir al-Balah", "place:Khan Younis"]],
    ["In Donald Trump's view, it failed.", ["person:Donald Trump"]],
    // A bracket ends a name joined over "and": the acronym after it is the name again.
    [
      "The Lekfjs Council for Trade and Cooperation (LCTC) has played an indispensable role.",
      ["organization:Lekfjs Council for Trade and Cooperation", "organization:Lekfjs Council for Trade and Cooperation"],
    ],
    // A name goes on with "in <place>" when the document spells its acronym with the place; else two.
    [
      "We thank the Lekfjs Organization for Trade in Qarnabad. The LOTQ mission stays.",
      ["organization:Lekfjs Organization for Trade in Qarnabad"],
    ],
    ["The Ministry of Defence in Moscow said so.", ["organization:Ministry of Defence", "place:Moscow"]],
    // An organisation's head word ends it, whatever class the tagger gave it.
    ["The General Assembly must act now.", ["organization:General Assembly"]],
    // A place the gazetteer knows whole stays a place whatever its last word; a nationality's State is its country.
    ["Settlements in the West Bank grow, and the World Bank lends.", ["place:West Bank", "organization:World Bank"]],
    ["The Palestinian State must be recognized.", ["country:Palestine"]],
    // A name that ends in a place noun is a place; one who speaks is a person.
    ["The railway crossed Willett Brook and Perley Brook.", ["place:Willett Brook", "place:Perley Brook"]],
    ["Ricki Lake said so.", ["person:Ricki Lake"]],
    // An organisation named whole inside an award's or another organisation's name is one of its own;
    // two organisations joined by "and", each with its head word, stay two; a formal name is one.
    ["He was awarded the Eddington Medal of the Royal Astronomical Society.", ["organization:Royal Astronomical Society"]],
    ["The Qarvel Medal of the Lekfjs Botanical Society went to Ann Oduya.", ["organization:Lekfjs Botanical Society", "person:Ann Oduya"]],
    ["She worked at the Theoretical Physics Institute of the University of Qarnabad.", ["organization:Theoretical Physics Institute", "organization:University of Qarnabad"]],
    ["They won the Turing Award from the Association for Computing Machinery.", ["organization:Association for Computing Machinery"]],
    ["Awards came from Screen Actors Guild, Cannes Film Festival and others.", ["organization:Screen Actors Guild"]],
    ["Both the Lekfjs Rowing Club and Qarnabad Football Association agreed.", ["organization:Lekfjs Rowing Club", "organization:Qarnabad Football Association"]],
    ["The Department of Housing and Urban Development said so.", ["organization:Department of Housing and Urban Development"]],
    ["The Veterans of Foreign Wars and American Legion sponsored it.", ["organization:Veterans of Foreign Wars", "organization:American Legion"]],
    ["The Ministry of Foreign Affairs of the Russian Federation said so.", ["organization:Ministry of Foreign Affairs", "country:Russia"]],
    // A noun of a trade before a name is a role; an initial or a given name no list knows is the name's.
    ["Podcaster Spike Cohen spoke.", ["person:Spike Cohen"]],
    ["The film was directed by J. J. Abrams.", ["person:J. J. Abrams"]],
    ["Prime Minister Haider Al Abadi met Hélder Mateus da Costa.", ["person:Haider Al Abadi", "person:Hélder Mateus da Costa"]],
    // Initials and given names are names' words, wherever compromise's context tags leave them.
    ["H. G. Wells praised it.", ["person:H. G. Wells"]],
    ["He appointed former Senator John Tower, former Secretary of State Edmund Muskie, and others.", ["person:John Tower", "person:Edmund Muskie"]],
    ["Players included Art Themen, Lol Coxhill and John Surman.", ["person:Art Themen", "person:Lol Coxhill", "person:John Surman"]],
    // A name that starts with an initial or a given name is a person's, whatever its last word.
    ["Stories by L. Sprague de Camp appeared.", ["person:L. Sprague de Camp"]],
    ["Fighting in Deir al-Balah and Khan Younis went on.", ["place:Deir al-Balah", "place:Khan Younis"]],
    // Words only a firm's name has around it make it one everywhere in the document; a person keeps their shares.
    ["Shares of Qarvel Lekfjs fell. Qarvel Lekfjs said nothing.", ["organization:Qarvel Lekfjs", "organization:Qarvel Lekfjs"]],
    ["Kinder Morgan's chief executive said so.", ["organization:Kinder Morgan"]],
    ["Elon Musk's shares rose.", ["person:Elon Musk"]],
    // A person's name that ends in a plural noun is no team's.
    ["Bernie Sanders and Tyra Banks spoke.", ["person:Bernie Sanders", "person:Tyra Banks"]],
    // An acronym in brackets at the end of a line is the name's, not a photo credit, unless a sentence ended before it.
    ["He was a member of the Qarnabad Liberal Party (QLP).", ["organization:Qarnabad Liberal Party", "organization:Qarnabad Liberal Party"]],
    // A place named with its head word, then the place it lies in: two places ("Gulf of Mexico" is one).
    ["It lies in the Qarvel District of Lekfjs Pradesh.", ["place:Qarvel District", "place:Lekfjs Pradesh"]],
    ["They sailed the Gulf of Mexico.", ["place:Gulf of Mexico"]],
    // A nationality and a role cut off the name: the country, then the person, and no role.
    ["Iranian Foreign Minister Zorbek Valtiniu said so.", ["country:Iran", "person:Zorbek Valtiniu"]],
    ["Russian Foreign Minister Sergei Lavrov said so.", ["country:Russia", "person:Sergei Lavrov"]],
    // A given name's surname that is also a word is the name's, not a verb after it.
    ["Ask Sheila Tweed about it.", ["person:Sheila Tweed"]],
    ["Then Anna Thanked everyone.", ["person:Anna"]],
    // A region's people before a given name, a suffix cut off by a comma: not the name's words.
    ["Delegates included Virginian Edmund Randolph.", ["person:Edmund Randolph"]],
    ["Harry Roat, Jr said no.", ["person:Harry Roat"]],
    // A line of results names teams; a country stays the country.
    ["Barnsley 2 Manchester United 1", ["organization:Barnsley", "organization:Manchester United"]],
    ["Essex v Kent", ["organization:Essex", "organization:Kent"]],
    // A country's name the tagger left out at the start of a text is the gazetteer's.
    ["Japan beat Syria.", ["country:Japan", "country:Syria"]],
    // A country's full name without its article, as the training corpora annotate it ("the Philippines").
    ["He moved to the Netherlands in 1990.", ["country:Netherlands"]],
    // A festival's name ends at the comma: the country after it is named.
    ["It was shown at the Qarnabad Film Festival, France.", ["country:France"]],
    // What the training corpora know a name as beats its head word; a medal is a work, not its academy.
    ["The Soviet Union collapsed.", ["place:Soviet Union"]],
    // A name before a noun after "this" is still a name.
    ["Critics said this Trump administration failed.", ["person:Trump"]],
  ])("finds the entities in %s", (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });

  it("reads a headline with numbers as no line of results", () => {
    expect(mentionsOf("Apollo 11 Crew Returns 50 Years On").filter((m) => m.startsWith("organization:"))).toEqual([]);
  });

  it.each([
    "President spoke on Tuesday in September.",
    "He said they would meet again.",
    "Why It Matters",
    "LATEST",
    "According to the report, the army only follows orders.",
    "The two leaders agreed to appoint special representatives.",
    "He is an anti-Muslim activist, and it happened in mid-September.",
    "The West said nothing.",
    "Hurricane Dorian hit hard.",
    "I'm not sure, I said.",
    "Everyone said yes, and Officials said no.",
    // Products, laws and works are none of our types; neither is a nationality of two countries alone.
    "He runs CentOS Linux on it.",
    // A word written after a work's name goes on with it: "Qorvix Zephyr" and "Zephyr" alone are the work.
    "Users moved from Qorvix Linux to Qorvix Zephyr. Zephyr is new, and Zephyr is fast.",
    "The Qarnabad Copyright Act (QCA) was used. The QCA is old.",
    "A Korean firm and a Congolese one left.",
    // Storms, vessels, interjections and adjectives are no people.
    "Hurricane Humberto hit the coast.",
    "The MV Namse Bangdzod sank.",
    // A vessel named once with its prefix is a vessel wherever the document names it.
    "The cargo ship Qorvin Lekfa sank. The MV Qorvin Lekfa carried rice.",
    "Mm. Yeah, he said.",
    "The Democratic candidate won.",
    // Interview speaker tags.
    "((WN)) How did it start?\nZV It started slowly.",
    "His Excellency the Secretary-General spoke.",
    // A common word after a demonstrative stands for a thing named before.
    "The voices heard in this Hall must be heeded, and we thank that Chamber.",
    // Page furniture: photo credits, bylines, licence lines.
    "The ministers meet at the summit, November 23, 2015 (File - Getty)",
    "The ministers meet at the summit. (AFP)",
    "A deer in the snow. Image: Nicholas Moreau.",
    "By Jane Doe, Reuters",
    "This article is licensed under Creative Commons by Wikinews.",
    // A sentence with numbers is no line of results.
    "He scored 2 goals in 3 games.",
    // A name that starts a work's name is the work's ("John W. Campbell Memorial Award").
    "He won the John W. Campbell Memorial Award for Best Novel.",
    // A publication's title holds the organisation it is of.
    "It appeared in Philosophical Transactions of the Royal Society.",
  ])("does not make an entity of the words in %s", (text) => {
    expect(mentionsOf(text)).toEqual([]);
  });

  it("reads a ministry named with its country as the ministry, and the country by its official name", () => {
    // Both readings are right: the country as its own mention, or inside the organisation's full name.
    const found = mentionsOf("Officials from the Ministry of Foreign Affairs of the Russian Federation spoke.");
    expect(found[0]).toMatch(/^organization:Ministry of Foreign Affairs/);
    expect(found.slice(1)).toEqual(found[0] === "organization:Ministry of Foreign Affairs" ? ["country:Russia"] : []);
  });

  it("resolves a surname to the full name written elsewhere in the document", () => {
    const text = "Russian President Vladimir Putin spoke.\nLater, Putin's aides and Assad met. Bashar al-Assad left.";
    expect(mentionsOf(text)).toEqual([
      "country:Russia",
      "person:Vladimir Putin",
      "person:Vladimir Putin",
      "person:Bashar al-Assad",
      "person:Bashar al-Assad",
    ]);
  });

  it("keeps two people who share a surname apart, each short form going to the nearest full name", () => {
    const text = "Hafez al-Assad ruled until 2000. Assad built the state.\nBashar al-Assad followed him. Assad fled in 2024.";
    expect(mentionsOf(text)).toEqual([
      "person:Hafez al-Assad",
      "person:Hafez al-Assad",
      "person:Bashar al-Assad",
      "person:Bashar al-Assad",
    ]);
  });

  it("takes a lone city name for the person the document names with it as surname", () => {
    expect(mentionsOf("John Bolton wrote a book. Bolton said the talks failed.")).toEqual(["person:John Bolton", "person:John Bolton"]);
  });

  it("ends a name at a singular's possessive: the League's summit is not one name", () => {
    const found = mentionsOf("The Arab League’s Emergency Summit on Palestine met in Cairo.");
    expect(found.filter((m) => m.includes("League’s"))).toEqual([]);
    expect(found).toContain("place:Cairo");
  });

  it("takes a place the gazetteer does not know for the person whose full name ends with it", () => {
    const text = "Green Party nominee Zorava La Quenta spoke on Monday. La Quenta blamed capitalism as the root of all ills.";
    expect(mentionsOf(text)).toEqual(["organization:Green Party", "person:Zorava La Quenta", "person:Zorava La Quenta"]);
  });

  it("finds in a headline the names the article settles", () => {
    const text = "How Rouhani Persuaded Putin to Keep Assad in Power\nPresident Hassan Rouhani met Vladimir Putin to discuss Bashar al-Assad.";
    const headline = extractDocument(text).sentences[0];
    expect(headline?.mentions.map((m) => m.name)).toEqual(["Hassan Rouhani", "Vladimir Putin", "Bashar al-Assad"]);
  });

  it("keeps each mention's offsets on its words in the sentence, without the possessive", () => {
    const { sentences } = extractDocument("“Putin’s talk,” said Bashar al-Assad’s aide (File - Getty). Gaza-based groups left.");
    for (const sentence of sentences) {
      for (const m of sentence.mentions) expect(sentence.text.slice(m.start, m.end)).toBe(m.alias);
    }
    // "Getty" is the photo credit, not part of the story.
    expect(sentences.flatMap((s) => s.mentions.map((m) => m.alias))).toEqual(["Putin", "Bashar al-Assad", "Gaza"]);
  });

  it("ends a sentence at every line break, so a headline stays apart from the text after it", () => {
    const { sentences } = extractDocument("Iranian Leaks\nRussian President Vladimir Putin speaks");
    expect(sentences.map((s) => s.text)).toEqual(["Iranian Leaks", "Russian President Vladimir Putin speaks"]);
  });

  it("returns no sentence for empty or blank text", () => {
    expect(extractDocument("").sentences).toEqual([]);
    expect(extractDocument("  \n\n ").sentences).toEqual([]);
  });
});
