// Reading re3d: only the names among its annotations, in the other corpora's convention.
import { describe, expect, it } from "vitest";
import { readRe3d } from "../../src/train/read-re3d.ts";

/** One re3d entity line for the span of `value` in `text`. */
function entity(text: string, value: string, type: string, documentId = "D1"): string {
  const begin = text.indexOf(value);
  return JSON.stringify({ _id: `${documentId}-${begin}-${type}`, begin, end: begin + value.length, type, value, documentId, confidence: 1 });
}

describe("readRe3d", () => {
  const text = "The Members of the Security Council and Minister Zorbek Valtiniu condemned the attack on mourners in Qarnabad by Lekfjs forces. Qarnabad said Syria would act.";
  const documents = JSON.stringify({ _id: "D1", text });
  const entities = [
    entity(text, "The Members of the Security Council", "Organisation"),
    entity(text, "Security Council", "Organisation"),
    entity(text, "Minister Zorbek Valtiniu", "Person"),
    entity(text, "mourners", "Person"),
    entity(text, "Qarnabad", "Location"),
    entity(text, "Lekfjs", "Nationality"),
    entity(text, "the attack", "Temporal"),
    entity(text, "Syria", "Organisation"),
  ].join("\n");
  const [doc] = readRe3d(documents, entities, "re3d/test");
  const spans = doc!.spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);

  it("keeps names: titles and a leading 'the' off, the longest of nested names", () => {
    expect(spans).toEqual(["ORG:Security Council", "PER:Zorbek Valtiniu", "LOC:Qarnabad", "MISC:Lekfjs", "LOC:Syria"]);
  });

  it("drops nominal mentions and the types that are none of ours", () => {
    expect(spans.some((s) => s.includes("mourners") || s.includes("attack") || s.includes("Members"))).toBe(false);
  });

  it("drops pronouns, and reads a possessive between two names as two names", () => {
    const second = "We condemned it. The Qarnabad Ministry’s Lekfjs Office said so.";
    const lines = [
      entity(second, "We", "Organisation", "D2"),
      entity(second, "Qarnabad Ministry’s Lekfjs Office", "Organisation", "D2"),
      entity(second, "Qarnabad Ministry", "Organisation", "D2"),
      entity(second, "Lekfjs Office", "Organisation", "D2"),
    ].join("\n");
    const [read] = readRe3d(JSON.stringify({ _id: "D2", text: second }), lines, "re3d/test");
    expect(read!.spans.map((s) => `${s.type}:${second.slice(s.start, s.end)}`)).toEqual(["ORG:Qarnabad Ministry", "ORG:Lekfjs Office"]);
  });

  it("names each document by its source and place", () => {
    expect(doc!.id).toBe("re3d/test#1");
    expect(doc!.text).toBe(text);
  });
});
