import { describe, expect, it } from "vitest";
import { graphContentKey } from "../../src/app/graph-content-key.ts";
import { smallGraphFile } from "../graph/corrections/small-graph.ts";

const documents = (): Parameters<typeof smallGraphFile>[0] => ({
  "a.txt": [["Ilse Morvan met Qarnabad officials.", [["Ilse Morvan", "person"], ["Qarnabad", "place"]]]],
  "b.txt": [["Zorvia spoke.", [["Zorvia", "country"]]]],
});

describe("graphContentKey", () => {
  it("keeps the key corrections were first saved under, so a user's saved corrections are found again", () => {
    // Computed by the first version of the key (the pieces joined, then hashed twice): a change of the
    // hashing must not change it.
    expect(graphContentKey(smallGraphFile(documents()))).toBe("cb9qvym58yn4-4j");
  });

  it("changes with a mention, not with the layout's positions", () => {
    const file = smallGraphFile(documents());
    const moved = structuredClone(file);
    for (const node of moved.graph.nodes) Object.assign(node.attributes ?? {}, { x: 1, y: 2 });
    expect(graphContentKey(moved)).toBe(graphContentKey(file));
    const more = structuredClone(file);
    const first = more.graph.nodes[0]!.attributes as { mentions: number };
    first.mentions += 1;
    expect(graphContentKey(more)).not.toBe(graphContentKey(file));
  });
});
