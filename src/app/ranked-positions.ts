// A graph file's sentences and its evidence index → where each sentence that names an entity (by rank)
// is in the file, kept per index list so that corrected files whose index was patched share it. Pure but
// for that cache.
import type { EvidenceIndexFile } from "../export/split-graph-file.ts";
import type { GraphFile } from "../graph/types.ts";

/** By the index's list of ranked sentences: the files a patched index serves have them in the same places. */
const positionsOf = new WeakMap<readonly string[], Int32Array>();

/**
 * The place in `file.sentences` of each sentence that names an entity, in rank order (ascending). A
 * corrected file whose index was patched (patchEvidenceIndex keeps the list when no sentence gained its
 * first mention or lost its last) has them in the same places, so the places found for the first file
 * serve it: no pass over the 175,455 sentences of the UN graph at each correction.
 * @example const at = rankedPositions(file, indexFile)[rank]; // file.sentences[at] is the sentence of that rank
 */
export function rankedPositions(file: Pick<GraphFile, "sentences">, indexFile: Pick<EvidenceIndexFile, "sentences">): Int32Array {
  let positions = positionsOf.get(indexFile.sentences);
  if (positions === undefined) {
    positions = new Int32Array(indexFile.sentences.length);
    let rank = 0;
    for (let i = 0; i < file.sentences.length; i++) if (file.sentences[i]!.mentions.length > 0) positions[rank++] = i;
    positionsOf.set(indexFile.sentences, positions);
  }
  return positions;
}

/** The rank of the sentence at `position` (one that names an entity) among `positions`, by bisection. */
export function rankAt(positions: Int32Array, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (positions[middle]! < position) low = middle + 1;
    else high = middle;
  }
  return low;
}
