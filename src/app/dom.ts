// Small DOM helpers. Strings always become text nodes: nothing here parses HTML, so document text
// (titles, sentences, labels) can never inject markup.

type Child = Node | string | null | undefined | false;

/** Element options: class, attributes, and event listeners. */
export interface ElementOptions {
  className?: string;
  attrs?: Record<string, string | number | boolean | null | undefined>;
  style?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

/** Creates an element; string children are inserted with createTextNode. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (options?.className) element.className = options.className;
  for (const [name, value] of Object.entries(options?.attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const [name, value] of Object.entries(options?.style ?? {})) element.style.setProperty(name, value);
  for (const [type, listener] of Object.entries(options?.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

/** Appends children, strings as text nodes. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Returns the URL if it is an absolute http(s) URL, else null: only those become links. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

/** Finds a required element of the page shell, or fails saying which one is missing. */
export function requireElement<T extends HTMLElement = HTMLElement>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`entity-graph explorer: the page has no ${selector} element`);
  return element;
}

// One formatter for every count: Number#toLocaleString builds a new one per call, slow on 2,000 documents.
const COUNT_FORMAT = new Intl.NumberFormat("en-US");

/** Number with thousands separators. */
export function formatCount(value: number): string {
  return COUNT_FORMAT.format(value);
}

/** "1 sentence", "3 sentences". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

/** Runs `callback` when the page is idle (soon anyway, and where the browser has no requestIdleCallback). */
export function whenIdle(callback: () => void): void {
  if (typeof requestIdleCallback === "function") requestIdleCallback(callback, { timeout: 1000 });
  else setTimeout(callback, 50);
}
