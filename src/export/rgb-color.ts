// Normalises a CSS colour (hex or rgb()/rgba()) to an integer `rgb()`/`rgba()` string, or null.
// GEXF readers differ on colours: networkx crashes on 1.3 `hex`, so every export writes r, g, b (and a).

/** A colour as GEXF stores it: integer channels 0–255 and an optional alpha 0–1. */
export interface RgbColor {
  r: number;
  g: number;
  b: number;
  a?: number;
}

const HEX = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const RGB = /^rgba?\(\s*([^)]*)\)$/i;

function clampChannel(value: number): number {
  return Math.min(255, Math.max(0, Math.round(value)));
}

function clampAlpha(value: number): number {
  return Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
}

function parseHex(digits: string): RgbColor {
  const full = digits.length <= 4 ? [...digits].map((d) => d + d).join("") : digits;
  const channel = (i: number) => parseInt(full.slice(i * 2, i * 2 + 2), 16);
  const color: RgbColor = { r: channel(0), g: channel(1), b: channel(2) };
  if (full.length === 8) color.a = clampAlpha(channel(3) / 255);
  return color;
}

function parseChannel(text: string): number {
  return text.endsWith("%") ? (parseFloat(text) * 255) / 100 : parseFloat(text);
}

function parseRgb(body: string): RgbColor | null {
  // Both the legacy comma form and the modern `rgb(1 2 3 / 50%)` form.
  const parts = body.split(/\s*[,/]\s*|\s+/).filter((p) => p !== "");
  if (parts.length !== 3 && parts.length !== 4) return null;
  const [r, g, b] = parts.slice(0, 3).map(parseChannel);
  if (![r, g, b].every((v) => v !== undefined && Number.isFinite(v))) return null;
  const color: RgbColor = { r: clampChannel(r!), g: clampChannel(g!), b: clampChannel(b!) };
  const alphaText = parts[3];
  if (alphaText !== undefined) {
    const alpha = alphaText.endsWith("%") ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
    if (!Number.isFinite(alpha)) return null;
    color.a = clampAlpha(alpha);
  }
  return color;
}

/** Parses `#rgb`, `#rgba`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` and `rgba(…)`; anything else gives null. */
export function parseCssColor(css: string): RgbColor | null {
  const text = css.trim();
  const hex = HEX.exec(text);
  if (hex) return parseHex(hex[1]!);
  const rgb = RGB.exec(text);
  return rgb ? parseRgb(rgb[1]!) : null;
}

/** Formats a colour as `rgb(r, g, b)`, or `rgba(r, g, b, a)` when it has an alpha below 1. */
export function formatRgbColor(color: RgbColor): string {
  const { r, g, b, a } = color;
  return a === undefined || a >= 1 ? `rgb(${r}, ${g}, ${b})` : `rgba(${r}, ${g}, ${b}, ${a})`;
}
