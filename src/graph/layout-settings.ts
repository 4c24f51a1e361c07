// ForceAtlas2 settings shared by the build-time layout (lay-out-graph.ts) and the explorer's layout worker.
// A module of its own so that the page does not load the build-time layout's Louvain with it.

/** Above this many nodes ForceAtlas2 uses the Barnes-Hut approximation. */
export const BARNES_HUT_ORDER = 500;
