// A drawn view (edges, nodes, labels, legend in image pixels) → an SVG document, for print and for editing
// in Inkscape or Illustrator: one group per layer (edges, nodes, labels, legend), labels as <text> with a
// white halo (paint-order stroke), so they stay editable text. Pure: returns the file's content.
import { toXmlText } from "../export/xml-text.ts";
import { LEGEND_FONT, legendLayout, type LegendEntry } from "./legend-entries.ts";

/** What the SVG shows, in CSS pixels of the image. */
export interface SvgPicture {
  width: number;
  height: number;
  background: string;
  edges: { x1: number; y1: number; x2: number; y2: number; width: number; color: string }[];
  nodes: { x: number; y: number; r: number; color: string }[];
  /** Each label at its baseline's start, as the label layer placed it. */
  labels: { text: string; x: number; y: number; size: number; family: string; weight: string; color: string }[];
  legend: LegendEntry[];
  /** The legend's size factor (1 as on screen, 2 for an image twice the screen's size). */
  legendScale: number;
}

/** Average advance of a character of the legend's font, in ems: the box is sized without a canvas to measure with. */
const LEGEND_CHAR_EM = 0.6;

/**
 * Writes the picture as SVG 1.1.
 * @example download(toSvg(picture), "image/svg+xml", "entity-graph.svg")
 */
export function toSvg(picture: SvgPicture): string {
  const n = (value: number) => String(Math.round(value * 100) / 100);
  const lines: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${n(picture.width)}" height="${n(picture.height)}" viewBox="0 0 ${n(picture.width)} ${n(picture.height)}">`,
    `<rect id="background" width="100%" height="100%" fill="${attribute(picture.background)}"/>`,
    `<g id="edges" stroke-linecap="round">`,
    ...picture.edges.map((e) => `<line x1="${n(e.x1)}" y1="${n(e.y1)}" x2="${n(e.x2)}" y2="${n(e.y2)}" stroke="${attribute(e.color)}" stroke-width="${n(e.width)}"/>`),
    `</g>`,
    `<g id="nodes">`,
    ...picture.nodes.map((node) => `<circle cx="${n(node.x)}" cy="${n(node.y)}" r="${n(node.r)}" fill="${attribute(node.color)}"/>`),
    `</g>`,
    `<g id="labels" stroke="rgb(255, 255, 255)" stroke-opacity="0.92" stroke-linejoin="round" paint-order="stroke">`,
    ...picture.labels.map(
      (label) =>
        `<text x="${n(label.x)}" y="${n(label.y)}" font-family="${attribute(label.family)}" font-size="${n(label.size)}" font-weight="${attribute(label.weight)}" fill="${attribute(label.color)}" stroke-width="${n((3 * label.size) / 13)}">${text(label.text)}</text>`,
    ),
    `</g>`,
    ...legend(picture, n),
    `</svg>`,
  ];
  return `${lines.join("\n")}\n`;
}

function legend(picture: SvgPicture, n: (value: number) => string): string[] {
  if (picture.legend.length === 0) return [];
  const scale = picture.legendScale;
  const layout = legendLayout(picture.legend, scale, picture.height, (entry) => entry.length * Math.round(13 * scale) * LEGEND_CHAR_EM);
  const { box } = layout;
  return [
    `<g id="legend" font-family="${attribute(LEGEND_FONT)}" font-size="${layout.fontSize}">`,
    `<rect x="${n(box.left)}" y="${n(box.top)}" width="${n(box.width)}" height="${n(box.height)}" fill="rgb(255, 255, 255)" fill-opacity="0.9" stroke="rgb(203, 210, 217)" stroke-width="${n(Math.max(1, scale))}"/>`,
    ...layout.rows.flatMap((row) => [
      `<circle cx="${n(row.cx)}" cy="${n(row.cy)}" r="${n(row.r)}" fill="${attribute(row.color)}"/>`,
      `<text x="${n(row.textX)}" y="${n(row.cy)}" dominant-baseline="middle" fill="rgb(31, 41, 51)">${text(row.text)}</text>`,
    ]),
    `</g>`,
  ];
}

/** Text content: XML-safe characters, markup escaped (a label is the document's text, never markup). */
function text(value: string): string {
  return toXmlText(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attribute(value: string): string {
  return text(value).replace(/"/g, "&quot;");
}
