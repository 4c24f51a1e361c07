// Sorted word lists as compact text: each line keeps only what differs from the line before ("front
// coding"), which gzip then reads far better than a JSON array. Pure; used for the data files that ship in
// the page's extraction worker.

/** The longest shared prefix recorded, so that its count stays one printable character. */
const MAX_SHARED = 70;

/**
 * Writes sorted lines front-coded: each starts with one character whose code minus 48 is how many leading
 * characters it shares with the line before.
 * @example frontEncode(["iran", "iraq"]) // "0iran\n3q"
 */
export function frontEncode(lines: readonly string[]): string {
  const out: string[] = [];
  let previous = "";
  for (const line of lines) {
    if (line.includes("\n")) throw new Error(`entity-graph: front coding: a line holds a line break: ${JSON.stringify(line)}`);
    let shared = 0;
    while (shared < MAX_SHARED && shared < previous.length && shared < line.length && previous[shared] === line[shared]) shared++;
    out.push(String.fromCharCode(48 + shared) + line.slice(shared));
    previous = line;
  }
  return out.join("\n");
}

/**
 * Reads lines written by `frontEncode`.
 * @example frontDecode("0iran\n3q") // ["iran", "iraq"]
 */
export function frontDecode(text: string): string[] {
  if (text === "") return [];
  const lines: string[] = [];
  let previous = "";
  for (const line of text.split("\n")) {
    previous = previous.slice(0, line.charCodeAt(0) - 48) + line.slice(1);
    lines.push(previous);
  }
  return lines;
}
