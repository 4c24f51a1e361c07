// Vite configuration for the explorer: relative base so `dist/` works from any folder of any static host.
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  build: {
    outDir: "dist",
    target: "es2022",
    chunkSizeWarningLimit: 1024,
  },
  // The extraction worker (src/app/extract-worker.ts) is its own ES module bundle, with compromise in it:
  // the page loads it only when the user brings documents.
  worker: { format: "es" },
  // In `npm start`, dependencies are pre-bundled from these entries at start-up, the worker's too: found
  // only when the worker first loads (a user's first drop of documents), they made vite reload the page
  // ("optimized dependencies changed, reloading") and lose that import.
  optimizeDeps: { entries: ["index.html", "src/app/extract-worker.ts"] },
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
