// A graph file and corrections → the corrected graph file, and the operations that no longer apply. Pure.
// Every operation moves or drops mentions or changes a node's label or type; then what derives from the
// mentions of the nodes it touched is recounted as the graph builder counts it: mentions and documents,
// links as distinct shared sentences (a sentence naming two merged nodes counts once, a link between them
// disappears). Nodes, links and sentences it did not touch are the file's own objects, and prepareCorrections
// indexes a file once for many corrections, so a correction costs what it touches.
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

/** A split-off node sits this share of the layout's extent away from the node it came from. */
const SPLIT_OFFSET = 0.02;

/** An operation that does not apply; thrown before the operation changes anything. */
class Skip extends Error {}

function sortAliases(aliases: Iterable<string>): string[] {
  return [...new Set(aliases)].sort((a, b) => a.localeCompare(b, "en"));
}

/** A graph file made ready for corrections: applying them costs what they touch, not the size of the file. */
export interface PreparedCorrections {
  /** Applies corrections to the prepared file, as `applyCorrections` does; the file is left as it was. */
  apply(corrections: CorrectionsFile | readonly CorrectionOperation[]): CorrectedGraph;
}

/**
 * Indexes a graph file once for any number of corrections (the page applies every change to the graph it
 * loaded): each mention gets an id, each node the ids of its mentions.
 * @example const prepared = prepareCorrections(file); const { file: corrected } = prepared.apply(operations);
 */
export function prepareCorrections(file: GraphFile): PreparedCorrections {
  // Mention ids run through the sentences in order: sentence s holds ids firstMention[s] to firstMention[s + 1].
  const firstMention = new Int32Array(file.sentences.length + 1);
  let total = 0;
  file.sentences.forEach((s, i) => {
    firstMention[i] = total;
    total += s.mentions.length;
  });
  firstMention[file.sentences.length] = total;
  const mentionSentence = new Int32Array(total);
  const fileEntity: string[] = new Array<string>(total);
  /** Each node's mentions in the file, by id, in reading order. */
  const fileMentions = new Map<string, number[]>();
  file.sentences.forEach((s, sentence) =>
    s.mentions.forEach((m, j) => {
      const id = (firstMention[sentence] as number) + j;
      mentionSentence[id] = sentence;
      fileEntity[id] = m.entity;
      const list = fileMentions.get(m.entity);
      if (list) list.push(id);
      else fileMentions.set(m.entity, [id]);
    }),
  );
  const texts: (string | undefined)[] = new Array<string | undefined>(total);
  const foldedTexts: (string | undefined)[] = new Array<string | undefined>(total);
  const textOf = (id: number): string => {
    let text = texts[id];
    if (text === undefined) {
      const s = file.sentences[mentionSentence[id] as number] as SentenceRecord;
      const m = s.mentions[id - (firstMention[mentionSentence[id] as number] as number)] as SentenceMention;
      texts[id] = text = s.text.slice(m.start, m.end);
    }
    return text;
  };
  const foldedOf = (id: number): string => (foldedTexts[id] ??= fold(textOf(id)));
  /** Every mention by how it is written, folded: built when a stop or alias entry first needs it. */
  let written: Map<string, number[]> | null = null;
  const mentionsWritten = (name: string): readonly number[] => {
    if (written === null) {
      written = new Map();
      for (let id = 0; id < total; id++) {
        const list = written.get(foldedOf(id));
        if (list) list.push(id);
        else written.set(foldedOf(id), [id]);
      }
    }
    return written.get(name) ?? [];
  };
  // Each sentence's place in the file by id, built here rather than at the first correction that recounts
  // links: the page prepares when idle, so the first merge does not pay for 175,000 entries (the UN graph).
  const places = new Map(file.sentences.map((s, i) => [s.id, i]));
  const sentenceIndex = (id: string): number => places.get(id) ?? -1;
  const fileNodes = new Map(file.graph.nodes.map((n) => [n.key, n]));
  const documentIds = new Set(file.documents.map((d) => d.id));
  let minX = Infinity;
  let maxX = -Infinity;
  for (const { attributes } of file.graph.nodes) {
    const x = (attributes as EntityNodeAttributes).x;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
  }
  const offset = (maxX > minX ? maxX - minX : 1) * SPLIT_OFFSET;
  const base: Base = { file, firstMention, mentionSentence, fileEntity, fileMentions, textOf, foldedOf, mentionsWritten, sentenceIndex, fileNodes, documentIds, offset };
  return { apply: (corrections) => applyPrepared(base, "operations" in corrections ? corrections.operations : corrections) };
}

