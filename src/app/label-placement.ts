// Label candidates → the labels to draw and where: most important first, each to the right of its node or
// else to the left, never over a label already placed nor over a more important node. Pure; the label
// layer measures the text and draws what this returns.

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

/** Space between a node's disc and its label, and around each label. */
const GAP = 3;
const PAD = 1;

/**
 * Places labels greedily by priority, then size. Selected and hovered labels are always drawn: they are
 * what the user is looking at; the others are dropped when both sides of their node are taken.
 */
export function placeLabels<T extends LabelCandidate>(candidates: readonly T[]): PlacedLabel<T>[] {
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || b.size - a.size || (a.key < b.key ? -1 : 1));
  const placed: PlacedLabel<T>[] = [];
  // Discs of the nodes ranked before: a label may cover a smaller node, never a more important one.
  const discs: Box[] = [];
  const free = (box: Box) => !placed.some((other) => overlaps(box, other)) && !discs.some((disc) => overlaps(box, disc));

  for (const candidate of ordered) {
    const top = candidate.y - candidate.height / 2 - PAD;
    const bottom = candidate.y + candidate.height / 2 + PAD;
    const rightSide = { left: candidate.x + candidate.size + GAP - PAD, top, bottom, right: candidate.x + candidate.size + GAP + candidate.width + PAD };
    const leftSide = { left: candidate.x - candidate.size - GAP - candidate.width - PAD, top, bottom, right: candidate.x - candidate.size - GAP + PAD };
    const box = free(rightSide) ? rightSide : free(leftSide) ? leftSide : candidate.priority >= 2 ? rightSide : null;
    if (box) placed.push({ candidate, left: box.left + PAD, right: box.right - PAD, top: box.top + PAD, bottom: box.bottom - PAD });
    const { x, y, size } = candidate;
    discs.push({ left: x - size, right: x + size, top: y - size, bottom: y + size });
  }
  return placed;
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
