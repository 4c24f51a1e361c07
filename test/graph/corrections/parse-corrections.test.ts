// The corrections file's checks: every bad input is refused with a message naming the problem and where.
import { describe, expect, it } from "vitest";
import { parseCorrections } from "../../../src/graph/corrections/parse-corrections.ts";

const file = (operations: unknown[]) => JSON.stringify({ format: "entity-graph-corrections", version: 1, operations });

describe("parseCorrections", () => {
  it("reads every operation", () => {
    const operations = [
      { op: "merge", nodes: ["person:a", "person:b"], into: "person:a", label: "A" },
      { op: "split", node: "person:a", alias: "B" },
      { op: "split", node: "person:a", document: "d.txt", into: "person:c" },
      { op: "rename", node: "person:a", label: "Alpha" },
      { op: "retype", node: "person:a", type: "organization" },
      { op: "remove", node: "person:a" },
      { op: "stop", name: "WN" },
      { op: "alias", name: "DPRK", node: "country:north-korea" },
    ];
    expect(parseCorrections(file(operations)).operations).toEqual(operations);
  });

  it.each([
    ["{", /^not valid JSON/],
    [JSON.stringify({ format: "entity-graph", version: 1, operations: [] }), /not a corrections file/],
    [JSON.stringify({ format: "entity-graph-corrections", version: 2, operations: [] }), /version 2 is not supported/],
    [JSON.stringify({ format: "entity-graph-corrections", version: 1 }), /"operations" is not a list/],
    [file([{ op: "stop", name: "WN" }, { op: "explode", node: "x" }]), /^operation 1: unknown operation "explode"/],
    [file([{ op: "retype", node: "person:a", type: "event" }]), /^operation 0 \(retype\): unknown type "event"/],
    [file([{ op: "rename", node: "person:a" }]), /^operation 0 \(rename\): "label" is missing/],
    [file([{ op: "rename", node: "person:a", label: "" }]), /"label" must be a non-empty string/],
    [file([{ op: "merge", nodes: [], into: "person:a" }]), /"nodes" must be a non-empty list/],
    [file([{ op: "split", node: "person:a" }]), /^operation 0 \(split\): give either "alias" or "document"/],
    [file([{ op: "split", node: "person:a", alias: "A", document: "d.txt" }]), /give either/],
    [file([{ op: "remove", node: "person:a", nodes: ["person:b"] }]), /^operation 0 \(remove\): unknown field "nodes"/],
    [file(["stop"]), /^operation 0 is not an object/],
  ])("refuses %s", (text, message) => {
    expect(() => parseCorrections(text)).toThrow(message);
  });
});
