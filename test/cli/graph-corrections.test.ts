// `npm run graph -- corpus --corrections FILE`: the sample corpus built with corrections of every kind gives
// the corrected nodes, records the corrections, reports the one that no longer applies, and is the same
// file on every run; a bad corrections file stops the run with exit 2 and its message.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { EntityNodeAttributes, GraphFile } from "../../src/graph/types.ts";
import { SAMPLE_CORRECTIONS } from "../fixtures/sample-corrections.ts";

const ROOT = new URL("../..", import.meta.url).pathname;
const TSX = join(ROOT, "node_modules/.bin/tsx");

function runGraph(...args: string[]) {
  const result = spawnSync(TSX, [join(ROOT, "src/cli/graph.ts"), ...args], { encoding: "utf8", cwd: ROOT });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run graph --corrections", () => {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-corrections-"));
  const corrections = join(dir, "corrections.json");
  let run: ReturnType<typeof runGraph>;
  let text: string;
  let file: GraphFile;
  const node = (key: string) => file.graph.nodes.find((n) => n.key === key)?.attributes as EntityNodeAttributes | undefined;
  beforeAll(() => {
    writeFileSync(corrections, JSON.stringify(SAMPLE_CORRECTIONS, null, 2));
    run = runGraph("corpus", "--workers", "1", "--out", join(dir, "graph.json"), "--corrections", corrections);
    text = readFileSync(join(dir, "graph.json"), "utf8");
    file = JSON.parse(text) as GraphFile;
  }, 120_000);

  it("builds, says what it applied, and names the operation that no longer applies", () => {
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("corrections: 7 applied, 1 skipped");
    expect(run.stderr).toContain("correction 7 (rename) skipped: node person:nobody is not in the graph");
  });

  it("gives the corrected nodes", () => {
    expect(node("organization:kremlin")).toBeUndefined();
    expect(node("place:moscow")).toMatchObject({ label: "Moscow (Kremlin)", type: "place", mentions: 11 });
    expect(node("person:ali")).toMatchObject({ label: "Ali", type: "person" });
    expect(node("person:ali-khamenei")?.aliases).toEqual(["Ali Khamenei"]);
    expect(node("country:turkiye")).toMatchObject({ label: "Turkey", type: "country" });
    expect(node("person:asharq-al-awsat")).toMatchObject({ label: "Asharq Al-Awsat", type: "organization" });
    expect(node("organization:facebook")).toBeUndefined();
    expect(node("organization:revolutionary-guard")?.aliases).toEqual(["Revolutionary Guard"]);
    expect(node("place:tehran")).toBeUndefined();
    expect(node("country:iran")?.aliases).toContain("Tehran");
    expect(file.sentences.flatMap((s) => s.mentions).some((m) => m.entity === "organization:facebook" || m.entity === "place:tehran")).toBe(false);
  });

  it("records the corrections it was built with", () => {
    expect(file.corrections).toEqual(SAMPLE_CORRECTIONS);
  });

  it("writes the same file on a second run", () => {
    const again = runGraph("corpus", "--workers", "1", "--out", join(dir, "again.json"), "--corrections", corrections);
    expect(again.code).toBe(0);
    expect(readFileSync(join(dir, "again.json"), "utf8")).toBe(text);
  }, 120_000);

  it.each([
    ["not JSON", "{ nope", /corrections file .*: not valid JSON/],
    ["an unknown type", JSON.stringify({ format: "entity-graph-corrections", version: 1, operations: [{ op: "stop", name: "WN" }, { op: "retype", node: "person:a", type: "event" }] }), /operation 1 \(retype\): unknown type "event"/],
  ])("refuses %s with exit 2 and the problem", (_, content, message) => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, content);
    const refused = runGraph("corpus", "--out", join(dir, "never.json"), "--corrections", bad);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(message);
    expect(existsSync(join(dir, "never.json"))).toBe(false);
  }, 60_000);
});
