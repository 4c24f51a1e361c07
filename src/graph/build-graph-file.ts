// Documents with their extracted sentences → the graph file: one node per entity across the corpus,
// an edge for every pair of entities sharing a sentence, each distinct sentence kept once as evidence.
// Pure: no file system; layout and communities are computed by `layOutGraph`.
import Graph from "graphology";
import type { DocumentExtraction } from "../extract/extract-document.ts";
import { ENTITY_SPECS } from "../extract/entity-types.ts";
import { fold, slugify } from "../extract/fold.ts";
import { COMMON_WORDS, GAZETTEER } from "../extract/gazetteer.ts";
import { ACRONYM } from "../extract/name-words.ts";
import { nameWords } from "../extract/resolve-document.ts";
import type { DocumentRecord, EntityType, SentenceMention, SentenceRecord, SkippedFile } from "../extract/types.ts";
import type { SentenceRelation } from "../extract/sentence-relations.ts";
import { collectLinkRelations } from "./link-relations.ts";
import type { EntityGraph, EntityNodeAttributes, GraphFile } from "./types.ts";

/** What the builder needs of one document: its record and its extraction. */
export interface ExtractedDocument {
  document: DocumentRecord;
  extraction: DocumentExtraction;
  /** For a paged document (PDF): the page of each of the extraction's sentences, from 1. */
  pages?: number[];
}

interface EntityGroup {
  type: EntityType;
  /** Every name the group was given, with how many mentions used it. */
  names: Map<string, number>;
  aliases: Set<string>;
  mentions: number;
}

/** How names are compared across documents: by their type's key (no accents, case, particles, "the"). */
function matchKey(type: EntityType, name: string): string {
  return `${type}|${ENTITY_SPECS[type].matchKey(name)}`;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (const ch of text) if (ch.charCodeAt(0) > 127) n++;
  return n;
}

/** The label of a group: the written form with accents if any (Erdoğan), else the most used, else the longest. */
function chooseLabel(group: EntityGroup): string {
  let best = "";
  let bestScore: [number, number, number] = [-1, -1, -1];
  for (const [name, count] of group.names) {
    const score: [number, number, number] = [countNonAscii(name), count, name.length];
    const better = score[0] !== bestScore[0] ? score[0] > bestScore[0] : score[1] !== bestScore[1] ? score[1] > bestScore[1] : score[2] > bestScore[2];
    if (better || (score.join() === bestScore.join() && name < best)) {
      best = name;
      bestScore = score;
    }
  }
  return best;
}

/** Accumulates documents in a fixed order and builds the graph file at the end. */
export interface GraphFileBuilder {
  /** Adds one document; documents must come in the same order on every run for the same output. */
  addDocument(item: ExtractedDocument): void;
  /** Builds the graph file (positions all 0: lay it out with `layOutGraph`). */
  build(skipped?: readonly SkippedFile[]): { file: GraphFile; graph: EntityGraph };
}

interface PendingMention {
  group: string;
  start: number;
  end: number;
}

interface PendingSentence {
  text: string;
  documents: string[];
  /** The page the sentence is on in each paged document it is in (its first, when it repeats). */
  pages: Record<string, number> | null;
  mentions: PendingMention[];
  relations: readonly SentenceRelation[];
}

/**
 * Creates a builder that merges documents into one entity graph.
 * @example
 *   const builder = createGraphFileBuilder();
 *   builder.addDocument({ document, extraction: extractDocument(text) });
 *   const { file, graph } = builder.build();
 */
