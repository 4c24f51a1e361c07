// A callback → run once the current frame has been painted. Side effect: two animation frame requests.

/** Runs `callback` once the current frame has been painted (two animation frames later). */
export function afterPaint(callback: () => void): void {
  requestAnimationFrame(() => requestAnimationFrame(callback));
}
