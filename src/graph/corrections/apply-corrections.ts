// A graph file and corrections → the corrected graph file, and the operations that no longer apply. Pure.
// Every operation moves or drops mentions or changes a node's label or type; then everything derived from
// the mentions is rebuilt as the graph builder makes it: mention and document counts, links as distinct
// shared sentences (a sentence naming two merged nodes counts once, a link between them disappears).
import Graph from "graphology";
import { fold, slugify } from "../../extract/fold.ts";
import type { EntityType, SentenceRecord } from "../../extract/types.ts";
import type { EntityGraph, EntityNodeAttributes, GraphFile } from "../types.ts";
import { toCorrectionsFile, type CorrectionOperation, type CorrectionsFile } from "./corrections-file.ts";

/** An operation that was skipped, with why ("node person:x is not in the graph"). */
export interface SkippedOperation {
  index: number;
  operation: CorrectionOperation;
  reason: string;
}

/** The corrected file, and what was skipped. */
export interface CorrectedGraph {
  file: GraphFile;
  skipped: SkippedOperation[];
}

interface NodeState {
  label: string;
  type: EntityType;
  aliases: Set<string>;
  community: number;
  x: number;
  y: number;
}

/** A mention's place: sentence index, mention index. */
interface MentionState {
  sentence: number;
  index: number;
  /** How the text writes it, folded (case, accents). */
  written: string;
  /** Its node, or null once removed. */
  entity: string | null;
}

/** A split-off node sits this far from the node it came from (the layout keeps it near). */
const SPLIT_OFFSET = 0.05;

class Skip extends Error {}

function sortAliases(aliases: Iterable<string>): string[] {
  return [...new Set(aliases)].sort((a, b) => a.localeCompare(b, "en"));
}

/**
 * Applies the corrections in order. The file's own recorded corrections (`file.corrections`) come first in
 * the result's record; no operation is applied half-way, and one whose node is gone is skipped and reported.
 * @example const { file: corrected, skipped } = applyCorrections(file, parseCorrections(text));
 */
