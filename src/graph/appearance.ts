// How an entity looks wherever it is drawn or exported: colour by type, size by mentions.
import type { EntityType } from "../extract/types.ts";

/** Colour of each entity type, as `rgb()` (GEXF readers such as networkx reject hex colours). */
export const TYPE_COLORS: Readonly<Record<EntityType, string>> = {
  person: "rgb(228, 87, 46)",
  country: "rgb(41, 128, 185)",
  place: "rgb(39, 174, 96)",
  organization: "rgb(142, 68, 173)",
};

/** Human-readable name of each entity type, for legends and summaries. */
export const TYPE_LABELS: Readonly<Record<EntityType, string>> = {
  person: "People",
  country: "Countries",
  place: "Places",
  organization: "Organisations",
};

/** Node size for a mention count: grows with the square root so one hub does not dwarf the rest. */
export function nodeSize(mentions: number): number {
  return 3 + 2.2 * Math.sqrt(Math.max(0, mentions));
}
