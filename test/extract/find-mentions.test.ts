// The rules layer alone (RUN_RULES, `npm run eval`'s "rules alone", and features of the tagger): each rule
// with sentences it must decide and sentences it must leave alone, with invented names where a real one
// could be remembered instead of found.
import { describe, expect, it } from "vitest";
import { findMentions, RUN_RULES } from "../../src/extract/find-mentions.ts";
import { splitSentences } from "../../src/extract/split-sentences.ts";

/** "type:name (reason)" of every mention the rules find in a one-sentence text. */
function ruleMentions(text: string): string[] {
  return splitSentences(text).flatMap((s) => findMentions(s.tokens, text).map((m) => `${m.type ?? "?"}:${m.name} (${m.reason})`));
}

describe("RUN_RULES", () => {
  it.each([
    ["gazetteer", "The summit was held in Bishkek.", "place:Bishkek (gazetteer)"],
    ["acronym-list", "Officials of the UN met.", "organization:United Nations (acronym-list)"],
    ["organization-head-word", "The Qarnabad Liberation Front attacked.", "organization:Qarnabad Liberation Front (organization-head-word)"],
    ["place-head-word", "Fighting in Lekfjs Province went on.", "place:Lekfjs Province (place-head-word)"],
    ["split-at-connector", "Zorbek Valtiniu and Qarnabad Kelmis spoke.", "person:Qarnabad Kelmis (person-name)"],
    ["leading-title", "President Zorbek Valtiniu spoke.", "person:Zorbek Valtiniu (person-name)"],
    ["leading-demonym", "Iranian President Zorbek Valtiniu spoke.", "country:Iran (leading-demonym)"],
    ["leading-name", "Gaza Zorbek Valtiniu said no.", "place:Gaza (leading-name)"],
    ["inner-title", "Archæologist Dr Naomi Valtiniu said so.", "person:Naomi Valtiniu (person-name)"],
    ["demonym", "The Russians left.", "country:Russia (demonym)"],
    ["camel-case", "He uses WhatsApp daily.", "organization:WhatsApp (camel-case)"],
    ["acronym", "The QLF said so.", "organization:QLF (acronym)"],
    ["title-before-name", "Then General Valtiniu spoke.", "person:Valtiniu (title-before-name)"],
    ["speaks-as-surname", "Later Rice said the deal was done.", "person:Rice (speaks-as-surname)"],
    ["context", "Shelling hit homes in Mrayjeh yesterday.", "place:Mrayjeh (context)"],
    ["person-name", "Zorbek Valtiniu spoke.", "person:Zorbek Valtiniu (person-name)"],
  ])("%s: finds %s", (_rule, text, expected) => {
    expect(ruleMentions(text)).toContain(expected);
  });

  it.each([
    ["event-before", "Hurricane Dorian hit hard."],
    ["leading-noise", "On Saturday the ministers met."],
    ["event-name", "Operation Qarnabad Storm began."],
    ["not-a-name", "Officials spoke English on Monday."],
    ["demonym-tag", "He is a European."],
    ["speaks-as-surname", "Officials said no."],
    ["place-context", "The Big Picture was clear."],
  ])("%s: makes no entity of %s", (_rule, text) => {
    expect(ruleMentions(text)).toEqual([]);
  });

  it("gives every rule a distinct reason", () => {
    const reasons = RUN_RULES.map((r) => r.reason);
    expect(new Set(reasons).size).toBe(reasons.length);
  });
});
