import { describe, expect, it } from "vitest";
import { joinAliases, splitAliases } from "../../src/export/index.ts";

describe("joinAliases / splitAliases", () => {
  it.each([
    [["Putin", "Vladimir Putin"], "Putin | Vladimir Putin"],
    [["Iran"], "Iran"],
    [[], ""],
    [["a | b", "c"], "a \\| b | c"],
    [["back\\slash", "pipe|"], "back\\\\slash | pipe\\|"],
    [["ends with \\", "x"], "ends with \\\\ | x"],
    [["حسن روحاني", "روحاني"], "حسن روحاني | روحاني"],
  ])("joins %j as %j and splits it back", (aliases, cell) => {
    expect(joinAliases(aliases)).toBe(cell);
    expect(splitAliases(cell)).toEqual(aliases);
  });
});
