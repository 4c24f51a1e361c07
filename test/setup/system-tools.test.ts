import { describe, expect, it } from "vitest";
import { findNetworkxPython, installCommand, missingTools, SYSTEM_TOOLS } from "./system-tools.ts";

describe("the system tools the tests need", () => {
  it("are all here once npm test's pretest step has run", () => {
    expect(missingTools().map((t) => t.name)).toEqual([]);
    expect(findNetworkxPython()).not.toBeNull();
  });

  it("install with one apt-get command naming each Debian package", () => {
    expect(installCommand(SYSTEM_TOOLS)).toBe("apt-get install -y --no-install-recommends chromium libxml2-utils python3-networkx redis-server");
  });
});
