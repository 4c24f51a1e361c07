// A `--queue redis://HOST:PORT` URL → a connected ioredis client for BullMQ, or an error that names the URL.
// Side effect: opens a network connection.
import { Redis } from "ioredis";

/** How long the first connection may take before the command gives up (the issue allows 30 s). */
const CONNECT_SECONDS = 20;

/** How long a lost connection is retried (every half second) before the command stops. */
const RECONNECT_SECONDS = 30;

/** A connected client, and a promise that rejects once the connection is lost for good. */
export interface QueueConnection {
  redis: Redis;
  /** The URL as it may be printed: its password, if any, replaced by `***`. */
  shownUrl: string;
  /** Rejects when Redis stayed unreachable for RECONNECT_SECONDS during the run. */
  lost: Promise<never>;
  close(): Promise<void>;
}

/** The URL with its password hidden, for messages. */
export function showUrl(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password) shown.password = "***";
  return shown.href.replace(/\/$/, "");
}

/**
 * Connects to the Redis server of a `redis://` (or TLS `rediss://`) URL. Throws within CONNECT_SECONDS a
 * message naming the URL when the server cannot be reached, instead of retrying for ever.
 * @example const { redis } = await connectQueue("redis://127.0.0.1:6379")
 */
export async function connectQueue(url: string): Promise<QueueConnection> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`--queue needs a redis://HOST:PORT URL, got "${url}"`);
  }
  if (parsed.protocol !== "redis:" && parsed.protocol !== "rediss:") throw new Error(`--queue needs a redis://HOST:PORT URL, got "${showUrl(parsed)}"`);
  const shownUrl = showUrl(parsed);
  let lastError = "";
  const redis = new Redis(url, {
    lazyConnect: true,
    connectTimeout: CONNECT_SECONDS * 1000,
    // BullMQ's workers block on Redis: it requires commands to wait for a reconnection, not fail.
    maxRetriesPerRequest: null,
    retryStrategy: (times) => (times * 0.5 > RECONNECT_SECONDS ? null : 500),
  });
  redis.on("error", (error: Error) => (lastError = error.message));
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.connect(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer in ${CONNECT_SECONDS} s`)), CONNECT_SECONDS * 1000))),
    ]);
  } catch (error) {
    redis.disconnect();
    const reason = lastError || (error instanceof Error ? error.message : String(error));
    throw new Error(`cannot reach Redis at ${shownUrl}: ${reason}`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  let closing = false;
  const lost = new Promise<never>((_, reject) => {
    redis.once("end", () => {
      if (!closing) reject(new Error(`lost the connection to Redis at ${shownUrl} for over ${RECONNECT_SECONDS} s: ${lastError || "closed"}`));
    });
  });
  lost.catch(() => {});
  return {
    redis,
    shownUrl,
    lost,
    async close() {
      closing = true;
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
