// A small graph file for the corrections' tests, made by the graph builder from hand-written extractions
// (invented names, so what passes is the code, not a remembered entity).
import type { DocumentExtraction, ExtractedMention } from "../../../src/extract/extract-document.ts";
import type { EntityType } from "../../../src/extract/types.ts";
import { createGraphFileBuilder } from "../../../src/graph/build-graph-file.ts";
import type { GraphFile } from "../../../src/graph/types.ts";

type Sentence = [text: string, names: [written: string, type: EntityType, name?: string][]];

function extraction(sentences: Sentence[]): DocumentExtraction {
  let offset = 0;
  return {
    words: 0,
    sentences: sentences.map(([text, names]) => {
      const mentions: ExtractedMention[] = [];
      let from = 0;
      for (const [written, type, name] of names) {
        const start = text.indexOf(written, from);
        if (start < 0) throw new Error(`"${written}" is not in "${text}"`);
        from = start + written.length;
        mentions.push({ start, end: from, type, name: name ?? written, alias: written, reason: "test", tagged: null });
      }
      const sentence = { text, start: offset, end: offset + text.length, mentions };
      offset += text.length + 1;
      return sentence;
    }),
  };
}

/** Two documents naming people, places and organisations of Zorvia. */
export const SMALL_CORPUS: Record<string, Sentence[]> = {
  "a.txt": [
    ["Alma Qarnabi met Borin Lekfjs in Zorvia.", [["Alma Qarnabi", "person"], ["Borin Lekfjs", "person"], ["Zorvia", "place"]]],
    ["Qarnabi and the Zorvian Union spoke.", [["Qarnabi", "person"], ["Zorvian Union", "organization"]]],
    ["The Zorvian Union and Zorvia Republic signed.", [["Zorvian Union", "organization"], ["Zorvia Republic", "country"]]],
  ],
  "b.txt": [
    ["Borin Lekfjs visited Zorvia Republic.", [["Borin Lekfjs", "person"], ["Zorvia Republic", "country"]]],
    ["WN: Alma Qarnabi spoke with Borin Lekfjs.", [["WN", "organization"], ["Alma Qarnabi", "person"], ["Borin Lekfjs", "person"]]],
    ["Alma Qarnabi left Zorvia for Zorvia Republic.", [["Alma Qarnabi", "person"], ["Zorvia", "place"], ["Zorvia Republic", "country"]]],
    ["WN reported that the ZU met.", [["WN", "organization"], ["ZU", "organization"]]],
  ],
};

/** The graph file of `SMALL_CORPUS` (positions all 0, as the builder leaves them). */
export function smallGraphFile(corpus: Record<string, Sentence[]> = SMALL_CORPUS): GraphFile {
  const builder = createGraphFileBuilder();
  for (const [id, sentences] of Object.entries(corpus)) builder.addDocument({ document: { id, path: id, title: id, url: null }, extraction: extraction(sentences) });
  return builder.build().file;
}
