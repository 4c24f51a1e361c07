// Aliases as one text cell: GEXF and CSV carry a node's aliases joined by " | " and split back on read.
// An alias's own "|" and "\" are written "\|" and "\\", so any alias survives the trip.

/** What joins a node's aliases in GEXF and CSV exports. */
export const ALIAS_SEPARATOR = " | ";

/** Joins aliases into one cell, e.g. `["Putin", "Vladimir Putin"]` → `"Putin | Vladimir Putin"`. */
export function joinAliases(aliases: readonly string[]): string {
  return aliases.map((alias) => alias.replace(/[\\|]/g, (c) => `\\${c}`)).join(ALIAS_SEPARATOR);
}

/** Splits a joined alias cell back into its aliases; the empty string gives no aliases. */
export function splitAliases(cell: string): string[] {
  if (cell === "") return [];
  const aliases: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const c = cell[i]!;
    if (c === "\\" && i + 1 < cell.length) {
      current += cell[++i];
    } else if (cell.startsWith(ALIAS_SEPARATOR, i)) {
      aliases.push(current);
      current = "";
      i += ALIAS_SEPARATOR.length - 1;
    } else {
      current += c;
    }
  }
  aliases.push(current);
  return aliases;
}
