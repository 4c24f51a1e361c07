// A graph file and corrections → the corrected graph file, and the operations that no longer apply. Pure.
// Every operation moves or drops mentions or changes a node's label or type; then what derives from the
// mentions of the nodes it touched is recounted as the graph builder counts it: mentions and documents,
// links as distinct shared sentences (a sentence naming two merged nodes counts once, a link between them
// disappears). Nodes and links it did not touch are kept as they are, so a correction costs what it touches.
import { fold, slugify } from "../../extract/fold.ts";
import type { EntityType, SentenceMention, SentenceRecord } from "../../extract/types.ts";
import type { EntityEdgeAttributes, EntityNodeAttributes, GraphFile } from "../types.ts";
import { collectLinkRelations, type LinkRelationCollector } from "../link-relations.ts";
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
  /** The file's aliases, while `aliases` is unchanged (kept as they are, sorted already). */
  fileAliases: string[] | null;
  community: number;
  x: number;
  y: number;
}

/** A mention: where it is, how the text writes it, and its node (null once removed). */
interface MentionState {
  /** Its position in the list of every mention. */
  i: number;
  sentence: number;
  index: number;
  text: string;
  /** `text` folded (case, accents), computed when an operation compares names. */
  folded: string | null;
  entity: string | null;
}

/** A split-off node sits this share of the layout's extent away from the node it came from. */
const SPLIT_OFFSET = 0.02;

/** An operation that does not apply; thrown before the operation changes anything. */
class Skip extends Error {}

function sortAliases(aliases: Iterable<string>): string[] {
  return [...new Set(aliases)].sort((a, b) => a.localeCompare(b, "en"));
}

function foldedOf(m: MentionState): string {
  m.folded ??= fold(m.text);
  return m.folded;
}

/**
 * Applies the corrections in order. The file's own recorded corrections (`file.corrections`) come first in
 * the result's record. Each operation checks everything before it changes anything, so one that does not
 * apply (its node is gone) is skipped whole and reported.
 * @example const { file: corrected, skipped } = applyCorrections(file, parseCorrections(text));
 */
