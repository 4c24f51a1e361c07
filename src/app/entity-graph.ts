// The graphology graph type the explorer works on, named once.
import type Graph from "graphology";
import type { EntityEdgeAttributes, EntityNodeAttributes } from "../graph/types.ts";

/** The undirected co-occurrence graph as loaded from the graph file. */
export type EntityGraph = Graph<EntityNodeAttributes, EntityEdgeAttributes>;
