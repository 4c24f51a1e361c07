// A TCP port free on the loopback address, for the servers the tests and benchmarks start (Redis, the
// explorer's preview). Side effect: listens on 127.0.0.1 for a moment.
import { createServer } from "node:net";

/** A TCP port free on 127.0.0.1 right now (the system picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
