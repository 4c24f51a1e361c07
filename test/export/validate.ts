// Checks GEXF text as its readers would: well-formed XML, the official GEXF 1.3 RELAX NG schema (kept in
// gexf-schema/, see its PROVENANCE.md), what a schema cannot say (unique ids, edges between declared
// nodes), and a load with networkx. Needs xmllint and a python3 with networkx; `npm test`'s pretest step
// installs them.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { findNetworkxPython, installCommand, SYSTEM_TOOLS } from "../setup/system-tools.ts";

const SCHEMA = resolve(import.meta.dirname, "gexf-schema/1.3/gexf.rng");
const NETWORKX_LOAD = resolve(import.meta.dirname, "networkx-load.py");
const GEXF_1_3 = "http://gexf.net/1.3";

/** What networkx read from the file. */
export interface NetworkxLoad {
  networkx: string;
  /** An older networkx was given the 1.3 namespaces, as networkx 3.6 registers them. */
  taught: boolean;
  nodes: number;
  edges: number;
  /** Node attribute keys, with how many nodes carry each. */
  nodeKeys: Record<string, number>;
  /** viz keys (color, position, size), with how many nodes carry each. */
  viz: Record<string, number>;
  weightedEdges: number;
  /**
   * The file's metric attributes against networkx's on the graph it read: nodes whose degree and weighted
   * degree agree, and the largest difference of PageRank and of betweenness (for those the file has).
   */
  metrics: { degree?: number; weighted_degree?: number; pagerank?: number; betweenness?: number };
}

/** The verdict: every problem found (none when the file passes), and what each reader saw. */
export interface GexfCheck {
  ok: boolean;
  problems: string[];
  /** `<node>` and `<edge>` elements in the XML. */
  raw: { nodes: number; edges: number };
  networkx: NetworkxLoad | null;
}

/** Throws the one command to run when xmllint or networkx is missing. */
function requireTools(): string {
  const python = findNetworkxPython();
  const missing = SYSTEM_TOOLS.filter((t) => t.name !== "chromium" && !t.present());
  if (missing.length > 0 || python === null) throw new Error(`the GEXF check needs ${missing.map((t) => t.name).join(" and ")}: ${installCommand(missing)} (npm test's pretest step installs them)`);
  return python;
}

/** Ids that appear twice, and edges whose ends are not declared nodes. */
function rawChecks(xml: string): { problems: string[]; raw: GexfCheck["raw"] } {
  const problems: string[] = [];
  const doc = new DOMParser({ errorHandler: () => undefined }).parseFromString(xml, "text/xml");
  const root = doc.documentElement;
  if (!root || root.localName !== "gexf") return { problems: ["the root element is not <gexf>"], raw: { nodes: 0, edges: 0 } };
  if (root.namespaceURI !== GEXF_1_3 || root.getAttribute("version") !== "1.3") problems.push(`not GEXF 1.3: namespace ${root.namespaceURI}, version ${root.getAttribute("version")}`);
  const nodes = Array.from(doc.getElementsByTagNameNS(GEXF_1_3, "node"));
  const edges = Array.from(doc.getElementsByTagNameNS(GEXF_1_3, "edge"));
  const ids = new Set<string>();
  for (const element of [...nodes, ...edges]) {
    const id = element.getAttribute("id") ?? "";
    if (ids.has(`${element.localName}:${id}`)) problems.push(`duplicate ${element.localName} id "${id}"`);
    ids.add(`${element.localName}:${id}`);
  }
  for (const edge of edges) {
    for (const end of ["source", "target"]) {
      const id = edge.getAttribute(end) ?? "";
      if (!ids.has(`node:${id}`)) problems.push(`edge "${edge.getAttribute("id")}" has ${end} "${id}", no declared node`);
    }
  }
  return { problems, raw: { nodes: nodes.length, edges: edges.length } };
}

/**
 * Checks a GEXF file on disk.
 * @example checkGexfFile("out/graph.gexf").ok // true
 */
export function checkGexfFile(path: string): GexfCheck {
  const python = requireTools();
  const xml = readFileSync(path, "utf8");
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-gexf-check-"));
  try {
    const problems: string[] = [];
    const wellFormed = spawnSync("xmllint", ["--noout", "--nonet", path], { encoding: "utf8" });
    if (wellFormed.status !== 0) return { ok: false, problems: [`not well-formed XML: ${wellFormed.stderr.trim()}`], raw: { nodes: 0, edges: 0 }, networkx: null };
    // The RELAX NG schema declares no xsi:* attributes; readers ignore them, so the check does too.
    const bare = join(dir, "bare.gexf");
    writeFileSync(bare, xml.replace(/\s+xmlns:xsi="[^"]*"/g, "").replace(/\s+xsi:schemaLocation="[^"]*"/g, ""));
    const schema = spawnSync("xmllint", ["--noout", "--nonet", "--relaxng", SCHEMA, bare], { encoding: "utf8" });
    if (schema.status !== 0) problems.push(`GEXF 1.3 schema: ${schema.stderr.trim().split("\n").slice(0, 5).join("; ")}`);
    const raw = rawChecks(xml);
    problems.push(...raw.problems);
    const load = spawnSync(python, [NETWORKX_LOAD, path, "1.3"], { encoding: "utf8" });
    const read = JSON.parse(load.stdout || "{}") as Partial<NetworkxLoad> & { error?: string };
    if (load.status !== 0 || read.error) problems.push(`networkx.read_gexf raised ${read.error ?? load.stderr.trim()}`);
    const networkx = read.error || load.status !== 0 ? null : (read as NetworkxLoad);
    if (networkx && (networkx.nodes !== raw.raw.nodes || networkx.edges !== raw.raw.edges)) {
      problems.push(`networkx read ${networkx.nodes} nodes and ${networkx.edges} edges of ${raw.raw.nodes} and ${raw.raw.edges}`);
    }
    return { ok: problems.length === 0, problems, raw: raw.raw, networkx };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes the GEXF text to a temporary file and checks it. */
export function checkGexf(xml: string): GexfCheck {
  const dir = mkdtempSync(join(tmpdir(), "entity-graph-gexf-"));
  try {
    const path = join(dir, "export.gexf");
    writeFileSync(path, xml);
    return checkGexfFile(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