export function applyCorrections(file: GraphFile, corrections: CorrectionsFile | readonly CorrectionOperation[]): CorrectedGraph {
  const operations = "operations" in corrections ? corrections.operations : corrections;
  const nodes = new Map<string, NodeState>();
  for (const { key, attributes } of file.graph.nodes) {
    const a = attributes as EntityNodeAttributes;
    nodes.set(key, { label: a.label, type: a.type, aliases: new Set(a.aliases), community: a.community, x: a.x, y: a.y });
  }
  const mentions: MentionState[] = [];
  file.sentences.forEach((s, sentence) =>
    s.mentions.forEach((m, index) => mentions.push({ sentence, index, written: fold(s.text.slice(m.start, m.end)), entity: m.entity })),
  );
  const documentIds = new Set(file.documents.map((d) => d.id));
  const textOf = (m: MentionState) => {
    const s = file.sentences[m.sentence] as SentenceRecord;
    const record = s.mentions[m.index];
    return record ? s.text.slice(record.start, record.end) : "";
  };

  const need = (key: string): NodeState => {
    const node = nodes.get(key);
    if (!node) throw new Skip(`node ${key} is not in the graph`);
    return node;
  };
  const freeKey = (type: EntityType, name: string): string => {
    const base = `${type}:${slugify(name) || "entity"}`;
    let key = base;
    for (let n = 2; nodes.has(key); n++) key = `${base}-${n}`;
    return key;
  };
  const mostWritten = (moved: readonly MentionState[]): string => {
    const counts = new Map<string, number>();
    for (const m of moved) counts.set(textOf(m), (counts.get(textOf(m)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
  };
  /** Moves mentions to `into` (or a new node named after them) and their written forms with them. */
  const move = (from: string, moved: MentionState[], into: string | undefined, newLabel: string): void => {
    const source = need(from);
    let target: string;
    if (into !== undefined) {
      need(into);
      if (into === from) throw new Skip(`${from} cannot be split into itself`);
      target = into;
    } else {
      target = freeKey(source.type, newLabel);
      nodes.set(target, { label: newLabel, type: source.type, aliases: new Set([newLabel]), community: source.community, x: source.x + SPLIT_OFFSET, y: source.y + SPLIT_OFFSET });
    }
    const targetNode = nodes.get(target) as NodeState;
    for (const m of moved) {
      m.entity = target;
      targetNode.aliases.add(textOf(m));
    }
    const kept = new Set(mentions.filter((m) => m.entity === from).map((m) => m.written));
    for (const alias of [...source.aliases]) {
      if (!kept.has(fold(alias)) && moved.some((m) => m.written === fold(alias))) source.aliases.delete(alias);
    }
    // The node's label was the form that left: it takes its most written remaining form.
    if (!kept.has(fold(source.label)) && moved.some((m) => m.written === fold(source.label))) {
      const label = mostWritten(mentions.filter((m) => m.entity === from));
      if (label !== "") {
        source.label = label;
        source.aliases.add(label);
      }
    }
  };

  const apply: { [K in CorrectionOperation["op"]]: (op: Extract<CorrectionOperation, { op: K }>) => void } = {
    merge(op) {
      const into = need(op.into);
      const others = [...new Set(op.nodes)].filter((k) => k !== op.into);
      const missing = others.filter((k) => !nodes.has(k));
      if (missing.length > 0) throw new Skip(`${missing.length === 1 ? "node" : "nodes"} ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not in the graph`);
      if (others.length === 0) throw new Skip("nothing to merge: the only node is the one merged into");
      const set = new Set(others);
      for (const m of mentions) if (m.entity !== null && set.has(m.entity)) m.entity = op.into;
      for (const key of others) {
        for (const alias of (nodes.get(key) as NodeState).aliases) into.aliases.add(alias);
        nodes.delete(key);
      }
      if (op.label !== undefined) {
        into.label = op.label;
        into.aliases.add(op.label);
      }
    },
    split(op) {
      need(op.node);
      if (op.alias !== undefined) {
        const written = fold(op.alias);
        const moved = mentions.filter((m) => m.entity === op.node && m.written === written);
        if (moved.length === 0) throw new Skip(`${op.node} has no mention written "${op.alias}"`);
        if (moved.length === mentions.filter((m) => m.entity === op.node).length && op.into === undefined) throw new Skip(`every mention of ${op.node} is written "${op.alias}": nothing would be left`);
        move(op.node, moved, op.into, mostWritten(moved));
      } else {
        const document = op.document as string;
        if (!documentIds.has(document)) throw new Skip(`document ${document} is not in the graph`);
        const moved = mentions.filter((m) => m.entity === op.node && (file.sentences[m.sentence] as SentenceRecord).documents.includes(document));
        if (moved.length === 0) throw new Skip(`${op.node} has no mention in ${document}`);
        if (moved.length === mentions.filter((m) => m.entity === op.node).length && op.into === undefined) throw new Skip(`every mention of ${op.node} is in ${document}: nothing would be left`);
        move(op.node, moved, op.into, mostWritten(moved));
      }
    },
    rename(op) {
      const node = need(op.node);
      node.label = op.label;
      node.aliases.add(op.label);
    },
    retype(op) {
      need(op.node).type = op.type;
    },
    remove(op) {
      need(op.node);
      for (const m of mentions) if (m.entity === op.node) m.entity = null;
      nodes.delete(op.node);
    },
    stop(op) {
      const written = fold(op.name);
      const hit = mentions.filter((m) => m.entity !== null && m.written === written);
      if (hit.length === 0) throw new Skip(`no mention is written "${op.name}"`);
      for (const m of hit) m.entity = null;
      for (const node of nodes.values()) for (const alias of [...node.aliases]) if (fold(alias) === written) node.aliases.delete(alias);
    },
    alias(op) {
      const node = need(op.node);
      const written = fold(op.name);
      const hit = mentions.filter((m) => m.entity !== null && m.entity !== op.node && m.written === written);
      if (hit.length === 0) throw new Skip(`no mention outside ${op.node} is written "${op.name}"`);
      const sources = new Set(hit.map((m) => m.entity as string));
      for (const m of hit) {
        m.entity = op.node;
        node.aliases.add(textOf(m));
      }
      for (const key of sources) {
        const source = nodes.get(key) as NodeState;
        for (const alias of [...source.aliases]) if (fold(alias) === written) source.aliases.delete(alias);
      }
    },
  };

  const skipped: SkippedOperation[] = [];
  operations.forEach((operation, index) => {
    // Each operation works on copies, so one that is skipped half-way leaves nothing behind.
    const saved = { nodes: new Map([...nodes].map(([k, n]) => [k, { ...n, aliases: new Set(n.aliases) }])), entities: mentions.map((m) => m.entity) };
    try {
      (apply[operation.op] as (op: CorrectionOperation) => void)(operation);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      nodes.clear();
      for (const [k, n] of saved.nodes) nodes.set(k, n);
      saved.entities.forEach((entity, i) => ((mentions[i] as MentionState).entity = entity));
      skipped.push({ index, operation, reason: error.message });
    }
  });

  const recorded = [...(file.corrections?.operations ?? []), ...operations];
  const corrected: GraphFile = { ...file, ...rebuild(file, nodes, mentions) };
  if (recorded.length > 0) corrected.corrections = toCorrectionsFile(recorded);
  return { file: corrected, skipped };
}

/** The sentences and the graph the mentions now make, in the builder's order. */
function rebuild(file: GraphFile, nodes: ReadonlyMap<string, NodeState>, mentions: readonly MentionState[]): Pick<GraphFile, "sentences" | "graph"> {
  const entities = file.sentences.map((s) => s.mentions.map((m): string | null => m.entity));
  for (const m of mentions) (entities[m.sentence] as (string | null)[])[m.index] = m.entity;
  const counts = new Map<string, { mentions: number; documents: Set<string> }>();
  const sentences = file.sentences.map((s, i): SentenceRecord => {
    const own = entities[i] as (string | null)[];
    for (const entity of own) {
      if (entity === null) continue;
      const count = counts.get(entity) ?? { mentions: 0, documents: new Set<string>() };
      count.mentions++;
      for (const d of s.documents) count.documents.add(d);
      counts.set(entity, count);
    }
    const unchanged = s.mentions.every((m, j) => m.entity === own[j]);
    return unchanged ? s : { ...s, mentions: s.mentions.flatMap((m, j) => (own[j] === null ? [] : [{ ...m, entity: own[j] as string }])) };
  });

  const graph: EntityGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const [key, node] of nodes) {
    const count = counts.get(key);
    // A node left without mentions (all stopped, split or aliased away) is gone.
    if (!count) continue;
    graph.addNode(key, { label: node.label, type: node.type, aliases: sortAliases(node.aliases), mentions: count.mentions, documents: count.documents.size, community: node.community, x: node.x, y: node.y });
  }
  // Keyed by their ends and added in the order of their first sentence, as the builder does.
  const edges = new Map<string, { source: string; target: string; sentences: string[] }>();
  for (const s of sentences) {
    const ends = [...new Set(s.mentions.map((m) => m.entity))].sort();
    for (let i = 0; i < ends.length; i++) {
      for (let j = i + 1; j < ends.length; j++) {
        const key = `${ends[i]}|${ends[j]}`;
        const edge = edges.get(key);
        if (edge) edge.sentences.push(s.id);
        else edges.set(key, { source: ends[i] as string, target: ends[j] as string, sentences: [s.id] });
      }
    }
  }
  for (const [key, { source, target, sentences: ids }] of edges) graph.addEdgeWithKey(key, source, target, { weight: ids.length, sentences: ids });
  return { sentences, graph: graph.export() };
}