export function applyCorrections(file: GraphFile, corrections: CorrectionsFile | readonly CorrectionOperation[]): CorrectedGraph {
  const operations = "operations" in corrections ? corrections.operations : corrections;
  const nodes = new Map<string, NodeState>();
  let minX = Infinity;
  let maxX = -Infinity;
  for (const { key, attributes } of file.graph.nodes) {
    const a = attributes as EntityNodeAttributes;
    nodes.set(key, { label: a.label, type: a.type, aliases: new Set(a.aliases), fileAliases: a.aliases, community: a.community, x: a.x, y: a.y });
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  }
  const offset = (maxX > minX ? maxX - minX : 1) * SPLIT_OFFSET;
  const mentions: MentionState[] = [];
  /** Each node's mentions, by their index in `mentions`. */
  const byNode = new Map<string, Set<number>>();
  file.sentences.forEach((s, sentence) =>
    s.mentions.forEach((m, index) => {
      const set = byNode.get(m.entity) ?? new Set<number>();
      set.add(mentions.length);
      byNode.set(m.entity, set);
      mentions.push({ i: mentions.length, sentence, index, text: s.text.slice(m.start, m.end), folded: null, entity: m.entity });
    }),
  );
  const documentIds = new Set(file.documents.map((d) => d.id));
  /** Nodes whose mentions changed: their counts and links are recounted. */
  const touched = new Set<string>();
  /** Sentences whose mentions changed. */
  const changedSentences = new Set<number>();

  const mentionsOf = (key: string): MentionState[] => [...(byNode.get(key) ?? [])].map((i) => mentions[i] as MentionState);
  const moveMention = (m: MentionState, to: string | null) => {
    const { i } = m;
    if (m.entity !== null) {
      byNode.get(m.entity)?.delete(i);
      touched.add(m.entity);
    }
    if (to !== null) {
      const set = byNode.get(to) ?? new Set<number>();
      set.add(i);
      byNode.set(to, set);
      touched.add(to);
    }
    m.entity = to;
    changedSentences.add(m.sentence);
  };
  const need = (key: string): NodeState => {
    const node = nodes.get(key);
    if (!node) throw new Skip(`node ${key} is not in the graph`);
    return node;
  };
  const editAliases = (node: NodeState): Set<string> => {
    node.fileAliases = null;
    return node.aliases;
  };
  const freeKey = (type: EntityType, name: string): string => {
    const base = `${type}:${slugify(name) || "entity"}`;
    let key = base;
    for (let n = 2; nodes.has(key); n++) key = `${base}-${n}`;
    return key;
  };
  const mostWritten = (moved: readonly MentionState[]): string => {
    const counts = new Map<string, number>();
    for (const m of moved) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
  };
  /** Checks a split's target: `into`, which must be another node, or a new node. */
  const checkInto = (from: string, into: string | undefined, moved: number, all: number, what: string) => {
    if (into !== undefined) {
      need(into);
      if (into === from) throw new Skip(`${from} cannot be split into itself`);
    } else if (moved === all) {
      throw new Skip(`every mention of ${from} is ${what}: nothing would be left`);
    }
  };
  /** Moves mentions to `into` (or a new node named after them), their written forms with them. */
  const split = (from: string, moved: MentionState[], into: string | undefined): void => {
    const source = need(from);
    let target = into;
    if (target === undefined) {
      const label = mostWritten(moved);
      target = freeKey(source.type, label);
      nodes.set(target, { label, type: source.type, aliases: new Set([label]), fileAliases: null, community: source.community, x: source.x + offset, y: source.y + offset });
    }
    const targetNode = nodes.get(target) as NodeState;
    for (const m of moved) {
      moveMention(m, target);
      if (!targetNode.aliases.has(m.text)) editAliases(targetNode).add(m.text);
    }
    const kept = new Set(mentionsOf(from).map(foldedOf));
    const left = new Set(moved.map(foldedOf));
    for (const alias of [...source.aliases]) if (!kept.has(fold(alias)) && left.has(fold(alias))) editAliases(source).delete(alias);
    // The node's label was a form that left: it takes its most written remaining form.
    if (!kept.has(fold(source.label)) && left.has(fold(source.label))) {
      const label = mostWritten(mentionsOf(from));
      if (label !== "") {
        source.label = label;
        editAliases(source).add(label);
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
      for (const key of others) {
        for (const m of mentionsOf(key)) moveMention(m, op.into);
        for (const alias of (nodes.get(key) as NodeState).aliases) if (!into.aliases.has(alias)) editAliases(into).add(alias);
        nodes.delete(key);
        touched.add(key);
      }
      if (op.label !== undefined) {
        into.label = op.label;
        if (!into.aliases.has(op.label)) editAliases(into).add(op.label);
      }
    },
    split(op) {
      need(op.node);
      const all = mentionsOf(op.node);
      if (op.alias !== undefined) {
        const written = fold(op.alias);
        const moved = all.filter((m) => foldedOf(m) === written);
        if (moved.length === 0) throw new Skip(`${op.node} has no mention written "${op.alias}"`);
        checkInto(op.node, op.into, moved.length, all.length, `written "${op.alias}"`);
        split(op.node, moved, op.into);
      } else {
        const document = op.document as string;
        if (!documentIds.has(document)) throw new Skip(`document ${document} is not in the graph`);
        const moved = all.filter((m) => (file.sentences[m.sentence] as SentenceRecord).documents.includes(document));
        if (moved.length === 0) throw new Skip(`${op.node} has no mention in ${document}`);
        checkInto(op.node, op.into, moved.length, all.length, `in ${document}`);
        split(op.node, moved, op.into);
      }
    },
    rename(op) {
      const node = need(op.node);
      node.label = op.label;
      if (!node.aliases.has(op.label)) editAliases(node).add(op.label);
    },
    retype(op) {
      need(op.node).type = op.type;
    },
    remove(op) {
      need(op.node);
      for (const m of mentionsOf(op.node)) moveMention(m, null);
      nodes.delete(op.node);
      touched.add(op.node);
    },
    stop(op) {
      const written = fold(op.name);
      const hit = mentions.filter((m) => m.entity !== null && foldedOf(m) === written);
      if (hit.length === 0) throw new Skip(`no mention is written "${op.name}"`);
      for (const m of hit) moveMention(m, null);
      for (const node of nodes.values()) for (const alias of [...node.aliases]) if (fold(alias) === written) editAliases(node).delete(alias);
    },
    alias(op) {
      const node = need(op.node);
      const written = fold(op.name);
      const hit = mentions.filter((m) => m.entity !== null && m.entity !== op.node && foldedOf(m) === written);
      if (hit.length === 0) throw new Skip(`no mention outside ${op.node} is written "${op.name}"`);
      const sources = new Set(hit.map((m) => m.entity as string));
      for (const m of hit) {
        moveMention(m, op.node);
        if (!node.aliases.has(m.text)) editAliases(node).add(m.text);
      }
      for (const key of sources) {
        const source = nodes.get(key) as NodeState;
        for (const alias of [...source.aliases]) if (fold(alias) === written) editAliases(source).delete(alias);
      }
    },
  };

  const skipped: SkippedOperation[] = [];
  operations.forEach((operation, index) => {
    try {
      (apply[operation.op] as (op: CorrectionOperation) => void)(operation);
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.push({ index, operation, reason: error.message });
    }
  });

  const recorded = [...(file.corrections?.operations ?? []), ...operations];
  const corrected: GraphFile = { ...file, ...rebuild(file, { nodes, mentions, byNode, touched, changedSentences }) };
  if (recorded.length > 0) corrected.corrections = toCorrectionsFile(recorded);
  return { file: corrected, skipped };
}

interface State {
  nodes: ReadonlyMap<string, NodeState>;
  mentions: readonly MentionState[];
  byNode: ReadonlyMap<string, ReadonlySet<number>>;
  touched: ReadonlySet<string>;
  changedSentences: ReadonlySet<number>;
}

/** The sentences and the serialized graph the mentions now make: untouched nodes and links as they were. */
/**
 * The relation labels of the links that are counted again, from the file's own: each label a sentence gave
 * between two nodes goes to the nodes that sentence's mentions belong to now ("Rouhani → ask → Putin" follows
 * Putin into the node he was merged into; a label between two merged nodes is gone with their link).
 */
function carriedRelations(file: GraphFile, sentences: readonly SentenceRecord[], scanned: ReadonlySet<number>): LinkRelationCollector {
  const index = new Map<string, number>();
  for (const i of scanned) index.set((sentences[i] as SentenceRecord).id, i);
  const collector = collectLinkRelations();
  for (const edge of file.graph.edges) {
    for (const relation of (edge.attributes as EntityEdgeAttributes).relations ?? []) {
      for (const id of relation.sentences) {
        const i = index.get(id);
        if (i === undefined) continue;
        // Where the sentence's mentions of the two old nodes are now.
        const before = (file.sentences[i] as SentenceRecord).mentions;
        const after = (sentences[i] as SentenceRecord).mentions;
        const now = (old: string) => {
          const j = before.findIndex((m) => m.entity === old);
          return j < 0 ? undefined : after.find((m) => m.start === before[j]?.start && m.end === before[j]?.end)?.entity;
        };
        const a = now(edge.source);
        const b = now(edge.target);
        if (a === undefined || b === undefined) continue;
        const subject = relation.from === null ? null : relation.from === edge.source ? 0 : 1;
        collector.add(id, [a, b], [{ a: 0, b: 1, label: relation.label, class: relation.class, subject }]);
      }
    }
  }
  return collector;
}

function rebuild(file: GraphFile, { nodes, mentions, byNode, touched, changedSentences }: State): Pick<GraphFile, "sentences" | "graph"> {
  const sentences = file.sentences.slice();
  if (changedSentences.size > 0) {
    const entities = new Map<number, (string | null)[]>();
    for (const s of changedSentences) entities.set(s, (file.sentences[s] as SentenceRecord).mentions.map((m) => m.entity));
    for (const m of mentions) if (changedSentences.has(m.sentence)) (entities.get(m.sentence) as (string | null)[])[m.index] = m.entity;
    for (const [i, own] of entities) {
      const s = file.sentences[i] as SentenceRecord;
      sentences[i] = { ...s, mentions: s.mentions.flatMap((m, j): SentenceMention[] => (own[j] === null ? [] : [{ ...m, entity: own[j] as string }])) };
    }
  }

  const fileAttributes = new Map(file.graph.nodes.map((n) => [n.key, n.attributes as EntityNodeAttributes]));
  const graphNodes: GraphFile["graph"]["nodes"] = [];
  for (const [key, node] of nodes) {
    let counts: { mentions: number; documents: number };
    if (touched.has(key) || !fileAttributes.has(key)) {
      const own = byNode.get(key) ?? new Set<number>();
      // A node left without mentions (all stopped, split or aliased away) is gone.
      if (own.size === 0) continue;
      const documents = new Set<string>();
      for (const i of own) for (const d of (sentences[(mentions[i] as MentionState).sentence] as SentenceRecord).documents) documents.add(d);
      counts = { mentions: own.size, documents: documents.size };
    } else {
      const a = fileAttributes.get(key) as EntityNodeAttributes;
      counts = { mentions: a.mentions, documents: a.documents };
    }
    const aliases = node.fileAliases ?? sortAliases(node.aliases);
    graphNodes.push({ key, attributes: { label: node.label, type: node.type, aliases, mentions: counts.mentions, documents: counts.documents, community: node.community, x: node.x, y: node.y } });
  }

  // Links between untouched nodes stay; those of a touched node are recounted from its sentences, in the
  // order of their first sentence, keyed by their ends as the builder keys them.
  const graphEdges: GraphFile["graph"]["edges"] = file.graph.edges.filter((e) => !touched.has(e.source) && !touched.has(e.target));
  if (touched.size > 0) {
    const scan = new Set<number>();
    for (const key of touched) for (const i of byNode.get(key) ?? []) scan.add((mentions[i] as MentionState).sentence);
    const edges = new Map<string, { source: string; target: string; sentences: string[] }>();
    for (const index of [...scan].sort((a, b) => a - b)) {
      const s = sentences[index] as SentenceRecord;
      const ends = [...new Set(s.mentions.map((m) => m.entity))].sort();
      for (let i = 0; i < ends.length; i++) {
        for (let j = i + 1; j < ends.length; j++) {
          const source = ends[i] as string;
          const target = ends[j] as string;
          if (!touched.has(source) && !touched.has(target)) continue;
          const key = `${source}|${target}`;
          const edge = edges.get(key);
          if (edge) edge.sentences.push(s.id);
          else edges.set(key, { source, target, sentences: [s.id] });
        }
      }
    }
    const relations = carriedRelations(file, sentences, new Set(scan));
    for (const [key, { source, target, sentences: ids }] of edges) {
      const attributes: EntityEdgeAttributes = { weight: ids.length, sentences: ids, relations: relations.of(source, target) };
      graphEdges.push({ key, source, target, attributes });
    }
  }
  return { sentences, graph: { options: file.graph.options, attributes: file.graph.attributes, nodes: graphNodes, edges: graphEdges } };
}
