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
  server: { host: "127.0.0.1" },
  preview: { host: "127.0.0.1" },
});
