// Vitest configuration: unit tests under test/ run in plain Node, files in parallel; the end-to-end tests
// (test/e2e/, each builds the page and drives chromium) run afterwards, one file at a time, so two
// browsers never compete for the machine's two cores.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 60_000,
    // The command lines the tests run keep no extraction cache unless a test names one (--cache DIR): a
    // corpus built by two tests is extracted by both, and the repository gets no .entity-graph-cache/.
    env: { ENTITY_GRAPH_CACHE: "off" },
    // Hooks build graphs with the command line and start browsers; on two busy cores that takes a while.
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: ["test/e2e/**"] },
      },
      {
        extends: true,
        test: { name: "e2e", include: ["test/e2e/**/*.test.ts"], fileParallelism: false, sequence: { groupOrder: 1 } },
      },
    ],
  },
});
