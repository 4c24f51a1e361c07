// Label candidates → the labels to draw and where: most important first, each beside its node (right,
// left, below or above), never over a label already placed nor over a more important node. Pure; the
// label layer measures the text and draws what this returns.

/** A node sigma would label: its disc on screen and the size of its label text (CSS pixels). */
export interface LabelCandidate {
  key: string;
  /** 2: selected or hovered, 1: forced (a neighbour of the focus), 0: placed by size. */
  priority: number;
  x: number;
  y: number;
  /** Radius of the node's disc on screen. */
  size: number;
  width: number;
  height: number;
}

/** A placed label: its box, left edge first. */
export interface PlacedLabel<T extends LabelCandidate> {
  candidate: T;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * How many of the largest nodes in view are always label candidates, whatever sigma's label grid kept (it
 * keeps a few per grid cell, so in a dense centre a hub can lose its label to bigger neighbours in its
 * cell); placeLabels then drops one only when every side of it would cover a larger node or its label.
 */
export const ALWAYS_LABELLED = 20;

/** A node on screen: its centre and disc radius in viewport pixels. */
export interface NodeOnScreen {
  key: string;
  x: number;
  y: number;
  size: number;
}

/** The `count` largest nodes whose centre is inside `bounds`, largest first (ties by key). */
export function largestInView<T extends NodeOnScreen>(nodes: Iterable<T>, bounds: Bounds, count = ALWAYS_LABELLED): T[] {
  return largestPlacedInView(nodes, (node) => node, bounds, count);
}

/**
 * As largestInView, for nodes not placed on screen yet: `place` gives a node's centre and size on screen,
 * which must order nodes as their `size` does (one zoom factor for all), and is asked only of a node large
 * enough to be among the `count` kept so far (a few hundred of the UN graph's 9,000 nodes a frame).
 */
export function largestPlacedInView<S extends { key: string; size: number }, T extends NodeOnScreen>(nodes: Iterable<S>, place: (node: S) => T, bounds: Bounds, count = ALWAYS_LABELLED): T[] {
  const largest: { node: S; placed: T }[] = [];
  const before = (a: S, b: S) => a.size > b.size || (a.size === b.size && a.key < b.key);
  for (const node of nodes) {
    if (largest.length === count && !before(node, largest[count - 1]!.node)) continue;
    const placed = place(node);
    if (placed.x < 0 || placed.y < 0 || placed.x > bounds.width || placed.y > bounds.height) continue;
    let at = largest.length;
    while (at > 0 && before(node, largest[at - 1]!.node)) at--;
    largest.splice(at, 0, { node, placed });
    if (largest.length > count) largest.pop();
  }
  return largest.map((entry) => entry.placed);
}

/** Space between a node's disc and its label, and around each label. */
const GAP = 3;
const PAD = 1;

/** The area labels must stay inside (the canvas), when known. */
export interface Bounds {
  width: number;
  height: number;
}

/**
 * Places labels greedily by priority, then size: to the right of the node, else left, below or above.
 * Selected and hovered labels are always drawn (to the right when no side is free): they are what the
 * user is looking at; the others are dropped when no side is free.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[], bounds?: Bounds): PlacedLabel<T>[] {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || (a.key < b.key ? -1 : 1));
  const placed: PlacedLabel<T>[] = [];
  // Discs of the nodes ranked before: a label may cover a smaller node, never a more important one.
  const discs: Box[] = [];
  const inside = (box: Box) => !bounds || (box.left >= 0 && box.top >= 0 && box.right <= bounds.width && box.bottom <= bounds.height);
  const free = (box: Box) =>
    inside(box) && !placed.some((other) => overlaps(box, other)) && !discs.some((disc) => overlaps(box, disc));

  for (const candidate of ordered) {
    const sides = sidesOf(candidate);
    const box = sides.find(free) ?? (candidate.priority >= 2 ? sides[0] : undefined);
    if (box) placed.push({ candidate, left: box.left + PAD, right: box.right - PAD, top: box.top + PAD, bottom: box.bottom - PAD });
    const { x, y, size } = candidate;
    discs.push({ left: x - size, right: x + size, top: y - size, bottom: y + size });
  }
  return placed;
}

/** The boxes a label may take, padded, in order of preference: right, left, below, above. */
function sidesOf({ x, y, size, width, height }: LabelCandidate): [Box, ...Box[]] {
  const middle = { top: y - height / 2 - PAD, bottom: y + height / 2 + PAD };
  const centred = { left: x - width / 2 - PAD, right: x + width / 2 + PAD };
  return [
    { ...middle, left: x + size + GAP - PAD, right: x + size + GAP + width + PAD },
    { ...middle, left: x - size - GAP - width - PAD, right: x - size - GAP + PAD },
    { ...centred, top: y + size + GAP - PAD, bottom: y + size + GAP + height + PAD },
    { ...centred, top: y - size - GAP - height - PAD, bottom: y - size - GAP + PAD },
  ];
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
