// What the export readers share to check a file's values: an error that names the problem (and the same
// problem told to a user), and a test for a JSON object.

const PREFIX = "entity-graph/export: ";

/** Throws the error a reader gives for a file it cannot use; `message` names the problem. */
export function fail(message: string): never {
  throw new Error(`${PREFIX}${message}`);
}

/** What an error says to a user: a reader's message without the module prefix, or the value as text. */
export function problemOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.startsWith(PREFIX) ? message.slice(PREFIX.length) : message;
}

/** Is this a JSON object (not null, not a list)? */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
