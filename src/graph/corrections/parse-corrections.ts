// JSON text or a parsed value → a checked corrections file. Throws CorrectionsError naming the problem and
// the operation's index; nothing is returned half-checked.
import { ENTITY_TYPES, type EntityType } from "../../extract/types.ts";
import type { CorrectionOperation, CorrectionsFile } from "./corrections-file.ts";

/** A corrections file that cannot be used; the message says what is wrong and where. */
export class CorrectionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CorrectionsError";
  }
}

type Fields = Record<string, unknown>;

function isRecord(value: unknown): value is Fields {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What each operation requires and allows: its fields and their kinds, so a typo is named, not ignored. */
const OPERATION_FIELDS: Record<CorrectionOperation["op"], { required: readonly string[]; optional: readonly string[] }> = {
  merge: { required: ["nodes", "into"], optional: ["label"] },
  split: { required: ["node"], optional: ["alias", "document", "into"] },
  rename: { required: ["node", "label"], optional: [] },
  retype: { required: ["node", "type"], optional: [] },
  remove: { required: ["node"], optional: [] },
  stop: { required: ["name"], optional: [] },
  alias: { required: ["name", "node"], optional: [] },
};

function checkOperation(value: unknown, at: string): CorrectionOperation {
  if (!isRecord(value)) throw new CorrectionsError(`${at} is not an object`);
  const op = value.op;
  if (typeof op !== "string" || !Object.hasOwn(OPERATION_FIELDS, op)) {
    throw new CorrectionsError(`${at}: unknown operation ${JSON.stringify(op)} (expected one of ${Object.keys(OPERATION_FIELDS).join(", ")})`);
  }
  const fields = OPERATION_FIELDS[op as CorrectionOperation["op"]];
  for (const name of Object.keys(value)) {
    if (name !== "op" && !fields.required.includes(name) && !fields.optional.includes(name)) throw new CorrectionsError(`${at} (${op}): unknown field "${name}"`);
  }
  for (const name of fields.required) if (value[name] === undefined) throw new CorrectionsError(`${at} (${op}): "${name}" is missing`);
  for (const [name, field] of Object.entries(value)) {
    if (name === "nodes") {
      if (!Array.isArray(field) || field.length === 0 || !field.every((k) => typeof k === "string" && k !== "")) throw new CorrectionsError(`${at} (${op}): "nodes" must be a non-empty list of node keys`);
    } else if (typeof field !== "string" || field.trim() === "") {
      throw new CorrectionsError(`${at} (${op}): "${name}" must be a non-empty string`);
    }
  }
  if (op === "retype" && !ENTITY_TYPES.includes(value.type as EntityType)) {
    throw new CorrectionsError(`${at} (retype): unknown type ${JSON.stringify(value.type)} (expected one of ${ENTITY_TYPES.join(", ")})`);
  }
  if (op === "split" && (value.alias === undefined) === (value.document === undefined)) throw new CorrectionsError(`${at} (split): give either "alias" or "document"`);
  return value as unknown as CorrectionOperation;
}

/**
 * Checks a corrections file: JSON text or an already parsed value.
 * @example parseCorrections('{"format":"entity-graph-corrections","version":1,"operations":[{"op":"stop","name":"WN"}]}')
 */
export function parseCorrections(input: string | unknown): CorrectionsFile {
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw new CorrectionsError(`not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  if (!isRecord(data) || data.format !== "entity-graph-corrections") throw new CorrectionsError('not a corrections file: the JSON has no "format": "entity-graph-corrections"');
  if (data.version !== 1) throw new CorrectionsError(`corrections version ${JSON.stringify(data.version)} is not supported (expected 1)`);
  if (!Array.isArray(data.operations)) throw new CorrectionsError('"operations" is not a list');
  const operations = data.operations.map((op, index) => checkOperation(op, `operation ${index}`));
  return { format: "entity-graph-corrections", version: 1, operations };
}
