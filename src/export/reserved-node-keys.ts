// Node keys → those graphology cannot hold: it keeps each node's neighbours in a plain object, where
// "__proto__" (and any name Object.prototype already has) is taken. Pure.

/**
 * The keys of `keys` that are names of Object.prototype ("__proto__", "constructor", "toString"…): a graph
 * with such a node fails in graphology with a misleading "an edge linking … already exists", so a file
 * holding one is refused with a message that names them.
 * @example reservedNodeKeys(["person:putin", "__proto__"]) // ["__proto__"]
 */
export function reservedNodeKeys(keys: Iterable<string>): string[] {
  const reserved = new Set<string>();
  for (const key of keys) if (key in Object.prototype) reserved.add(key);
  return [...reserved];
}

/** The error message for a file whose nodes have reserved keys, naming them. */
export function describeReservedKeys(reserved: readonly string[]): string {
  const names = reserved.map((key) => `"${key}"`).join(", ");
  return `node key${reserved.length > 1 ? "s" : ""} ${names} cannot be used: graphology keeps neighbours in plain objects, where these names are taken; rename the node${reserved.length > 1 ? "s" : ""} (a key such as "person:${reserved[0]}")`;
}
