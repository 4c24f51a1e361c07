// Walked files → their extractions in walk order, taking each from the cache when it is there and handing
// only the others to an extractor (the worker-thread pool or the job queue). Side effect: reads and
// writes the cache.
import type { ReadOptions } from "../extract/read-documents.ts";
import type { ExtractedWalkedFile } from "./extract-pool.ts";
import type { CacheStore } from "./cache-store.ts";
import { fileKey } from "./cache-key.ts";
import type { WalkedFile } from "./walk-corpus.ts";

/** What `cacheExtract` counts: files read (and so extractable), and those whose extraction was reused. */
export interface CacheCounts {
  files: number;
  reused: number;
}

/** Options of `cacheExtract`. */
export interface CacheExtractOptions {
  cache: CacheStore;
  /** The extractor version (`extractorVersion()`): part of each key. */
  version: string;
  read?: ReadOptions;
  /** Extracts the files not in the cache, yielding them in the order they came (as `extractFiles` does). */
  extract: (files: AsyncIterable<WalkedFile>) => AsyncIterable<ExtractedWalkedFile>;
  /** Filled in as the files go by. */
  counts?: CacheCounts;
}

/** Walked files the walk may run ahead of the results, while the extractor has enough to do. */
const AHEAD = 64;

/**
 * Yields every walked file's extraction in walk order: the cached ones from the cache, the others from
 * `extract`, which sees only those (so a rebuild that changed 20 files starts no worker it does not
 * need). A file's results are stored when every document in it was extracted: a skip can depend on the
 * moment (a time limit while reading), so a skipped file is read again next time.
 * @example for await (const file of cacheExtract(walkCorpus("corpus"), { cache, version, extract: (f) => extractFiles(f) })) …
 */
export async function* cacheExtract(files: AsyncIterable<WalkedFile>, options: CacheExtractOptions): AsyncGenerator<ExtractedWalkedFile> {
  const { cache, version, read = {}, counts = { files: 0, reused: 0 } } = options;
  // Each walked file in order: its cached extraction, or the key to store the extractor's answer under
  // (null: not to be stored, as for a file that could not be read).
  const order: ({ hit: ExtractedWalkedFile } | { key: string | null })[] = [];
  const misses = createChannel<WalkedFile>();
  let walked = false;
  // The walk and the loop below each wait for the other at times: both are woken on every change.
  const waiting: (() => void)[] = [];
  const notify = () => {
    for (const wake of waiting.splice(0)) wake();
  };
  const changed = () => new Promise<void>((resolve) => waiting.push(resolve));

  const walk = (async () => {
    try {
      for await (const file of files) {
        // Bounded read-ahead, but never while the extractor waits for a file: that would wait for ever.
        while (order.length >= AHEAD && !misses.wanted()) await changed();
        if (file.bytes === undefined || file.error !== undefined) {
          order.push({ key: null });
          misses.push(file);
        } else {
          counts.files++;
          // Before the file goes to the extractor: a worker thread takes its bytes away.
          const key = fileKey(version, file.path, file.bytes, read);
          const cached = await cache.get(key);
          if (cached) {
            counts.reused++;
            order.push({ hit: { path: file.path, results: cached } });
          } else {
            order.push({ key });
            misses.push(file);
          }
        }
        notify();
      }
    } finally {
      walked = true;
      misses.end();
      notify();
    }
  })();
  // The walk's failure (a missing folder) is thrown below, once the files before it are out.
  walk.catch(() => {});
  misses.onWanted(notify);

  const extracted = options.extract(misses.iterable)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const head = order.shift();
      if (head === undefined) {
        if (walked) break;
        await changed();
        continue;
      }
      notify();
      if ("hit" in head) {
        yield head.hit;
        continue;
      }
      const next = await extracted.next();
      if (next.done) throw new Error("cacheExtract: the extractor ended before every file was extracted");
      if (head.key !== null && next.value.results.every((result) => result.ok)) cache.put(head.key, next.value.results);
      yield next.value;
    }
    await walk;
  } finally {
    await extracted.return?.(undefined);
  }
}

/** An async queue with one reader: pushed items come out of `iterable` in order until `end`. */
function createChannel<T>() {
  const items: T[] = [];
  let ended = false;
  let reader: (() => void) | null = null;
  let onWanted: () => void = () => {};
  return {
    push(item: T) {
      items.push(item);
      reader?.();
    },
    end() {
      ended = true;
      reader?.();
    },
    /** Whether the reader waits for an item. */
    wanted: () => reader !== null,
    onWanted(listener: () => void) {
      onWanted = listener;
    },
    iterable: (async function* () {
      for (;;) {
        const item = items.shift();
        if (item !== undefined) {
          yield item;
          continue;
        }
        if (ended) return;
        await new Promise<void>((resolve) => {
          reader = () => {
            reader = null;
            resolve();
          };
          onWanted();
        });
      }
    })(),
  };
}
