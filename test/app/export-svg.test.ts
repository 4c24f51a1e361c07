import { describe, expect, it } from "vitest";
import { toSvg, type SvgPicture } from "../../src/app/export-svg.ts";
import { parseXml } from "../../src/export/parse-xml.ts";

const picture: SvgPicture = {
  width: 640,
  height: 360,
  background: "#ffffff",
  edges: [{ x1: 100, y1: 100, x2: 300, y2: 200, width: 1.5, color: "rgb(206, 212, 220)" }],
  nodes: [
    { x: 100, y: 100, r: 12, color: "rgb(228, 87, 46)" },
    { x: 300, y: 200, r: 8, color: "rgb(41, 128, 185)" },
  ],
  labels: [
    { text: "Lekfjs & Qarnabi <Ltd>", x: 115, y: 104, size: 13, family: "system-ui", weight: "600", color: "#1f2933" },
    { text: "Rekcjd\u0007 Province", x: 311, y: 204, size: 13, family: "system-ui", weight: "600", color: "#1f2933" },
  ],
  legend: [
    { color: "rgb(228, 87, 46)", text: "People (1)" },
    { color: "rgb(41, 128, 185)", text: "Countries (1)" },
  ],
  legendScale: 1,
};

/** Parsed with @xmldom/xmldom, which throws on any XML problem (warnings included). */
const parse = (svg: string) => parseXml(svg).document;

describe("toSvg", () => {
  it("writes well-formed SVG with a circle per node, a line per edge and the labels as text", () => {
    const document = parse(toSvg(picture));
    const root = document.documentElement!;
    expect(root.getAttribute("xmlns")).toBe("http://www.w3.org/2000/svg");
    expect(root.getAttribute("viewBox")).toBe("0 0 640 360");
    expect(document.getElementsByTagName("line")).toHaveLength(1);
    // Two nodes and two legend swatches.
    expect(document.getElementsByTagName("circle")).toHaveLength(4);
    const texts = Array.from(document.getElementsByTagName("text")).map((node) => node.textContent);
    // A label is text, escaped, never markup; a control character no XML may carry is dropped.
    expect(texts).toEqual(["Lekfjs & Qarnabi <Ltd>", "Rekcjd Province", "People (1)", "Countries (1)"]);
  });

  it("keeps each layer in its own group, labels above nodes above edges", () => {
    const svg = toSvg(picture);
    const order = ["edges", "nodes", "labels", "legend"].map((id) => svg.indexOf(`<g id="${id}"`));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it("has no legend group when there is nothing to list", () => {
    expect(toSvg({ ...picture, legend: [] })).not.toContain('id="legend"');
  });
});
