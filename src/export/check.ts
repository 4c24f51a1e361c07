// What the export readers share to check a file's values: an error that names the problem, and a test
// for a JSON object.

/** Throws the error a reader gives for a file it cannot use; `message` names the problem. */
export function fail(message: string): never {
  throw new Error(`entity-graph/export: ${message}`);
}

/** Is this a JSON object (not null, not a list)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
