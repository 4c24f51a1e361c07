// The records extraction produces: documents, their sentences, and the entity mentions in each sentence.

/** The kinds of entity the tool finds; a group is an ethnic, religious or political group of people. */
export type EntityType = "person" | "country" | "place" | "organization" | "group";

/** All entity types, in the order the legend and summaries list them (their specs: entity-types.ts). */
export const ENTITY_TYPES: readonly EntityType[] = ["person", "country", "place", "organization", "group"];

/** One input file that was read: `id` is its path relative to the input folder. */
export interface DocumentRecord {
  id: string;
  path: string;
  title: string;
  /** The source URL the text names in its first lines, or null. */
  url: string | null;
}

/** A file that was not read into the graph, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

/** One mention of an entity: `entity` is a node key, offsets are into the sentence text. */
export interface SentenceMention {
  entity: string;
  start: number;
  end: number;
}

/** One distinct sentence; a sentence repeated verbatim lists every document it is in. */
export interface SentenceRecord {
  id: string;
  text: string;
  documents: string[];
  mentions: SentenceMention[];
}
