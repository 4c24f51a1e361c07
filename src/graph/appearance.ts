// How an entity looks wherever it is drawn or exported: colour by type, size by mentions.
import { ENTITY_SPECS, type EntityTypeSpec } from "../extract/entity-types.ts";
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";

/** Colour of each entity type, as `rgb()` (GEXF readers such as networkx reject hex colours). */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = byType((spec) => spec.color);

/** Human-readable name of each entity type, for legends and summaries. */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = byType((spec) => spec.label);

/** A node's type for one entity ("Person"), for chips. */
export const TYPE_SINGULAR: Readonly<Record<EntityType, string>> = byType((spec) => spec.singular);

function byType(pick: (spec: EntityTypeSpec) => string): Record<EntityType, string> {
  return Object.fromEntries(ENTITY_TYPES.map((type) => [type, pick(ENTITY_SPECS[type])])) as Record<EntityType, string>;
}

/** Node size for a mention count: grows with the square root so one hub does not dwarf the rest. */
export function nodeSize(mentions: number): number {
  return 3 + 2.2 * Math.sqrt(Math.max(0, mentions));
}
