// When the page fetches sentences before anyone asks: the first page of what a hovered node or link would
// show (a click may follow), and, once the graph is on screen, the evidence index, then in idle time the
// hubs' first pages. Side effects: network fetches through the evidence store.
import { listEvidence, pageRanks, pairSentences, SENTENCE_PAGE_SIZE, smallerNode } from "./evidence.ts";
import type { EvidenceIndex } from "./evidence-index.ts";
import { whenIdle } from "./dom.ts";
import type { Explorer } from "./explorer.ts";
import type { Selection } from "./view-state.ts";
import { uncountedDocuments } from "./timeline-range.ts";

/** The most mentioned entities are the likeliest clicks: their first page of sentences is fetched in idle time. */
const PREFETCHED_HUBS = 20;

/**
 * Starts loading the sentences the panel would show first for `selection` (hovering a node or a link is
 * the sign a click may follow), so that the click finds them in memory. Returns the loading, or null when
 * there is nothing to load; errors are left to the click.
 * @example const loading = prefetchEvidence(explorer, { kind: "node", node: "person:vladimir-putin" });
 */
export function prefetchEvidence(explorer: Explorer, selection: Selection): Promise<void> | null {
  const { evidence, graph } = explorer;
  const index = evidence.index();
  const nodes = selection.kind === "node" ? [selection.node] : [selection.source, selection.target];
  if (!index || !evidence.split || !nodes.every((node) => graph.hasNode(node))) return null;
  const excluded = new Set(uncountedDocuments(explorer.file.documents, explorer.store.get().filters));
  const ranks = selection.kind === "node" ? index.nodeSentences(selection.node) : pairSentences(graph, index, selection.source, selection.target);
  const list = listEvidence(index, ranks, excluded);
  const missing = evidence.missing(pageRanks(list, 0, SENTENCE_PAGE_SIZE));
  if (missing.length === 0) return null;
  const loading = evidence.load(missing, selection.kind === "node" ? selection.node : smallerNode(index, selection.source, selection.target));
  loading.catch(() => {});
  return loading;
}

/** What the page is told as the evidence arrives. */
export interface EvidenceEvents {
  /** The explorer was torn down: stop. */
  disposed(): boolean;
  onIndex(index: EvidenceIndex): void;
  onError(error: unknown): void;
}

/**
 * Loads the evidence index (call it once the graph is on screen, so the first frame does not wait for it),
 * then, for a split graph file, in idle time: the id → rank table an edge click needs, then the hubs'
 * first pages, one at a time.
 */
export function loadEvidenceAhead(explorer: Explorer, events: EvidenceEvents): void {
  const { evidence, graph } = explorer;
  evidence.loadIndex().then(
    (index) => {
      if (events.disposed()) return;
      events.onIndex(index);
      if (!evidence.split) return;
      const hubs = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "mentions") - graph.getNodeAttribute(a, "mentions"));
      hubs.length = Math.min(hubs.length, PREFETCHED_HUBS);
      const next = () => {
        if (events.disposed()) return;
        const hub = hubs.shift();
        if (hub === undefined) return;
        const loading = prefetchEvidence(explorer, { kind: "node", node: hub });
        if (loading) loading.then(() => whenIdle(next), () => {});
        else whenIdle(next);
      };
      whenIdle(() => {
        index.rankOf("");
        whenIdle(next);
      });
    },
    (error: unknown) => {
      if (!events.disposed()) events.onError(error);
    },
  );
}
