// The explorer's corrections of the graph on the page: the graph as loaded (the base), the history of
// corrections made to it, the nodes picked for the next one, and the corrected graph file that the page
// shows (applyCorrections, the command line's code). Corrections are kept in `storage` under the base's
// content key, so a reload brings them back. No DOM: the page passes localStorage.
import { isSplitGraphFile } from "../export/read-split-graph-file.ts";
import { prepareCorrections, type PreparedCorrections, type SkippedOperation } from "../graph/corrections/apply-corrections.ts";
import { toCorrectionsFile, type CorrectionOperation, type CorrectionsFile } from "../graph/corrections/corrections-file.ts";
import { parseCorrections } from "../graph/corrections/parse-corrections.ts";
import type { GraphFile } from "../graph/types.ts";
import { createCurationHistory, type CurationHistory } from "./curation-history.ts";
import { graphContentKey } from "./graph-content-key.ts";
import type { LoadedGraphFile } from "./load-graph.ts";

/** Where corrections are kept: localStorage in the page, a map in the tests. */
export type CorrectionsStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

/** What the page's curation controls work with. */
export interface Curation {
  /** Takes a newly loaded graph as the base, with the corrections stored for it; returns the file to show. */
  load(file: LoadedGraphFile): LoadedGraphFile;
  /** The file to show: the base with the corrections applied. */
  shown(): LoadedGraphFile;
  /** Why this graph cannot be corrected here, or null when it can. */
  unavailable(): string | null;
  /** True while the base is a split graph file: corrections wait for every sentence (`loadSentences`). */
  needsSentences(): boolean;
  /** The base's whole file, every sentence in (fetched by the page): the corrections apply from now on. */
  loadSentences(file: GraphFile): void;
  history(): Pick<CurationHistory, "operations" | "canUndo" | "canRedo">;
  /** The corrections the last apply skipped, and why. */
  skipped(): readonly SkippedOperation[];
  /** The nodes picked for the next correction, in the order they were picked. */
  picked(): readonly string[];
  setPicked(keys: readonly string[]): void;
  add(operation: CorrectionOperation): void;
  revert(index: number): void;
  undo(): void;
  redo(): void;
  /** Reads a corrections file (throws CorrectionsError naming the problem) and makes its operations the page's. */
  open(text: string): void;
  /** Indexes the base's mentions for corrections now rather than at the first one (the page calls it when idle). */
  prepare(): void;
  /** The corrections file to download: those the graph was built with, then the page's. */
  download(): CorrectionsFile;
  /** Called after every change of the shown graph or the picked nodes; returns the unsubscribe. */
  subscribe(listener: (change: "graph" | "picked") => void): () => void;
}

const STORAGE_PREFIX = "entity-graph:corrections:";

/** Creates the controller; `storage` null keeps corrections for the session only. */
export function createCuration(storage: CorrectionsStorage | null): Curation {
  let base: LoadedGraphFile | null = null;
  let shown: LoadedGraphFile | null = null;
  let storageKey: string | null = null;
  let history = createCurationHistory();
  let skipped: SkippedOperation[] = [];
  let picked: string[] = [];
  /** The base indexed for corrections, once it is needed. */
  let prepared: PreparedCorrections | null = null;
  const listeners = new Set<(change: "graph" | "picked") => void>();
  const notify = (change: "graph" | "picked") => {
    for (const listener of [...listeners]) listener(change);
  };

  const unavailableFor = (file: LoadedGraphFile): string | null => {
    if (isSplitGraphFile(file)) return null;
    if (file.sentences.length === 0 && file.graph.nodes.length > 0) return "This graph has no sentences (a GEXF file): corrections are made on the mentions.";
    return null;
  };
  const recompute = () => {
    if (base === null || isSplitGraphFile(base) || unavailableFor(base) !== null) {
      shown = base;
      skipped = [];
      return;
    }
    if (history.operations().length === 0) {
      shown = base;
      skipped = [];
    } else {
      const started = performance.now();
      prepared ??= prepareCorrections(base);
      const result = prepared.apply(history.operations());
      // The benchmark reads how long the corrections took, apart from redrawing the page.
      performance.measure("entity-graph:apply-corrections", { start: started, end: performance.now() });
      shown = result.file;
      skipped = result.skipped;
    }
    const nodes = new Set((shown as GraphFile).graph.nodes.map((n) => n.key));
    picked = picked.filter((key) => nodes.has(key));
  };
  const save = () => {
    if (storage === null || storageKey === null) return;
    try {
      if (history.operations().length === 0) storage.removeItem(storageKey);
      else storage.setItem(storageKey, JSON.stringify(toCorrectionsFile(history.operations())));
    } catch (error) {
      // A full or disabled storage must not stop the correction itself.
      console.warn("entity-graph: could not keep the corrections in the browser", error);
    }
  };
  const restore = (): CorrectionOperation[] => {
    if (storage === null || storageKey === null) return [];
    const text = storage.getItem(storageKey);
    if (text === null) return [];
    try {
      return parseCorrections(text).operations;
    } catch (error) {
      console.warn("entity-graph: the stored corrections are unreadable and were left out", error);
      return [];
    }
  };
  const change = () => {
    recompute();
    save();
    notify("graph");
  };
  /** While the sentences are not in, the corrections are kept as they are: nothing can be shown of a change. */
  const waiting = () => base === null || isSplitGraphFile(base);
  const recorded = (): readonly CorrectionOperation[] => (base !== null && !isSplitGraphFile(base) ? (base.corrections?.operations ?? []) : []);

  return {
    load(file) {
      base = file;
      prepared = null;
      picked = [];
      storageKey = unavailableFor(file) === null ? STORAGE_PREFIX + graphContentKey(file) : null;
      history = createCurationHistory(restore());
      recompute();
      return shown as LoadedGraphFile;
    },
    shown: () => {
      if (shown === null) throw new Error("entity-graph explorer: no graph is loaded for corrections");
      return shown;
    },
    unavailable: () => (base === null ? "No graph is loaded." : unavailableFor(base)),
    needsSentences: () => base !== null && isSplitGraphFile(base),
    loadSentences(file) {
      // Only for the graph on the page: a graph opened meanwhile has its own base.
      if (!waiting() || graphContentKey(file) !== graphContentKey(base as LoadedGraphFile)) return;
      base = file;
      prepared = null;
      recompute();
      notify("graph");
    },
    history: () => history,
    skipped: () => skipped,
    picked: () => picked,
    setPicked(keys) {
      picked = [...new Set(keys)];
      notify("picked");
    },
    add(operation) {
      if (waiting()) return;
      history.add(operation);
      change();
    },
    revert(index) {
      if (waiting()) return;
      history.revert(index);
      change();
    },
    undo() {
      if (!waiting() && history.undo()) change();
    },
    redo() {
      if (!waiting() && history.redo()) change();
    },
    open(text) {
      if (waiting()) throw new Error("the graph's sentences are not loaded yet");
      const operations = parseCorrections(text).operations;
      // A file downloaded from a graph built with corrections starts with those: they are applied already.
      const already = recorded();
      const own = already.length > 0 && already.every((op, i) => JSON.stringify(op) === JSON.stringify(operations[i])) ? operations.slice(already.length) : operations;
      history.replace(own);
      change();
    },
    prepare() {
      if (prepared !== null || base === null || waiting() || unavailableFor(base) !== null) return;
      const started = performance.now();
      prepared = prepareCorrections(base as GraphFile);
      performance.measure("entity-graph:prepare-corrections", { start: started, end: performance.now() });
    },
    download: () => toCorrectionsFile([...recorded(), ...history.operations()]),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
