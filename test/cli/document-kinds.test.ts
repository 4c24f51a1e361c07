// `npm run graph` on a folder of PDFs, Word files, e-mail and saved web pages (test/fixtures/document-kinds.ts):
// the documents, sentences with their pages, and the skip reasons it prints; the run goes on past each bad file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphFile } from "../../src/graph/types.ts";
import { DOCUMENT_KINDS_DOCUMENTS, DOCUMENT_KINDS_FURNITURE, DOCUMENT_KINDS_OCR, DOCUMENT_KINDS_SENTENCES, DOCUMENT_KINDS_SKIPPED, makeDocumentKindsCorpus } from "../fixtures/document-kinds.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const temporary: string[] = [];
let corpus: string;
let file: GraphFile;
let stderr: string;

/** `npm run graph -- corpus --out … --quiet` with `options`: the graph file and what it printed. */
function graph(options: string[] = []): { file: GraphFile; stderr: string } {
  const out = mkdtempSync(join(tmpdir(), "entity-graph-kinds-out-"));
  temporary.push(out);
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/graph.ts", corpus, "--out", join(out, "graph.json"), "--quiet", ...options], { cwd: ROOT, encoding: "utf8" });
  if (run.status !== 0) throw new Error(`npm run graph failed: ${run.stderr}`);
  return { file: JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as GraphFile, stderr: run.stderr };
}

beforeAll(async () => {
  corpus = await makeDocumentKindsCorpus();
  temporary.push(corpus);
  ({ file, stderr } = graph());
});

afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

describe("npm run graph on documents of every kind", () => {
  it("reads each document, with its title and what its format tells", () => {
    expect(file.documents).toEqual(DOCUMENT_KINDS_DOCUMENTS);
  });

  it("keeps each sentence, with its page in a PDF", () => {
    const sentences = file.sentences.map(({ text, documents, pages }) => ({ text, documents, ...(pages ? { pages } : {}) }));
    expect(sentences).toEqual(expect.arrayContaining([...DOCUMENT_KINDS_SENTENCES]));
    // Running headers and page numbers are not sentences, nor a web page's banners and comments.
    const texts = file.sentences.map((s) => s.text);
    for (const text of ["Gulf Monitor - Weekly Brief", "1", "2", "3", ...DOCUMENT_KINDS_FURNITURE]) expect(texts).not.toContain(text);
  });

  it("skips each bad file with a reason that names it, and prints it", () => {
    expect(file.skipped).toEqual(DOCUMENT_KINDS_SKIPPED);
    for (const { path, reason } of DOCUMENT_KINDS_SKIPPED) expect(stderr).toContain(`skipped ${path}: ${reason}`);
  });
});

describe("npm run graph --ocr", () => {
  it("reads the scanned page and the scanned PDF, and still refuses the 20,000 × 20,000 image", () => {
    const ocr = graph(["--ocr"]).file;
    for (const document of DOCUMENT_KINDS_OCR.documents) expect(ocr.documents).toContainEqual(document);
    expect(ocr.documents).toHaveLength(DOCUMENT_KINDS_DOCUMENTS.length + DOCUMENT_KINDS_OCR.documents.length);
    const { text, documents, pages } = ocr.sentences.find((s) => s.text === DOCUMENT_KINDS_OCR.sentence.text) ?? {};
    expect({ text, documents, pages }).toEqual(DOCUMENT_KINDS_OCR.sentence);
    expect(ocr.skipped).toContainEqual(DOCUMENT_KINDS_OCR.skipped);
    expect(ocr.skipped.map((s) => s.path)).not.toContain("scan.png");
  });
});