export function createGraphFileBuilder(): GraphFileBuilder {
  const documents: DocumentRecord[] = [];
  const groups = new Map<string, EntityGroup>();
  const sentences: PendingSentence[] = [];
  const sentenceByText = new Map<string, PendingSentence>();

  function addDocument({ document, extraction, pages }: ExtractedDocument): void {
    documents.push(document);
    extraction.sentences.forEach((s, index) => {
      const key = s.text.trim();
      if (key === "") return;
      const page = pages?.[index];
      const seen = sentenceByText.get(key);
      if (seen) {
        // A caption or a syndicated article repeats the sentence: count it once, list every document.
        if (!seen.documents.includes(document.id)) {
          seen.documents.push(document.id);
          if (page !== undefined) seen.pages = { ...seen.pages, [document.id]: page };
        }
        return;
      }
      const pending: PendingSentence = { text: s.text, documents: [document.id], pages: page === undefined ? null : { [document.id]: page }, mentions: [], relations: s.relations ?? [] };
      for (const m of s.mentions) {
        const group = matchKey(m.type, m.name);
        const entry = groups.get(group) ?? { type: m.type, names: new Map(), aliases: new Set(), mentions: 0 };
        entry.names.set(m.name, (entry.names.get(m.name) ?? 0) + 1);
        entry.aliases.add(m.alias);
        entry.mentions++;
        groups.set(group, entry);
        pending.mentions.push({ group, start: m.start, end: m.end });
      }
      sentences.push(pending);
      sentenceByText.set(key, pending);
    });
  }

  function build(skipped: readonly SkippedFile[] = []): { file: GraphFile; graph: EntityGraph } {
    const nodeOf = assignNodes(groups);
    const graph: EntityGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
    const nodeDocuments = new Map<string, Set<string>>();
    const records: SentenceRecord[] = [];
    const relations = collectLinkRelations();

    sentences.forEach((s, index) => {
      const id = `s${index + 1}`;
      const mentions: SentenceMention[] = s.mentions.map((m) => ({ entity: nodeOf.get(m.group)?.key ?? "", start: m.start, end: m.end }));
      records.push({ id, text: s.text, documents: s.documents, ...(s.pages ? { pages: s.pages } : {}), mentions });
      relations.add(id, mentions.map((m) => m.entity), s.relations);
      const entities = [...new Set(mentions.map((m) => m.entity))].sort();
      for (const m of s.mentions) {
        const node = nodeOf.get(m.group);
        if (!node) continue;
        if (!graph.hasNode(node.key)) graph.addNode(node.key, node.attributes);
        graph.updateNodeAttribute(node.key, "mentions", (n = 0) => n + 1);
        const docs = nodeDocuments.get(node.key) ?? new Set();
        for (const d of s.documents) docs.add(d);
        nodeDocuments.set(node.key, docs);
      }
      for (let i = 0; i < entities.length; i++) {
        for (let j = i + 1; j < entities.length; j++) {
          const a = entities[i] as string;
          const b = entities[j] as string;
          // Keyed by its ends, so the file is the same on every run (graphology's own keys are random).
          graph.updateEdgeWithKey(`${a}|${b}`, a, b, (attr) => ({ weight: (attr.weight ?? 0) + 1, sentences: [...(attr.sentences ?? []), id] }));
        }
      }
    });
    for (const [key, docs] of nodeDocuments) graph.setNodeAttribute(key, "documents", docs.size);
    graph.forEachEdge((edge, _attributes, source, target) => graph.setEdgeAttribute(edge, "relations", relations.of(source, target)));

    const file: GraphFile = {
      format: "entity-graph",
      version: 1,
      documents: [...documents],
      sentences: records,
      skipped: [...skipped],
      graph: graph.export(),
    };
    return { file, graph };
  }

  return { addDocument, build };
}

interface NodeAssignment {
  key: string;
  attributes: EntityNodeAttributes;
}

/** A lone surname joins the full name that holds at least this share of that surname's full-name mentions. */
const SURNAME_SHARE = 0.9;
/**
 * A one-word organisation or place the corpus also names as a person joins the person this many times as
 * mentioned; so does a one-word place the corpus writes as an organisation's short form.
 */
const PERSON_MAJORITY = 2;

/** The group key's name part: "person|bashar assad" → "bashar assad". */
function keyName(key: string): string {
  return key.slice(key.indexOf("|") + 1);
}

/**
 * Decides the node of every name group. A lone surname joins the full name that holds 90% of that surname's
 * full-name mentions in the corpus ("Trump" → Donald Trump, though Melania and Ivanka Trump appear too);
 * otherwise it stays apart. A one-word organisation or place that the corpus names far more often as a
 * person ("the Assad regime") is that person, unless the gazetteer knows it ("Jordan").
 */
