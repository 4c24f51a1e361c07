// Types for graphology-gexf's parser factory, which the package ships without declarations.
declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";

  type ParseGexf = (
    Graph: GraphConstructor,
    source: string | Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean },
  ) => AbstractGraph;

  /** Builds graphology-gexf's `parse` over a DOMParser implementation and its Document class. */
  export default function createParserFunction(DOMParser: unknown, Document: unknown): ParseGexf;
}
