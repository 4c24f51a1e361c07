// What the coordinator (`npm run graph -- --queue`) and the workers (`npm run worker`) agree on: the
// queue's name, a job's data and result, and how a job is retried. No side effect.
import type { JobsOptions } from "bullmq";
import type { ExtractedFile } from "../graph/extract-file.ts";

/** The BullMQ queue every coordinator and worker of a Redis server shares. */
export const QUEUE_NAME = "entity-graph-extract";

/** The name of each job: one walked file to read and extract. */
export const JOB_NAME = "extract-file";

/** A job's data: the file itself travels with it, so a worker needs no access to the coordinator's disk. */
export interface ExtractJobData {
  /** The coordinator's extractor version: a worker of another version refuses the job. */
  version: string;
  /** The file's path relative to the input folder: documents take their id (and maybe date) from it. */
  path: string;
  /** The file's bytes, base64 (a job's data is JSON). */
  bytes: string;
  ocr: boolean;
}

/** A job's result: what `extractFile` made of the file. */
export type ExtractJobResult = ExtractedFile[];

/** Tries of a job that fails (its worker threw); a document that fails this many times is skipped. */
export const ATTEMPTS = 3;

/**
 * Times a job may be found stalled (its worker died or hung: its lock expired) and put back to wait; one
 * more and it fails. With it a document that kills its worker is tried three times in all, as a failing one is.
 */
export const MAX_STALLED = ATTEMPTS - 1;

/**
 * Options of each job. Finished jobs are kept a day: a coordinator killed and started again finds the
 * jobs it had added done (the same file gives the same job id), and takes their results.
 */
export const JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 24 * 3600 },
};
