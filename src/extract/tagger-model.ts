// The trained tagger, loaded once from its model file (written by `npm run train`).
import modelFile from "./data/tagger-model.json";
import { createTagger } from "./tagger.ts";
import type { TaggerModelFile } from "./tagger-file.ts";

/** The tagger the pipeline uses. */
export const TAGGER = createTagger(modelFile as TaggerModelFile);