/** What `prepareCorrections` builds once. */
interface Base {
  file: GraphFile;
  firstMention: Int32Array;
  mentionSentence: Int32Array;
  fileEntity: readonly string[];
  fileMentions: ReadonlyMap<string, readonly number[]>;
  textOf(id: number): string;
  foldedOf(id: number): string;
  mentionsWritten(folded: string): readonly number[];
  /** The index in the file's sentences of the sentence with this id (-1 for none). */
  sentenceIndex(id: string): number;
  fileNodes: ReadonlyMap<string, GraphFile["graph"]["nodes"][number]>;
  documentIds: ReadonlySet<string>;
  offset: number;
}

/**
 * Applies the corrections in order. The file's own recorded corrections (`file.corrections`) come first in
 * the result's record. Each operation checks everything before it changes anything, so one that does not
 * apply (its node is gone) is skipped whole and reported.
 * @example const { file: corrected, skipped } = applyCorrections(file, parseCorrections(text));
 */
export function applyCorrections(file: GraphFile, corrections: CorrectionsFile | readonly CorrectionOperation[]): CorrectedGraph {
  return prepareCorrections(file).apply(corrections);
}

/**
 * The corrections on top of the prepared file. What they change is kept beside the file's own data: the
 * node of each moved mention, the mention ids of each node whose mentions moved, the state of each node
 * an operation read or changed, so nothing is copied for the nodes and mentions they leave alone.
 */