function assignNodes(groups: ReadonlyMap<string, EntityGroup>): Map<string, NodeAssignment> {
  const fullNames = new Map<string, { key: string; mentions: number }[]>();
  for (const [key, group] of groups) {
    const words = keyName(key).split(" ");
    if (group.type !== "person" || words.length < 2) continue;
    const surname = words[words.length - 1] as string;
    fullNames.set(surname, [...(fullNames.get(surname) ?? []), { key, mentions: group.mentions }]);
  }
  const target = new Map<string, string>();
  for (const key of groups.keys()) target.set(key, key);
  for (const [key, group] of groups) {
    const word = keyName(key);
    if (group.type !== "person" || word.includes(" ")) continue;
    // An acronym is no surname written in lowercase: "UN" is not Kim Jong Un.
    const written = [...group.names.keys()];
    const acronym = written.every((name) => ACRONYM.test(name)) ? written[0] : undefined;
    const writesIt = (full: string) => acronym === undefined || [...(groups.get(full)?.names.keys() ?? [])].some((name) => name.endsWith(` ${acronym}`));
    const candidates = (fullNames.get(word) ?? []).filter((c) => writesIt(c.key));
    const total = candidates.reduce((n, c) => n + c.mentions, 0);
    const best = [...candidates].sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1))[0];
    if (best && best.mentions >= SURNAME_SHARE * total) target.set(key, best.key);
  }
  const nodeMentions = new Map<string, number>();
  for (const [key, group] of groups) nodeMentions.set(target.get(key) as string, (nodeMentions.get(target.get(key) as string) ?? 0) + group.mentions);
  const mentionsOf = (node: string) => nodeMentions.get(node) ?? 0;
  for (const [key, group] of groups) {
    if (group.type !== "organization" && group.type !== "place") continue;
    // The name as written, not the key: an organisation's key loses a plural "s" ("Hawkins" → "hawkin").
    const written = [...group.names].sort((a, b) => b[1] - a[1])[0]?.[0] ?? keyName(key);
    const word = nameWords(written).join(" ");
    if (word.includes(" ") || word === "" || GAZETTEER.has(word)) continue;
    const person = target.get(`person|${nameWords(word).join(" ")}`) ?? fullNames.get(word)?.[0]?.key;
    if (person && groups.get(person)?.type === "person" && mentionsOf(person) >= PERSON_MAJORITY * group.mentions) target.set(key, target.get(person) ?? person);
  }

  // An organisation named after its parent organisation ("UN Security Council", "United Nations General
  // Assembly") is the organisation the corpus names without it ("Security Council"), when the bare name is the
  // more mentioned and one parent holds 90% of its prefixed mentions, as for a lone surname: "Joint Force"
  // after "G5 Sahel" and "AES" stays apart. A one-word rest is a bare head word ("EU Parliament" is not
  // "Parliament"). Parents compare by initials: "UN", "U.N." and "United Nations" are one.
  const prefixed = new Map<string, { key: string; parent: string }[]>();
  for (const [key, group] of groups) {
    if (group.type !== "organization" || target.get(key) !== key) continue;
    const words = keyName(key).split(" ");
    for (let cut = 1; cut <= words.length - 2; cut++) {
      const parent = words.slice(0, cut);
      const rest = `organization|${words.slice(cut).join(" ")}`;
      if (!groups.has(matchKey("organization", parent.join(" "))) || !groups.has(rest) || target.get(rest) !== rest) continue;
      // A parent is an organisation's name ("United Nations", "UN"): not plain words the gazetteer does not
      // know ("National Armed Forces", "International Red Cross"), nor a place's ("Caribbean Financial Action
      // Task Force").
      const known = GAZETTEER.get(parent.join(" "));
      if (known === undefined ? parent.every((w) => COMMON_WORDS.has(w)) : known.type !== "organization") continue;
      const id = parent.length === 1 ? (parent[0] as string) : parent.map((w) => w.charAt(0)).join("");
      prefixed.set(rest, [...(prefixed.get(rest) ?? []), { key, parent: id }]);
      break;
    }
  }
  for (const [rest, variants] of prefixed) {
    const byParent = new Map<string, number>();
    for (const v of variants) byParent.set(v.parent, (byParent.get(v.parent) ?? 0) + mentionsOf(v.key));
    const total = [...byParent.values()].reduce((a, b) => a + b, 0);
    const [parent, held] = [...byParent].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] as [string, number];
    if (held < SURNAME_SHARE * total || mentionsOf(rest) <= total) continue;
    for (const v of variants) if (v.parent === parent) target.set(v.key, rest);
  }

  // One name written as a person here and an organisation there ("GitHub", "Red Hat") is one entity, of
  // the type most of its mentions give it; a country keeps its type, and takes in the rest ("Israel" once
  // taken for a person).
  const byName = new Map<string, string[]>();
  for (const [key, group] of groups) {
    if (target.get(key) !== key) continue;
    // By the name as written: an organisation's key drops a plural "s" ("wikinew"), a person's particles.
    const name = fold([...group.names].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? keyName(key));
    byName.set(name, [...(byName.get(name) ?? []), key]);
  }
  for (const keys of byName.values()) {
    if (keys.length < 2) continue;
    const total = keys.reduce((n, k) => n + (nodeMentions.get(k) ?? 0), 0);
    const top = [...keys].sort((a, b) => (nodeMentions.get(b) ?? 0) - (nodeMentions.get(a) ?? 0) || (a < b ? -1 : 1))[0] as string;
    if ((nodeMentions.get(top) ?? 0) <= total / 2) continue;
    if (keys.some((k) => k !== top && groups.get(k)?.type === "country")) continue;
    for (const [key, into] of target) if (keys.includes(into) && into !== top) target.set(key, top);
  }

  // A one-word place the gazetteer does not know, written as the short form of an organisation the corpus
  // names more often ("our Ashodaya office" beside "Ashodaya", which the documents resolve to "Ashodaya
  // Samithi"), is that organisation.
  const organizationAliases = new Map<string, string | null>();
  for (const [key, group] of groups) {
    if (group.type !== "organization" || target.get(key) !== key) continue;
    for (const alias of group.aliases) {
      const folded = fold(alias);
      if (folded.includes(" ")) continue;
      const seen = organizationAliases.get(folded);
      organizationAliases.set(folded, seen === undefined || seen === key ? key : null);
    }
  }
  for (const [key, group] of groups) {
    if (group.type !== "place" || target.get(key) !== key) continue;
    const word = keyName(key);
    const organization = organizationAliases.get(word);
    if (word.includes(" ") || GAZETTEER.has(word) || !organization || mentionsOf(organization) < PERSON_MAJORITY * group.mentions) continue;
    for (const [from, into] of target) if (into === key) target.set(from, organization);
  }

  const merged = new Map<string, EntityGroup>();
  for (const [key, group] of groups) {
    const into = target.get(key) as string;
    const entry = merged.get(into) ?? { type: groups.get(into)?.type ?? group.type, names: new Map(), aliases: new Set(), mentions: 0 };
    // The full name labels the node; the surname group only adds its aliases.
    if (into === key) for (const [name, count] of group.names) entry.names.set(name, (entry.names.get(name) ?? 0) + count);
    for (const alias of group.aliases) entry.aliases.add(alias);
    entry.mentions += group.mentions;
    merged.set(into, entry);
  }

  const assignment = new Map<string, NodeAssignment>();
  for (const key of groups.keys()) {
    const entry = merged.get(target.get(key) as string) as EntityGroup;
    const label = chooseLabel(entry);
    const aliases = [...new Set([label, ...entry.aliases])].sort((a, b) => a.localeCompare(b, "en"));
    assignment.set(key, {
      key: `${entry.type}:${slugify(label)}`,
      attributes: { label, type: entry.type, aliases, mentions: 0, documents: 0, community: 0, x: 0, y: 0 },
    });
  }
  return assignment;
}
