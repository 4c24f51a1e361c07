// The records extraction produces: documents, their sentences, and the entity mentions in each sentence.
import type { DateRule } from "./document-date.ts";

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
  /** A PDF's number of pages. */
  pages?: number;
  /**
   * When the document was written, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: an e-mail's Date header, a Word file's
   * creation date, a page's metadata, a dateline, a date in its file or folder name, a metadata table.
   */
  date?: string;
  /** The rule that found `date` (see document-date.ts). */
  dateRule?: DateRule;
  /** An e-mail's sender, as the From header writes it ("Name <address>"). */
  sender?: string;
  /** An e-mail's recipients (To and Cc), as written. */
  recipients?: string[];
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
  /** For the paged documents among `documents` (PDF): the page (from 1) the sentence is on in each. */
  pages?: Record<string, number>;
  mentions: SentenceMention[];
}
