// The graph file contract: what `npm run graph` writes and what the explorer and the exports read.
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { RelationClass } from "../extract/relation-verbs.ts";
import type { DocumentRecord, EntityType, SentenceRecord, SkippedFile } from "../extract/types.ts";
import type { CorrectionsFile } from "./corrections/corrections-file.ts";

/** Attributes of an entity node. */
export interface EntityNodeAttributes {
  label: string;
  type: EntityType;
  /** Every way the entity was written, canonical label included. */
  aliases: string[];
  /** Number of mentions over all (distinct) sentences. */
  mentions: number;
  /** Number of documents the entity appears in. */
  documents: number;
  /** Louvain community index. */
  community: number;
  x: number;
  y: number;
}

/** Attributes of a co-occurrence edge. */
export interface EntityEdgeAttributes {
  /** Number of distinct sentences the two entities share. */
  weight: number;
  /** Ids of those sentences. */
  sentences: string[];
  /** What the shared sentences say links the two, most frequent first (the builder always sets it; older files lack it). */
  relations?: LinkRelation[];
}

/** One relation label of a link: "Rouhani → persuade → Putin", in `count` of the shared sentences. */
export interface LinkRelation {
  /** The phrase in base form, negation kept: "persuade", "meet with", "not meet", "president of". */
  label: string;
  class: RelationClass | null;
  /** How many of the shared sentences carry it, and their ids. */
  count: number;
  sentences: string[];
  /** The node key of the subject when the sentences give a direction, else null. */
  from: string | null;
}

/** The graphology graph the tool builds and the explorer shows: undirected, entity nodes, co-occurrence edges. */
export type EntityGraph = Graph<EntityNodeAttributes, EntityEdgeAttributes>;

/** The graph file, version 1. */
export interface GraphFile {
  format: "entity-graph";
  version: 1;
  documents: DocumentRecord[];
  sentences: SentenceRecord[];
  skipped: SkippedFile[];
  graph: SerializedGraph<EntityNodeAttributes, EntityEdgeAttributes>;
  /** The corrections the graph was built with (`npm run graph -- --corrections`, or the explorer's). */
  corrections?: CorrectionsFile;
}
