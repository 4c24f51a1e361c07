import { describe, expect, it } from "vitest";
import { extractDocument } from "../../src/extract/extract-document.ts";
import { classifyRelation } from "../../src/extract/find-relations.ts";
import { RELATION_CLASSES, RELATION_VERBS } from "../../src/extract/relation-verbs.ts";

/**
 * Every relation of a text's last line as "subject → label → object [class]" (or "a — label — b" without a
 * direction), by mention name; lines before it are context (the article's full names, "Putin" → Vladimir Putin).
 */
function relationsOf(text: string): string[] {
  const lastLine = text.lastIndexOf("\n") + 1;
  return extractDocument(text).sentences.filter((s) => s.start >= lastLine).flatMap((s) =>
    (s.relations ?? []).map((r) => {
      const a = s.mentions[r.a]?.name ?? "?";
      const b = s.mentions[r.b]?.name ?? "?";
      const cls = r.class ?? "null";
      if (r.subject === null) return `${a} — ${r.label} — ${b} [${cls}]`;
      const object = r.subject === r.a ? b : a;
      return `${s.mentions[r.subject]?.name ?? "?"} → ${r.label} → ${object} [${cls}]`;
    }),
  );
}

describe("findRelations on sentences of the sample corpus", () => {
  it.each([
    // corpus/eaworldview-rouhani-putin-call.txt and the other sample articles.
    ["The discussion on Syria began when Rouhani asked Putin, “What do you want to do in Syria?”", "Rouhani → ask → Putin [communicates]"],
    [
      "Russian President Vladimir Putin and Iranian President Hassan Rouhani\nAccording to the Kremlin, Putin called Rouhani to offer congratulations on the Iranian President’s re-election.",
      "Vladimir Putin → call → Hassan Rouhani [communicates]",
    ],
    [
      'Vladimir Putin allegedly "stopped taking calls" from the former Syrian president, Bashar al-Assad, before he was ousted by rebels in December, according to a former aide.',
      "Vladimir Putin → stop take call from → Bashar al-Assad [null]",
    ],
    ["Assad returned to Damascus a week before his eventual fall, according to Saqr.", "Assad → return to → Damascus [located-in]"],
    ["The former Syrian aide said that Assad had visited Moscow before his regime's overthrow by rebels in December.", "Assad → visit → Moscow [located-in]"],
    ["In his audio testimony to the presidential archive, Zarif accused Russia of trying multiple times to sabotage the nuclear deal.", "Zarif → accuse → Russia [opposes]"],
    ["Later, Putin raised a question that unsettled Rouhani: “Why does the US hate Assad so much?”", "United States → hate → Assad [opposes]"],
    ["Russian President Vladimir Putin speaks with former Iranian President Hassan Rouhani during their talks.", "Vladimir Putin → speak with → Hassan Rouhani [communicates]"],
    ["Meanwhile, Indonesian President Prabowo Subianto announced in April that his country was prepared to help.", "Prabowo Subianto → president of → Indonesia [leads]"],
  ])("%s", (text, relation) => {
    expect(relationsOf(text)).toContain(relation);
  });

  it("reads the post between a country and its holder, and the verb between the holders", () => {
    expect(relationsOf("Russian President Vladimir Putin speaks with former Iranian President Hassan Rouhani during their talks.")).toEqual([
      "Vladimir Putin → speak with → Hassan Rouhani [communicates]",
      "Vladimir Putin → president of → Russia [leads]",
      "Hassan Rouhani → president of → Iran [leads]",
    ]);
  });

  it("reads the possessor of an object as the object, past a quantifier's of", () => {
    expect(relationsOf("Vladimir Putin and Bashar al-Assad\nSaqr alleged that Putin didn't pick up any of Assad's calls between the Tuesday and Thursday.")).toEqual([
      "Vladimir Putin → not pick up → Bashar al-Assad [null]",
    ]);
  });

  it("keeps negation, and a negated relation has no class", () => {
    expect(relationsOf("Bashar al-Assad did not meet with Vladimir Putin.")).toEqual(["Bashar al-Assad → not meet with → Vladimir Putin [null]"]);
    expect(relationsOf("Vladimir Putin didn't call Hassan Rouhani.")).toEqual(["Vladimir Putin → not call → Hassan Rouhani [null]"]);
  });

  it("turns a passive round: the agent after by is the subject", () => {
    expect(relationsOf("Aleppo was attacked by Daesh.")).toEqual(["Daesh → attack → Aleppo [opposes]"]);
  });

  it("gives coordinated subjects the verb without a direction, and says where they met", () => {
    expect(relationsOf("Vladimir Putin and Recep Tayyip Erdoğan met in Sochi.").sort()).toEqual([
      "Recep Tayyip Erdoğan → meet in → Sochi [located-in]",
      "Vladimir Putin → meet in → Sochi [located-in]",
    ]);
    expect(relationsOf("Vladimir Putin and Recep Tayyip Erdoğan met.")).toEqual(["Vladimir Putin — meet — Recep Tayyip Erdoğan [communicates]"]);
  });

  // Known false positives: the words between the two mentions are no phrase linking them.
  it.each([
    // "left" is Rouhani's; the comma ends that clause, and Putin whispers to no entity named.
    ["As Rouhani left, Putin whispered in his ear: “I’ve prepared a ship on the Mediterranean for Assad to come to Moscow.", "Rouhani", "Putin"],
    ["As Rouhani left, Putin whispered in his ear: “I’ve prepared a ship on the Mediterranean for Assad to come to Moscow.", "Putin", "Assad"],
    // Saqr says; Assad is the subject of what is said, not its object.
    ["Kamel Saqr said Bashar al-Assad was worried.", "Kamel Saqr", "Bashar al-Assad"],
    // Putin did not pick up; Saqr only alleges it.
    ["Saqr alleged that Putin didn't pick up any of Assad's calls between the Tuesday and Thursday.", "Saqr", "Assad"],
    // A demonym qualifies the strike; Israel is not located in Khan Younis by this sentence.
    ["Palestinians inspect the damage caused by an Israeli strike in Khan Younis on Tuesday.", "Israel", "Khan Younis"],
    // An aside in brackets is no argument of the verb before it.
    ["At one point, Assad was told Putin was traveling (in Belarus) and wouldn't be able to take the call.", "Putin", "Belarus"],
    // Gaza's qualifies the ministry; the ministry's warning is not Gaza's.
    ["Amid the uncertainty, Gaza’s Ministry of Interior issued a warning on Tuesday.", "Gaza", "Ministry of Interior"],
  ])("finds no relation in %s between %s and %s", (text, a, b) => {
    const found = relationsOf(text);
    expect(extractDocument(text).sentences.flatMap((s) => s.mentions.map((m) => m.name))).toEqual(expect.arrayContaining([a, b]));
    expect(found.filter((r) => r.includes(a) && r.includes(b))).toEqual([]);
  });

  it("finds nothing with fewer than two mentions", () => {
    expect(relationsOf("Putin asked a question.")).toEqual([]);
  });
});

