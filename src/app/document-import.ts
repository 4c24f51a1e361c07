// "Your documents": files or a folder the user drops onto the page or picks → a new graph, built in a web
// worker with the command line's code, with a progress bar and a cancel button; the skipped files and
// their reasons are listed, and a metadata table among them (index.tsv…) is used as the command line uses
// it. Side effects: listens for drops on the whole page; starts extraction workers.
import type { SkippedFile } from "../extract/types.ts";
import type { GraphFile } from "../graph/types.ts";
import { filesFromEntries, filesFromInput, toCorpusEntries, type DropEntry, type PickedFiles } from "./document-files.ts";
import { formatCount, h, plural } from "./dom.ts";
import type { Dispose } from "./explorer.ts";
import { ImportCancelled, importDocuments, type DocumentImport, type ImportProgress, type ImportResult } from "./import-documents.ts";
import "./toolbar-menu.css";
import "./document-import.css";

/** What the page does with a built graph: show it in place of the current one. */
export interface DocumentImportOptions {
  open(file: GraphFile): void;
}

/** The file types offered by the file picker (the others are still accepted, and skipped with a reason). */
const PICKER_ACCEPT = ".txt,.md,.markdown,.html,.htm,.pdf,.docx,.eml,.mbox,.png,.jpg,.jpeg,.tif,.tiff,.bmp,text/plain,text/markdown,text/html,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,message/rfc822,application/mbox";

/**
 * Mounts the "Your documents" button into `toolbar`, the import's progress and results into `stage`, and
 * a drop zone over the whole page.
 * @example mountDocumentImport(requireElement("#documents"), requireElement("#import-status"), { open: restart })
 */
