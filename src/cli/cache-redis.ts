// The extraction cache on the job queue's Redis server (`npm run graph -- --queue URL`): the same keys and
// entries as the LMDB cache, so coordinators on different machines reuse each other's extractions.
// Side effects: reads, writes and deletes keys under `entity-graph-cache:` on the server.
import { gunzipSync, gzipSync } from "node:zlib";
import type { Redis } from "ioredis";
import type { ExtractedFile } from "../graph/extract-file.ts";
import type { CacheStore } from "./cache-store.ts";

/** Every key of the cache starts with this (the queue's own keys start with `bull:`). */
export const REDIS_CACHE_PREFIX = "entity-graph-cache";

/** The key under which the cache records the extractor version its entries were made by. */
const VERSION_KEY = `${REDIS_CACHE_PREFIX}:version`;

/** Keys deleted in one command when an old version's entries are removed. */
const DELETE_BATCH = 500;

/**
 * A cache on a connected Redis server for one extractor version: entry `entity-graph-cache:<version>:<key>`
 * holds a file's results as gzipped JSON (JSON is what the queue's jobs carry, so an entry gives back what a
 * worker's answer gives). Entries of another version can never be used again: the first run of a new version
 * removes them, as the LMDB cache does. `put` writes in the background; `close` waits for every write and
 * throws if one failed. The connection is the caller's: `close` leaves it open.
 * @example const cache = await openRedisCache(connection.redis, connection.shownUrl, extractorVersion())
 */
export async function openRedisCache(redis: Redis, location: string, version: string): Promise<CacheStore> {
  const prefix = `${REDIS_CACHE_PREFIX}:${version}:`;
  if ((await redis.get(VERSION_KEY)) !== version) {
    await removeOtherVersions(redis, prefix);
    await redis.set(VERSION_KEY, version);
  }
  const writes = new Set<Promise<void>>();
  let failure: unknown = null;
  return {
    location,
    async get(key) {
      const entry = await redis.getBuffer(prefix + key);
      return entry === null ? undefined : (JSON.parse(gunzipSync(entry).toString("utf8")) as ExtractedFile[]);
    },
    put(key, results) {
      const write: Promise<void> = redis.set(prefix + key, gzipSync(JSON.stringify(results), { level: 1 })).then(
        () => void writes.delete(write),
        (error: unknown) => {
          writes.delete(write);
          failure ??= error;
        },
      );
      writes.add(write);
    },
    async close() {
      await Promise.all(writes);
      if (failure !== null) throw new Error(`the extraction cache at ${location} could not store an entry: ${failure instanceof Error ? failure.message : String(failure)}`, { cause: failure });
    },
  };
}

/** Deletes every cache entry whose key does not start with `keep` (SCAN, so the server is never blocked). */
async function removeOtherVersions(redis: Redis, keep: string): Promise<void> {
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${REDIS_CACHE_PREFIX}:*`, "COUNT", 1000);
    cursor = next;
    const old = keys.filter((key) => key !== VERSION_KEY && !key.startsWith(keep));
    for (let i = 0; i < old.length; i += DELETE_BATCH) await redis.unlink(...old.slice(i, i + DELETE_BATCH));
  } while (cursor !== "0");
}
