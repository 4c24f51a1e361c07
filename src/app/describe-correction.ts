// One correction → the line the "Corrections (N)" list shows for it. Pure.
import type { CorrectionOperation } from "../graph/corrections/corrections-file.ts";

/** Says what a correction does, with the graph's labels where the node is still there (its key otherwise). */
export function describeCorrection(operation: CorrectionOperation, labelOf: (key: string) => string | undefined = () => undefined): string {
  const name = (key: string) => labelOf(key) ?? key;
  switch (operation.op) {
    case "merge":
      return `Merge ${operation.nodes.filter((k) => k !== operation.into).join(", ")} into ${name(operation.into)}${operation.label ? ` as “${operation.label}”` : ""}`;
    case "split":
      return `Split ${operation.alias !== undefined ? `“${operation.alias}”` : `the mentions in ${operation.document}`} out of ${name(operation.node)}${operation.into ? ` into ${name(operation.into)}` : ""}`;
    case "rename":
      return `Rename ${operation.node} to “${operation.label}”`;
    case "retype":
      return `Make ${name(operation.node)} a ${operation.type}`;
    case "remove":
      return `Remove ${operation.node}`;
    case "stop":
      return `Stop list: “${operation.name}”`;
    case "alias":
      return `Alias: “${operation.name}” is ${name(operation.node)}`;
  }
}