function applyPrepared(base: Base, operations: readonly CorrectionOperation[]): CorrectedGraph {
  const { file, fileMentions, fileNodes, textOf, foldedOf } = base;
  /** The node of each mention an operation moved (null: removed). */
  const moved = new Map<number, string | null>();
  const entityOf = (id: number): string | null => (moved.has(id) ? (moved.get(id) as string | null) : (base.fileEntity[id] as string));
  /** The mention ids of each node whose mentions changed. */
  const byNode = new Map<string, Set<number>>();
  const own = (key: string): Set<number> => {
    let set = byNode.get(key);
    if (!set) byNode.set(key, (set = new Set(fileMentions.get(key) ?? [])));
    return set;
  };
  const mentionsOf = (key: string): number[] => [...(byNode.get(key) ?? fileMentions.get(key) ?? [])];
  /** The state of the nodes an operation read or changed, and of the nodes it made. */
  const nodes = new Map<string, NodeState>();
  /** File nodes merged or removed (one made again under the same key is among `made`). */
  const gone = new Set<string>();
  /** Nodes made by the operations, in the order they were made. */
  const made = new Map<string, NodeState>();
  const has = (key: string) => made.has(key) || (fileNodes.has(key) && !gone.has(key));
  const stateOf = (key: string): NodeState => {
    let node = made.get(key) ?? nodes.get(key);
    if (!node) {
      const a = (fileNodes.get(key) as GraphFile["graph"]["nodes"][number]).attributes as EntityNodeAttributes;
      nodes.set(key, (node = { label: a.label, type: a.type, aliases: new Set(a.aliases), fileAliases: a.aliases, community: a.community, x: a.x, y: a.y }));
    }
    return node;
  };
  const drop = (key: string) => {
    if (!made.delete(key)) gone.add(key);
    nodes.delete(key);
  };
  const liveKeys = function* (): Generator<string> {
    for (const key of fileNodes.keys()) if (!gone.has(key)) yield key;
    yield* made.keys();
  };
  const aliasesOf = (key: string): Iterable<string> => made.get(key)?.aliases ?? nodes.get(key)?.aliases ?? ((fileNodes.get(key)?.attributes as EntityNodeAttributes).aliases);
  /** Nodes whose mentions changed: their counts and links are recounted. */
  const touched = new Set<string>();
  /** Sentences whose mentions changed. */
  const changedSentences = new Set<number>();

  const moveMention = (id: number, to: string | null) => {
    const from = entityOf(id);
    if (from !== null) {
      own(from).delete(id);
      touched.add(from);
    }
    if (to !== null) {
      own(to).add(id);
      touched.add(to);
    }
    moved.set(id, to);
    changedSentences.add(base.mentionSentence[id] as number);
  };
  const need = (key: string): NodeState => {
    if (!has(key)) throw new Skip(`node ${key} is not in the graph`);
    return stateOf(key);
  };
  const editAliases = (node: NodeState): Set<string> => {
    node.fileAliases = null;
    return node.aliases;
  };
  const freeKey = (type: EntityType, name: string): string => {
    const first = `${type}:${slugify(name) || "entity"}`;
    let key = first;
    for (let n = 2; has(key); n++) key = `${first}-${n}`;
    return key;
  };
  const mostWritten = (ids: readonly number[]): string => {
    const counts = new Map<string, number>();
    for (const id of ids) counts.set(textOf(id), (counts.get(textOf(id)) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? "";
  };
  /** Checks a split's target: `into`, which must be another node, or a new node. */
  const checkInto = (from: string, into: string | undefined, count: number, all: number, what: string) => {
    if (into !== undefined) {
      need(into);
      if (into === from) throw new Skip(`${from} cannot be split into itself`);
    } else if (count === all) {
      throw new Skip(`every mention of ${from} is ${what}: nothing would be left`);
    }
  };
  /** Moves mentions to `into` (or a new node named after them), their written forms with them. */
  const split = (from: string, ids: number[], into: string | undefined): void => {
    const source = need(from);
    let target = into;
    if (target === undefined) {
      const label = mostWritten(ids);
      target = freeKey(source.type, label);
      made.set(target, { label, type: source.type, aliases: new Set([label]), fileAliases: null, community: source.community, x: source.x + base.offset, y: source.y + base.offset });
    }
    const targetNode = stateOf(target);
    for (const id of ids) {
      moveMention(id, target);
      if (!targetNode.aliases.has(textOf(id))) editAliases(targetNode).add(textOf(id));
    }
    const kept = new Set(mentionsOf(from).map(foldedOf));
    const left = new Set(ids.map(foldedOf));
    for (const alias of [...source.aliases]) if (!kept.has(fold(alias)) && left.has(fold(alias))) editAliases(source).delete(alias);
    if (!kept.has(fold(source.label)) && left.has(fold(source.label))) relabel(from, source);
  };
  /** The node's label was a form that left it: it takes its most written remaining form. */
  const relabel = (key: string, node: NodeState) => {
    const label = mostWritten(mentionsOf(key));
    if (label === "") return;
    node.label = label;
    editAliases(node).add(label);
  };

  const apply: { [K in CorrectionOperation["op"]]: (op: Extract<CorrectionOperation, { op: K }>) => void } = {
    merge(op) {
      const into = need(op.into);
      const others = [...new Set(op.nodes)].filter((k) => k !== op.into);
      const missing = others.filter((k) => !has(k));
      if (missing.length > 0) throw new Skip(`${missing.length === 1 ? "node" : "nodes"} ${missing.join(", ")} ${missing.length === 1 ? "is" : "are"} not in the graph`);
      if (others.length === 0) throw new Skip("nothing to merge: the only node is the one merged into");
      for (const key of others) {
        for (const id of mentionsOf(key)) moveMention(id, op.into);
        for (const alias of aliasesOf(key)) if (!into.aliases.has(alias)) editAliases(into).add(alias);
        drop(key);
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
        const folded = fold(op.alias);
        const ids = all.filter((id) => foldedOf(id) === folded);
        if (ids.length === 0) throw new Skip(`${op.node} has no mention written "${op.alias}"`);
        checkInto(op.node, op.into, ids.length, all.length, `written "${op.alias}"`);
        split(op.node, ids, op.into);
      } else {
        const document = op.document as string;
        if (!base.documentIds.has(document)) throw new Skip(`document ${document} is not in the graph`);
        const ids = all.filter((id) => (file.sentences[base.mentionSentence[id] as number] as SentenceRecord).documents.includes(document));
        if (ids.length === 0) throw new Skip(`${op.node} has no mention in ${document}`);
        checkInto(op.node, op.into, ids.length, all.length, `in ${document}`);
        split(op.node, ids, op.into);
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
      for (const id of mentionsOf(op.node)) moveMention(id, null);
      drop(op.node);
      touched.add(op.node);
    },
    stop(op) {
      const folded = fold(op.name);
      const hit = base.mentionsWritten(folded).filter((id) => entityOf(id) !== null);
      if (hit.length === 0) throw new Skip(`no mention is written "${op.name}"`);
      for (const id of hit) moveMention(id, null);
      for (const key of [...liveKeys()]) {
        if (![...aliasesOf(key)].some((alias) => fold(alias) === folded)) continue;
        const node = stateOf(key);
        for (const alias of [...node.aliases]) if (fold(alias) === folded) editAliases(node).delete(alias);
        // A stopped name is no label: "Lekfjs" left on the node of a stopped "Borin Lekfjs" names it.
        if (fold(node.label) === folded) relabel(key, node);
      }
    },
    alias(op) {
      const node = need(op.node);
      const folded = fold(op.name);
      const hit = base.mentionsWritten(folded).filter((id) => entityOf(id) !== null && entityOf(id) !== op.node);
      if (hit.length === 0) throw new Skip(`no mention outside ${op.node} is written "${op.name}"`);
      const sources = new Set(hit.map((id) => entityOf(id) as string));
      for (const id of hit) {
        moveMention(id, op.node);
        if (!node.aliases.has(textOf(id))) editAliases(node).add(textOf(id));
      }
      for (const key of sources) {
        const source = stateOf(key);
        for (const alias of [...source.aliases]) if (fold(alias) === folded) editAliases(source).delete(alias);
        if (fold(source.label) === folded) relabel(key, source);
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
  const corrected: GraphFile = { ...file, ...rebuild(base, { nodes, made, gone, moved, byNode, touched, changedSentences }) };
  if (recorded.length > 0) corrected.corrections = toCorrectionsFile(recorded);
  return { file: corrected, skipped };
}

interface State {
  nodes: ReadonlyMap<string, NodeState>;
  made: ReadonlyMap<string, NodeState>;
  gone: ReadonlySet<string>;
  moved: ReadonlyMap<number, string | null>;
  byNode: ReadonlyMap<string, ReadonlySet<number>>;
  touched: ReadonlySet<string>;
  changedSentences: ReadonlySet<number>;
}

/**
 * The relation labels of the links that are counted again, from those of the file's links they replace:
 * each label a sentence gave between two nodes goes to the nodes that sentence's mentions belong to now
 * ("Rouhani → ask → Putin" follows Putin into the node he was merged into; a label between two merged nodes
 * is gone with their link). A link between two untouched nodes keeps its own labels, so only the links of
 * touched nodes are read.
 */
function carriedRelations(file: GraphFile, replaced: GraphFile["graph"]["edges"], sentences: readonly SentenceRecord[], sentenceIndex: (id: string) => number): LinkRelationCollector {
  const collector = collectLinkRelations();
  for (const edge of replaced) {
    for (const relation of (edge.attributes as EntityEdgeAttributes).relations ?? []) {
      for (const id of relation.sentences) {
        const i = sentenceIndex(id);
        if (i < 0) continue;
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

/** A file node's state, unchanged. */
function stateFrom(a: EntityNodeAttributes): NodeState {
  return { label: a.label, type: a.type, aliases: new Set(a.aliases), fileAliases: a.aliases, community: a.community, x: a.x, y: a.y };
}

/**
 * The sentences and the serialized graph the mentions now make. Sentences, nodes and links the corrections
 * left alone are the file's own objects (the page tells what changed by comparing them).
 */
function rebuild(base: Base, { nodes, made, gone, moved, byNode, touched, changedSentences }: State): Pick<GraphFile, "sentences" | "graph"> {
  const { file } = base;
  const sentences = file.sentences.slice();
  for (const i of changedSentences) {
    const s = file.sentences[i] as SentenceRecord;
    const first = base.firstMention[i] as number;
    sentences[i] = {
      ...s,
      mentions: s.mentions.flatMap((m, j): SentenceMention[] => {
        const entity = moved.has(first + j) ? (moved.get(first + j) as string | null) : m.entity;
        return entity === null ? [] : [{ ...m, entity }];
      }),
    };
  }

  const graphNodes: GraphFile["graph"]["nodes"] = [];
  const emit = (key: string, node: NodeState, fileNode: GraphFile["graph"]["nodes"][number] | undefined) => {
    let counts: { mentions: number; documents: number };
    if (touched.has(key) || !fileNode) {
      const own = byNode.get(key) ?? new Set(base.fileMentions.get(key) ?? []);
      // A node left without mentions (all stopped, split or aliased away) is gone.
      if (own.size === 0) return;
      const documents = new Set<string>();
      for (const id of own) for (const d of (sentences[base.mentionSentence[id] as number] as SentenceRecord).documents) documents.add(d);
      counts = { mentions: own.size, documents: documents.size };
    } else {
      const a = fileNode.attributes as EntityNodeAttributes;
      counts = { mentions: a.mentions, documents: a.documents };
    }
    const aliases = node.fileAliases ?? sortAliases(node.aliases);
    graphNodes.push({ key, attributes: { label: node.label, type: node.type, aliases, mentions: counts.mentions, documents: counts.documents, community: node.community, x: node.x, y: node.y } });
  };
  for (const fileNode of file.graph.nodes) {
    if (gone.has(fileNode.key)) continue;
    const node = nodes.get(fileNode.key);
    // A node no operation read or touched is the file's own.
    if (node === undefined && !touched.has(fileNode.key)) graphNodes.push(fileNode);
    else emit(fileNode.key, node ?? stateFrom(fileNode.attributes as EntityNodeAttributes), fileNode);
  }
  for (const [key, node] of made) emit(key, node, undefined);

  // Links between untouched nodes stay. A link of a touched node changes only where its sentences
  // changed: it keeps its sentences that did not change, gains the changed sentences that name both its
  // ends now, and stays the file's own object when neither happens (a merge into a hub recounts the hub's
  // links that the merged node shared, not all of them, and reads only the changed sentences). The links
  // of touched nodes come after the others, in the order of their first sentence, keyed by their ends as
  // the builder keys them.
  const graphEdges: GraphFile["graph"]["edges"] = [];
  if (touched.size === 0) graphEdges.push(...file.graph.edges);
  else {
    const changedIds = new Set<string>();
    for (const i of changedSentences) changedIds.add((file.sentences[i] as SentenceRecord).id);
    const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
    // The changed sentences' links of touched nodes now, with those sentences in reading order.
    const gained = new Map<string, number[]>();
    for (const index of [...changedSentences].sort((a, b) => a - b)) {
      const ends = [...new Set((sentences[index] as SentenceRecord).mentions.map((m) => m.entity))];
      for (let i = 0; i < ends.length; i++) {
        for (let j = i + 1; j < ends.length; j++) {
          if (!touched.has(ends[i] as string) && !touched.has(ends[j] as string)) continue;
          const key = pairKey(ends[i] as string, ends[j] as string);
          const list = gained.get(key);
          if (list) list.push(index);
          else gained.set(key, [index]);
        }
      }
    }
    /** Each link of a touched node, with its first sentence's place (for the order). */
    const links: { edge: GraphFile["graph"]["edges"][number]; first: number; source: string; target: string }[] = [];
    const replaced: GraphFile["graph"]["edges"] = [];
    const recounted = new Map<string, { source: string; target: string; kept: string[] }>();
    for (const e of file.graph.edges) {
      if (!touched.has(e.source) && !touched.has(e.target)) {
        graphEdges.push(e);
        continue;
      }
      const ids = (e.attributes as EntityEdgeAttributes).sentences;
      const key = pairKey(e.source, e.target);
      if (!gained.has(key) && !ids.some((id) => changedIds.has(id))) {
        const [source, target] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
        links.push({ edge: e, first: base.sentenceIndex(ids[0] as string), source, target });
        continue;
      }
      replaced.push(e);
      const [source, target] = key.split("|") as [string, string];
      recounted.set(key, { source, target, kept: ids.filter((id) => !changedIds.has(id)) });
    }
    for (const key of gained.keys()) {
      if (recounted.has(key)) continue;
      const [source, target] = key.split("|") as [string, string];
      recounted.set(key, { source, target, kept: [] });
    }
    const relations = carriedRelations(file, replaced, sentences, base.sentenceIndex);
    for (const [key, { source, target, kept }] of recounted) {
      const added = gained.get(key) ?? [];
      // Both lists are in reading order: merged by place.
      const ids: string[] = [];
      let first = Infinity;
      let k = 0;
      let keptAt = kept.length > 0 ? base.sentenceIndex(kept[0] as string) : Infinity;
      for (let a = 0; a <= added.length; a++) {
        const next = a < added.length ? (added[a] as number) : Infinity;
        while (keptAt < next) {
          first = Math.min(first, keptAt);
          ids.push(kept[k] as string);
          k++;
          keptAt = k < kept.length ? base.sentenceIndex(kept[k] as string) : Infinity;
        }
        if (next === Infinity) break;
        first = Math.min(first, next);
        ids.push((sentences[next] as SentenceRecord).id);
      }
      // A link whose sentences all changed and none names both ends any more is gone.
      if (ids.length === 0) continue;
      const attributes: EntityEdgeAttributes = { weight: ids.length, sentences: ids, relations: relations.of(source, target) };
      links.push({ edge: { key, source, target, attributes }, first, source, target });
    }
    links.sort((a, b) => a.first - b.first || (a.source < b.source ? -1 : a.source > b.source ? 1 : a.target < b.target ? -1 : a.target > b.target ? 1 : 0));
    for (const { edge } of links) graphEdges.push(edge);
  }
  return { sentences, graph: { options: file.graph.options, attributes: file.graph.attributes, nodes: graphNodes, edges: graphEdges } };
}
