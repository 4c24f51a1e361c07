import { describe, expect, it } from "vitest";
import { relationText, topRelation } from "../../src/app/relation-labels.ts";
import type { LinkRelation } from "../../src/graph/types.ts";

const LABELS: Record<string, string> = { "person:vladimir-putin": "Vladimir Putin", "person:hassan-rouhani": "Hassan Rouhani" };
const labelOf = (node: string) => LABELS[node] ?? node;
const relation = (label: string, from: string | null, count = 1): LinkRelation => ({ label, class: null, count, sentences: [], from });

describe("relationText", () => {
  it("writes the subject first, whichever end of the link it is", () => {
    expect(relationText(relation("ask", "person:hassan-rouhani", 2), "person:vladimir-putin", "person:hassan-rouhani", labelOf)).toBe("Hassan Rouhani → ask → Vladimir Putin · 2");
    expect(relationText(relation("call", "person:vladimir-putin"), "person:vladimir-putin", "person:hassan-rouhani", labelOf)).toBe("Vladimir Putin → call → Hassan Rouhani · 1");
  });

  it("writes no arrow when the sentences give no direction, or a subject that is neither end", () => {
    expect(relationText(relation("meet", null), "person:vladimir-putin", "person:hassan-rouhani", labelOf)).toBe("Vladimir Putin — meet — Hassan Rouhani · 1");
    expect(relationText(relation("meet", "person:other"), "person:vladimir-putin", "person:hassan-rouhani", labelOf)).toBe("Vladimir Putin — meet — Hassan Rouhani · 1");
  });
});

describe("topRelation", () => {
  it("is the first of the list, or null for a link without relations or an older file's", () => {
    expect(topRelation([relation("ask", null, 3), relation("call", null)])?.label).toBe("ask");
    expect(topRelation([])).toBeNull();
    expect(topRelation(undefined)).toBeNull();
  });
});
