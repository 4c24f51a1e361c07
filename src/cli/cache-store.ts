// The extraction cache on disk: an LMDB environment in a folder (`.entity-graph-cache/` by default) that
// maps a file's key to what extraction made of it. Side effects: creates the folder, reads and writes it.
import { mkdirSync } from "node:fs";
import { open, type RootDatabase } from "lmdb";
import type { ExtractedFile } from "../graph/extract-file.ts";

/** Where `npm run graph` keeps its cache unless told (`--cache DIR`): in the working directory, git-ignored. */
export const DEFAULT_CACHE_DIR = ".entity-graph-cache";

/**
 * What a cache does: looks up and stores one file's extraction by its key (see `fileKey`). Two stores do
 * it: LMDB in a folder (this file) and Redis beside the job queue (`cache-redis.ts`).
 */
export interface CacheStore {
  /** Where the cache lives, as the summary line names it: its folder, or the Redis server's URL. */
  readonly location: string;
  get(key: string): Promise<ExtractedFile[] | undefined>;
  /** Stores an entry; durable once `close` has resolved. */
  put(key: string, results: ExtractedFile[]): void;
  close(): Promise<void>;
}

/** The key under which the cache records the extractor version its entries were made by. */
const VERSION_KEY = "version";

/**
 * Opens (creating it if need be) the cache in `dir` for one extractor version. Entries of another version
 * can never be used again: the first run of a new version removes them. LMDB writes in transactions, so a
 * build killed at any point leaves the cache as it was before the last commit, never half written; two
 * builds may share one cache at the same time.
 * @example const cache = openCacheStore(".entity-graph-cache", extractorVersion()); cache.get(key)
 */
export function openCacheStore(dir: string, version: string): CacheStore {
  let db: RootDatabase<unknown, string>;
  try {
    mkdirSync(dir, { recursive: true });
    // msgpack keeps the objects as they were (key order included); lz4 makes entries about a third as big.
    db = open<unknown, string>({ path: dir, compression: true, encoding: "msgpack" });
  } catch (error) {
    throw new Error(`cannot open the extraction cache in ${dir}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const prefix = `${version}/`;
  if (db.get(VERSION_KEY) !== version) {
    db.transactionSync(() => {
      for (const key of db.getKeys()) if (key !== VERSION_KEY && !key.startsWith(prefix)) db.removeSync(key);
      db.putSync(VERSION_KEY, version);
    });
  }
  return {
    location: dir,
    get: async (key) => db.get(prefix + key) as ExtractedFile[] | undefined,
    put: (key, results) => void db.put(prefix + key, results),
    close: () => db.close(),
  };
}