export function mountDocumentImport(toolbar: HTMLElement, stage: HTMLElement, options: DocumentImportOptions): Dispose {
  let running: DocumentImport | null = null;

  const filesInput = h("input", { attrs: { type: "file", multiple: true, accept: PICKER_ACCEPT, hidden: true, "data-documents-input": "" } });
  const folderInput = h("input", { attrs: { type: "file", multiple: true, webkitdirectory: true, hidden: true, "data-folder-input": "" } });
  const ocrInput = h("input", { attrs: { type: "checkbox", "data-ocr": "" } });
  const menu = h(
    "details",
    { className: "toolbar-menu document-import__details" },
    h("summary", { className: "button", attrs: { "data-action": "documents", title: "Build the graph of your own articles, in this browser" } }, "Your documents…"),
    h(
      "div",
      { className: "toolbar-menu__panel document-import__panel", attrs: { role: "group", "aria-label": "Your documents" } },
      h("button", { className: "button", attrs: { type: "button", "data-action": "pick-files" }, on: { click: () => filesInput.click() } }, "Pick files…"),
      h("button", { className: "button", attrs: { type: "button", "data-action": "pick-folder" }, on: { click: () => folderInput.click() } }, "Pick a folder…"),
      h(
        "label",
        { className: "document-import__option", attrs: { title: "Read scanned PDFs and images (.png, .jpg, .tif) with OCR, in English: a few seconds a page, and a 7 MB download the first time" } },
        ocrInput,
        " OCR scanned files",
      ),
      h(
        "p",
        { className: "document-import__hint" },
        "Or drop files or a folder anywhere on the page. Text (.txt), Markdown (.md), saved web pages (.html), PDF, Word (.docx), e-mail (.eml, .mbox) and, with OCR, scans (.png, .jpg, .tif) are read here, in your browser: nothing is uploaded. An index.tsv, index.csv, metadata.tsv or metadata.csv among them (columns file, date, title, url) gives their dates and titles.",
      ),
    ),
  );
  const onPicked = (input: HTMLInputElement) => () => {
    // For the browser benchmark: the page's own part of a pick's task starts here.
    performance.mark("entity-graph:import-picked");
    const files = [...(input.files ?? [])];
    input.value = "";
    menu.open = false;
    if (files.length > 0) start(filesFromInput(files));
  };
  filesInput.addEventListener("change", onPicked(filesInput));
  folderInput.addEventListener("change", onPicked(folderInput));
  toolbar.replaceChildren(h("div", { className: "document-import" }, menu, filesInput, folderInput));

  const overlay = h(
    "div",
    { className: "drop-overlay", attrs: { hidden: true, "data-drop-overlay": "" } },
    h("p", { className: "drop-overlay__text" }, "Drop your documents to build their graph"),
  );
  document.body.append(overlay);

  // --- progress and results, in the stage -------------------------------------------------------------

  const card = (state: string, ...children: (Node | string | null | false)[]) => {
    stage.hidden = false;
    stage.dataset.importState = state;
    stage.replaceChildren(h("div", { className: `import-card import-card--${state}` }, ...children));
  };
  const close = () =>
    h("button", { className: "import-card__close", attrs: { type: "button", "aria-label": "Close", title: "Close", "data-action": "close-import" }, on: { click: hide } }, "×");
  const hide = () => {
    stage.hidden = true;
    stage.replaceChildren();
    delete stage.dataset.importState;
  };

  let pending: ImportProgress | null = null;
  let frame = 0;
  const showProgress = (progress: ImportProgress) => {
    const phaseChanged = pending?.phase !== progress.phase;
    if (phaseChanged && progress.phase === "layout") performance.mark("entity-graph:import-layout");
    pending = progress;
    // A folder of small files reports hundreds of times a second: draw once per frame, but a new phase
    // (the last file read, the layout starting) at once.
    if (phaseChanged) drawProgress();
    else if (frame === 0) frame = requestAnimationFrame(drawProgress);
  };
  const drawProgress = () => {
    if (frame !== 0) cancelAnimationFrame(frame);
    frame = 0;
    const progress = pending;
    if (!progress) return;
    const { done, total, current, phase, step } = progress;
    const layout = phase === "layout";
    const fraction = total === 0 ? 1 : done / total;
    const title = layout ? "Laying out the graph…" : phase === "starting" ? "Loading the extraction…" : "Reading your documents…";
    card(
      "running",
      h("p", { className: "import-card__title", attrs: { role: "status" } }, title),
      h(
        "div",
        {
          className: `progress${phase === "starting" ? " progress--indeterminate" : ""}`,
          attrs: { role: "progressbar", "aria-label": "Documents read", "aria-valuemin": 0, "aria-valuemax": total, "aria-valuenow": done, "data-import-progress": "" },
        },
        h("div", { className: "progress__bar", style: phase === "starting" ? {} : { width: `${(fraction * 100).toFixed(1)}%` } }),
      ),
      h(
        "p",
        { className: "import-card__detail", attrs: { "data-import-detail": "" } },
        `${formatCount(done)} of ${plural(total, "file")}`,
        current ? h("span", { className: "import-card__current" }, ` · ${current}`) : null,
        step ? h("span", { className: "import-card__step", attrs: { "data-import-step": "" } }, ` · ${step}`) : null,
      ),
      h("button", { className: "button", attrs: { type: "button", "data-action": "cancel-import" }, on: { click: cancel } }, "Cancel"),
    );
  };

  const skippedList = (skipped: readonly SkippedFile[], open: boolean) => {
    if (skipped.length === 0) return null;
    const details = h(
      "details",
      { className: "import-card__skipped", attrs: { "data-import-skipped": "" } },
      h("summary", null, `${plural(skipped.length, "file")} skipped`),
      h("ul", { className: "skipped" }, ...skipped.map(({ path, reason }) => h("li", null, h("code", null, path), " — ", reason))),
    );
    details.open = open;
    return details;
  };

  const showResult = ({ file, words, extractSeconds, layoutSeconds, metadata }: ImportResult) => {
    const read = file.documents.length;
    const seconds = extractSeconds + layoutSeconds;
    card(
      "done",
      close(),
      h("p", { className: "import-card__title", attrs: { role: "status" } }, `Graph of ${plural(read, "document")}`),
      h(
        "p",
        { className: "import-card__detail" },
        `${plural(file.graph.nodes.length, "entity", "entities")}, ${plural(file.sentences.length, "sentence")}, ${plural(words, "word")} in ${seconds.toFixed(1)} s. Save graph JSON (Export) keeps it.`,
      ),
      metadata.table !== null &&
        h("p", { className: "import-card__detail", attrs: { "data-import-metadata": "" } }, `Dates, titles and URLs from ${metadata.table}.`),
      metadata.problems.length > 0 &&
        h(
          "details",
          { className: "import-card__skipped", attrs: { "data-import-metadata-problems": "" } },
          h("summary", null, `${plural(metadata.problems.length, "problem")} in ${metadata.table}`),
          h("ul", { className: "skipped" }, ...metadata.problems.map((problem) => h("li", null, problem))),
        ),
      skippedList(file.skipped, false),
    );
  };

  const showNothingRead = (skipped: readonly SkippedFile[]) =>
    card(
      "empty",
      close(),
      h("p", { className: "import-card__title import-card__title--error", attrs: { role: "alert" } }, "No document could be read"),
      h("p", { className: "import-card__detail" }, "The graph on the page is unchanged. Each file and why it was skipped:"),
      skippedList(skipped, true),
    );

  // --- running an import ------------------------------------------------------------------------------

  function start(picked: PickedFiles) {
    running?.cancel();
    pending = null;
    const entries = toCorpusEntries(picked);
    if (entries.length === 0) {
      card("empty", close(), h("p", { className: "import-card__title import-card__title--error", attrs: { role: "alert" } }, "No files to read"), h("p", { className: "import-card__detail" }, "The drop held no file outside hidden folders."));
      return;
    }
    performance.mark("entity-graph:import-start", { detail: { files: entries.length } });
    const run = importDocuments(entries, showProgress, { ocr: ocrInput.checked });
    running = run;
    const ended = () => {
      running = null;
      pending = null;
      if (frame !== 0) cancelAnimationFrame(frame);
      frame = 0;
    };
    run.result.then(
      (result) => {
        if (running !== run) return;
        ended();
        const { file, words, extractSeconds, layoutSeconds } = result;
        // For the browser benchmark: what was built, and what each step took in the worker.
        performance.mark("entity-graph:import-built", {
          detail: { documents: file.documents.length, skipped: file.skipped.length, entities: file.graph.nodes.length, words, extractSeconds, layoutSeconds },
        });
        if (result.file.documents.length === 0) {
          showNothingRead(result.file.skipped);
          return;
        }
        const opening = performance.now();
        options.open(result.file);
        performance.measure("entity-graph:open-built", { start: opening, end: performance.now() });
        showResult(result);
      },
      (error: unknown) => {
        if (running !== run) return;
        ended();
        if (error instanceof ImportCancelled) {
          card("cancelled", close(), h("p", { className: "import-card__title", attrs: { role: "status" } }, "Cancelled: the graph on the page is unchanged"));
        } else {
          console.error(error);
          card(
            "failed",
            close(),
            h("p", { className: "import-card__title import-card__title--error", attrs: { role: "alert" } }, "The documents could not be read"),
            h("p", { className: "import-card__detail" }, error instanceof Error ? error.message : String(error)),
          );
        }
      },
    );
  }

  function cancel() {
    running?.cancel();
  }

  // --- dropping ---------------------------------------------------------------------------------------

  let depth = 0;
  const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    depth++;
    overlay.hidden = false;
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  };
  const onDragLeave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  };
  const onDrop = (event: DragEvent) => {
    const transfer = event.dataTransfer;
    if (!transfer || !hasFiles(event)) return;
    event.preventDefault();
    depth = 0;
    overlay.hidden = true;
    // The items are readable only during the event: take their entries (folders) and files now.
    const entries: DropEntry[] = [];
    const loose: File[] = [];
    for (const item of transfer.items) {
      if (item.kind !== "file") continue;
      const entry = item.webkitGetAsEntry?.() ?? null;
      const file = entry ? null : item.getAsFile();
      if (entry) entries.push(entry);
      else if (file) loose.push(file);
    }
    void filesFromEntries<File>(entries).then((picked) => {
      const files = filesFromInput(loose);
      start({ files: [...picked.files, ...files.files], errors: picked.errors });
    });
  };
  const onDocumentClick = (event: MouseEvent) => {
    if (menu.open && !toolbar.contains(event.target as Node)) menu.open = false;
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    event.preventDefault();
  };
  // One signal removes every document listener when the explorer goes.
  const listening = new AbortController();
  const { signal } = listening;
  document.addEventListener("click", onDocumentClick, { signal });
  document.addEventListener("keydown", onKeyDown, { signal });
  document.addEventListener("dragenter", onDragEnter, { signal });
  document.addEventListener("dragover", onDragOver, { signal });
  document.addEventListener("dragleave", onDragLeave, { signal });
  document.addEventListener("drop", onDrop, { signal });

  return () => {
    running?.cancel();
    if (frame !== 0) cancelAnimationFrame(frame);
    listening.abort();
    overlay.remove();
    toolbar.replaceChildren();
    hide();
  };
}
