// connectQueue: bad URLs and unreachable servers are errors that name the URL, never its password.
import { describe, expect, it } from "vitest";
import { connectQueue } from "../../src/cli/queue-connection.ts";
import { freePort } from "../../src/cli/free-port.ts";

describe("connectQueue", () => {
  it.each(["localhost:6379", "http://127.0.0.1:6379", "not a url"])("refuses %s: a redis:// URL is needed", async (url) => {
    await expect(connectQueue(url)).rejects.toThrow(/--queue needs a redis:\/\/HOST:PORT URL/);
  });

  it("names an unreachable server's URL, with its password hidden", async () => {
    const port = await freePort();
    const error = await connectQueue(`redis://:s3cret-word@127.0.0.1:${port}`).then(
      () => null,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toBe(`cannot reach Redis at redis://:***@127.0.0.1:${port}: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(error?.message).not.toContain("s3cret");
  });
});
