// The "Open" button: a file the user picks (graph JSON or GEXF) → a checked graph file, handed to `onOpen`.
// Reading and checking are the export module's; this file only owns the file picker and the message.
import { problemOf, readGraphFile } from "../export/index.ts";
import type { GraphFile } from "../graph/types.ts";
import { h } from "./dom.ts";

/** Largest file the page reads into memory (graph files of the UN corpus stay well below). */
const MAX_BYTES = 512 * 1024 * 1024;

/** Reads a picked file into a graph file; throws an error whose message can be shown as it is. */
export async function readOpenedFile(file: File): Promise<GraphFile> {
  if (file.size > MAX_BYTES) {
    throw new Error(`${file.name} is ${Math.round(file.size / 1024 / 1024)} MB; the explorer opens files up to 512 MB`);
  }
  return readGraphFile(await file.text(), file.name);
}

/** Creates the Open button and its hidden file input; `onError` gets messages for the page to show. */
export function createOpenButton(
  onOpen: (file: GraphFile, name: string) => void,
  onError: (message: string) => void,
): HTMLElement {
  const input = h("input", {
    attrs: { type: "file", accept: ".json,.gexf,application/json,application/xml,text/xml", hidden: true, "data-open-input": "" },
  });
  input.addEventListener("change", () => {
    const picked = input.files?.[0];
    input.value = "";
    if (!picked) return;
    readOpenedFile(picked).then(
      (file) => onOpen(file, picked.name),
      (error: unknown) => onError(problemOf(error)),
    );
  });
  const button = h(
    "button",
    {
      className: "button",
      attrs: { type: "button", "data-action": "open", title: "Open a graph JSON or GEXF file" },
      on: { click: () => input.click() },
    },
    "Open…",
  );
  return h("span", { className: "export-menu__open" }, button, input);
}
