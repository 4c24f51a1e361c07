import { describe, expect, it } from "vitest";
import { largestInView, largestPlacedInView, placeLabels, type LabelCandidate } from "../../src/app/label-placement.ts";

const label = (key: string, x: number, y: number, size: number, priority = 0, width = 50): LabelCandidate => ({
  key,
  priority,
  x,
  y,
  size,
  width,
  height: 12,
});
const keys = (candidates: LabelCandidate[]) => placeLabels(candidates).map((placed) => placed.candidate.key);

describe("placeLabels", () => {
  it("places nothing for no candidates", () => {
    expect(placeLabels([])).toEqual([]);
  });

  it("places far-apart labels to the right of their nodes", () => {
    const [a] = placeLabels([label("a", 0, 0, 5)]);
    expect(a).toMatchObject({ left: 8, right: 58, top: -6, bottom: 6 });
    expect(keys([label("a", 0, 0, 5), label("b", 0, 100, 5)])).toEqual(["a", "b"]);
  });

  it("keeps the larger node's label and drops one with no free side", () => {
    expect(keys([label("small", 100, 0, 2), label("big", 100, 0, 9)])).toEqual(["big"]);
  });

  it("puts a label below its node when both sides are taken, then above", () => {
    const row = [label("left", 60, 0, 10), label("middle", 100, 0, 6, 0, 20)];
    expect(placeLabels(row).find((p) => p.candidate.key === "middle")).toMatchObject({ left: 90, right: 110, top: 9, bottom: 21 });
    const under = label("under", 100, 30, 10);
    expect(placeLabels([...row, under]).find((p) => p.candidate.key === "middle")).toMatchObject({ top: -21, bottom: -9 });
  });

  it("keeps labels inside the canvas", () => {
    const [edge] = placeLabels([label("edge", 780, 300, 5)], { width: 800, height: 600 });
    expect(edge?.right).toBeLessThanOrEqual(800);
    expect(edge?.left).toBe(780 - 5 - 3 - 50);
  });

  it("moves a label to the left of its node when the right would cover a more important node", () => {
    const placed = placeLabels([label("big", 100, 0, 20), label("small", 60, 0, 3, 0, 50)]);
    const small = placed.find((p) => p.candidate.key === "small");
    expect(small).toMatchObject({ right: 54, left: 4 });
  });

  it("places labels by priority before size", () => {
    expect(keys([label("big", 0, 0, 20), label("focus", 0, 2, 3, 2)])[0]).toBe("focus");
    expect(keys([label("big", 0, 0, 20), label("neighbour", 30, 2, 3, 1)])[0]).toBe("neighbour");
  });

  it("always draws selected and hovered labels, even over others", () => {
    expect(keys([label("a", 0, 0, 5, 2), label("b", 0, 0, 5, 2)]).sort()).toEqual(["a", "b"]);
  });

  it("never returns two overlapping labels of priority below 2", () => {
    const crowd = Array.from({ length: 200 }, (_, i) => label(`n${i}`, (i * 37) % 300, (i * 53) % 200, 3 + (i % 7), i % 2));
    const placed = placeLabels(crowd);
    expect(placed.length).toBeGreaterThan(10);
    for (const a of placed) {
      for (const b of placed) {
        if (a === b) continue;
        const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
        expect(overlap).toBe(false);
      }
    }
  });
});

describe("largestInView", () => {
  const node = (key: string, x: number, y: number, size: number) => ({ key, x, y, size });
  it("keeps the largest nodes whose centre is in view, largest first", () => {
    const nodes = [node("a", 10, 10, 3), node("b", 20, 20, 9), node("out", -5, 20, 50), node("c", 30, 30, 6), node("d", 40, 40, 6)];
    expect(largestInView(nodes, { width: 100, height: 100 }, 3).map((n) => n.key)).toEqual(["b", "c", "d"]);
    expect(largestInView(nodes, { width: 100, height: 100 }, 10).map((n) => n.key)).toEqual(["b", "c", "d", "a"]);
    expect(largestInView([], { width: 100, height: 100 })).toEqual([]);
  });

  it("keeps the same nodes when they are placed on screen as it goes, and places only those large enough to count", () => {
    // Sizes and places of invented nodes, half of them out of view; on screen, twice the size.
    const nodes = Array.from({ length: 400 }, (_, i) => ({ key: `n${i}`, size: (i * 37) % 101, x: (i * 53) % 200, y: (i * 29) % 100 }));
    const placed: string[] = [];
    const place = (node: (typeof nodes)[number]) => {
      placed.push(node.key);
      return { ...node, size: node.size * 2 };
    };
    const bounds = { width: 100, height: 100 };
    const kept = largestPlacedInView(nodes, place, bounds, 20);
    expect(kept.map((n) => n.key)).toEqual(largestInView(nodes, bounds, 20).map((n) => n.key));
    expect(kept[0]!.size).toBe(2 * nodes.find((n) => n.key === kept[0]!.key)!.size);
    expect(placed.length).toBeLessThan(nodes.length / 2);
  });

  it("gives a hub its label beside a bigger hub when a side is free, and drops it when all sides cover the bigger one", () => {
    // Lekfjs is 10 px left of the bigger Qarnabi: its right side is taken, its left side is free.
    const big = label("qarnabi", 100, 100, 20, 0, 60);
    const beside = label("lekfjs", 75, 100, 12, 0, 40);
    expect(keys([big, beside])).toEqual(["qarnabi", "lekfjs"]);
    const [, placed] = placeLabels([big, beside]);
    expect(placed!.right).toBeLessThanOrEqual(75 - 12);
    // Inside the bigger disc, every side of its label covers it.
    expect(keys([big, label("inside", 100, 100, 4, 0, 40)])).toEqual(["qarnabi"]);
  });
});
