// readDocuments, the one entry for every format: each supported extension has a reader (none falls through
// to "unsupported file type"), a library's failure is a skip that names the file, and the size limit.
import { describe, expect, it } from "vitest";
import { SUPPORTED_EXTENSIONS } from "../../src/extract/read-document.ts";
import { readDocuments, tooLarge } from "../../src/extract/read-documents.ts";

const GARBAGE = new TextEncoder().encode("\u0001\u0002 not what the extension says \u0003");

describe("readDocuments", () => {
  it.each(SUPPORTED_EXTENSIONS)("has a reader for %s: a broken file is skipped for what is wrong with it, never as unsupported", async (extension) => {
    const path = `folder/file${extension}`;
    const results = await readDocuments(path, GARBAGE);
    for (const result of results) {
      if (result.ok) continue;
      expect(result.skipped.path.startsWith(path)).toBe(true);
      expect(result.skipped.reason).not.toMatch(/^unsupported file type/);
    }
  });

  it("says how large a file over the limit is, and the limit", () => {
    expect(tooLarge(256 * 1024 * 1024)).toBeNull();
    expect(tooLarge(300 * 1024 * 1024)).toBe("too large: 300 MB (the limit is 256 MB)");
  });
});