describe("the relation lexicon", () => {
  it.each([
    ["meet", "communicates"],
    ["meet with", "communicates"],
    ["hold talk with", "communicates"],
    ["persuade", "communicates"],
    ["whisper", "communicates"],
    ["back", "supports"],
    ["be ally with", "supports"],
    ["arm", "supports"],
    ["attack", "opposes"],
    ["condemn", "opposes"],
    ["fight against", "opposes"],
    ["join", "member-of"],
    ["belong to", "member-of"],
    ["foreign minister of", "member-of"],
    ["head", "leads"],
    ["command", "leads"],
    ["be president of", "leads"],
    ["in", "located-in"],
    ["visit", "located-in"],
    ["arrive in", "located-in"],
  ])("classes %s as %s", (label, cls) => {
    expect(classifyRelation(label)).toBe(cls);
  });

  it.each([
    // Ended or denied: no class, though the rest of the label names one.
    "stop take call from",
    "not meet with",
    "refuse to back",
    // A preposition alone decides nothing: "remain in" a person is no place.
    "remain in",
    // Verbs of no class.
    "say",
    "be worried about",
    "develop reconstruction plan for",
  ])("gives %s no class", (label) => {
    expect(classifyRelation(label)).toBeNull();
  });

  it("gives every entry a class of the schema (or null) and a reason, and each phrase once", () => {
    for (const entry of RELATION_VERBS) {
      expect(entry.class === null || RELATION_CLASSES.includes(entry.class)).toBe(true);
      expect(entry.reason.length).toBeGreaterThan(5);
    }
    const phrases = RELATION_VERBS.map((e) => e.words);
    expect(phrases.filter((p, i) => phrases.indexOf(p) !== i)).toEqual([]);
  });
});
