// The view state + look → the legend a picture carries: the visible entity types with their counts, or,
// coloured by community, the largest communities named by their biggest node. Pure.
import { ENTITY_TYPES, type EntityType } from "../extract/types.ts";
import { TYPE_COLORS, TYPE_LABELS } from "../graph/appearance.ts";
import { formatCount } from "./dom.ts";
import type { CommunityEntry, ColourBy } from "./node-look.ts";

/** One row of a picture's legend. */
export interface LegendEntry {
  color: string;
  text: string;
}

/** The legend's font: the page's. */
export const LEGEND_FONT = `system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif`;

/** Communities a picture's legend lists (the sidebar lists as many). */
export const PICTURE_COMMUNITIES = 10;

/**
 * The legend rows for what is drawn.
 * @example legendEntries("type", ["place"], { person: 22, country: 21 }, communities) // People (22), Countries (21)…
 */
export function legendEntries(colourBy: ColourBy, hiddenTypes: readonly EntityType[], typeCounts: Partial<Record<EntityType, number>>, communities: readonly CommunityEntry[]): LegendEntry[] {
  if (colourBy === "community") {
    return communities.slice(0, PICTURE_COMMUNITIES).map((entry) => ({ color: entry.color, text: `${entry.label} (${formatCount(entry.nodes)})` }));
  }
  const hidden = new Set(hiddenTypes);
  return ENTITY_TYPES.filter((type) => !hidden.has(type)).map((type) => ({ color: TYPE_COLORS[type], text: `${TYPE_LABELS[type]} (${formatCount(typeCounts[type] ?? 0)})` }));
}

/** The legend's box in the picture's CSS pixels, at the bottom left; shared by the PNG and the SVG. */
export function legendLayout(entries: readonly LegendEntry[], scale: number, height: number, measure: (text: string) => number) {
  const line = 20 * scale;
  const padding = 10 * scale;
  const radius = 5 * scale;
  const fontSize = Math.round(13 * scale);
  const boxWidth = Math.max(...entries.map((entry) => measure(entry.text))) + padding * 2 + radius * 2 + 8 * scale;
  const boxHeight = line * entries.length + padding * 2 - (line - 14 * scale);
  const left = padding;
  const top = height - boxHeight - padding;
  return {
    font: `${fontSize}px ${LEGEND_FONT}`,
    fontSize,
    box: { left, top, width: boxWidth, height: boxHeight },
    rows: entries.map((entry, i) => {
      const y = top + padding + 7 * scale + i * line;
      return { ...entry, cx: left + padding + radius, cy: y, r: radius, textX: left + padding + radius * 2 + 8 * scale };
    }),
  };
}

