// Starts Debian's redis-server on a free loopback port, with nothing saved to disk, and stops it: for the
// queue's tests and `npm run bench:queue`.
// Side effects: a child process, a TCP port on 127.0.0.1.
import { spawn, type ChildProcess } from "node:child_process";
import { freePort } from "./free-port.ts";

/** Where Debian's redis-server package puts the server (see test/setup/system-tools.ts). */
export const REDIS_SERVER = "/usr/bin/redis-server";

/** A running server: its URL, and how to stop it. */
export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Starts redis-server on a free 127.0.0.1 port, without persistence, and resolves once it accepts
 * connections; tries another port if the one picked was taken meanwhile.
 * @example const redis = await startRedis(); … await redis.stop()
 */
export async function startRedis(): Promise<RunningRedis> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(REDIS_SERVER, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: ["ignore", "pipe", "pipe"] });
    try {
      await ready(child);
      return { url: `redis://127.0.0.1:${port}`, port, stop: () => stop(child) };
    } catch (error) {
      await stop(child);
      if (attempt === 3) throw error;
    }
  }
}

function ready(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`redis-server did not start in 10 s:\n${output}`)), 10_000);
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
    child.once("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
