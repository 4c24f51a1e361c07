// The message over the graph area while loading (with download progress) and when loading fails.
import { formatCount, h } from "./dom.ts";
import type { LoadProgress } from "./load-graph.ts";

/** Controls for the status overlay. */
export interface StatusOverlay {
  loading(message: string, progress?: LoadProgress): void;
  error(title: string, message: string, hint?: string): void;
  notice(title: string, message: string): void;
  hide(): void;
}

/** Mounts the status overlay into `container`. */
export function mountStatusOverlay(container: HTMLElement): StatusOverlay {
  const show = (...children: Node[]) => {
    container.hidden = false;
    container.replaceChildren(h("div", { className: "status__card" }, ...children));
  };
  return {
    loading(message, progress) {
      const fraction = progress && progress.total ? Math.min(1, progress.loaded / progress.total) : null;
      const bar = h("div", {
        className: `progress${fraction === null ? " progress--indeterminate" : ""}`,
        attrs: { role: "progressbar", "aria-label": message, "aria-valuemin": 0, "aria-valuemax": 100, "aria-valuenow": fraction === null ? null : Math.round(fraction * 100) },
      }, h("div", { className: "progress__bar", style: fraction === null ? {} : { width: `${(fraction * 100).toFixed(1)}%` } }));
      const detail = progress
        ? `${formatBytes(progress.loaded)}${progress.total ? ` of ${formatBytes(progress.total)}` : ""}`
        : "";
      container.setAttribute("aria-busy", "true");
      show(h("p", { className: "status__title", attrs: { role: "status" } }, message), bar, h("p", { className: "status__detail" }, detail));
    },
    error(title, message, hint) {
      container.removeAttribute("aria-busy");
      show(
        h("p", { className: "status__title status__title--error", attrs: { role: "alert" } }, title),
        h("p", { className: "status__message" }, message),
        hint ? h("p", { className: "status__hint" }, ...withCode(hint)) : document.createTextNode(""),
      );
    },
    notice(title, message) {
      container.removeAttribute("aria-busy");
      show(h("p", { className: "status__title" }, title), h("p", { className: "status__message" }, message));
    },
    hide() {
      container.removeAttribute("aria-busy");
      container.hidden = true;
      container.replaceChildren();
    },
  };
}

/** "Run `npm run graph`" → text and <code> nodes, built as text (the hint is ours, but stays text). */
function withCode(text: string): Node[] {
  return text.split("`").map((part, i) => (i % 2 === 1 ? h("code", null, part) : document.createTextNode(part)));
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatCount(bytes)} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
