// CoNLL-style token-per-line annotation (CoNLL, IOB1 or IOB2, UNER's `.iob2` with `# text =` lines) → gold
// documents of plain text with character spans. Pure: the caller reads the file.
import type { GoldClass, GoldDocument, GoldSpan } from "./gold-document.ts";

/** How one corpus writes its columns, documents and entity types. */
export interface ConllFormat {
  /** Column of the token and of its label; columns are split at tabs, else at spaces. */
  tokenColumn: number;
  labelColumn: number;
  /** A line that starts a new document ("-DOCSTART-", "# newdoc id = ..."); without it every sentence is one. */
  documentStart?: RegExp;
  /** The corpus's entity types (without B-/I-) to our classes; a type not listed is no entity for us. */
  classes: Readonly<Record<string, GoldClass>>;
}

interface ConllSentence {
  tokens: string[];
  /** Entity types per token, null outside an entity, and whether the token begins one. */
  labels: ({ type: string; begins: boolean } | null)[];
  /** The sentence as written, when the file gives it (`# text = ...`). */
  text: string | null;
}

/** Tokens after which no space is written when a sentence is rebuilt from its tokens. */
const NO_SPACE_AFTER = /^[([{«“‘$]$/;
/** Tokens written against the word before them. */
const NO_SPACE_BEFORE = /^(?:[.,!?;:%)\]}»”’…]+|'s|'S|’s|n't|n’t|'re|'ve|'ll|'d|'m|'S)$/;

/**
 * Rebuilds a sentence's text from its tokens, with the character offsets of each token in it.
 * @example joinTokens(["Putin", "'s", "visit", "."]).text // "Putin's visit."
 */
export function joinTokens(tokens: readonly string[]): { text: string; offsets: [number, number][] } {
  let text = "";
  const offsets: [number, number][] = [];
  let openQuote = false;
  let glueNext = true;
  for (const token of tokens) {
    const isQuote = token === '"';
    const glue = glueNext || NO_SPACE_BEFORE.test(token) || (isQuote && openQuote);
    if (!glue) text += " ";
    offsets.push([text.length, text.length + token.length]);
    text += token;
    glueNext = NO_SPACE_AFTER.test(token) || (isQuote && !openQuote);
    if (isQuote) openQuote = !openQuote;
  }
  return { text, offsets };
}

/** Each token's offsets in the sentence's own text, or null when the tokens do not spell it in order. */
function alignTokens(text: string, tokens: readonly string[]): [number, number][] | null {
  const offsets: [number, number][] = [];
  let at = 0;
  for (const token of tokens) {
    const found = text.indexOf(token, at);
    // A token may only skip spaces: anything else means the text and the tokens disagree.
    if (found < 0 || text.slice(at, found).trim() !== "") return null;
    offsets.push([found, found + token.length]);
    at = found + token.length;
  }
  return offsets;
}

function parseLabel(raw: string): { type: string; begins: boolean } | null {
  const match = /^([BIES])-(.+)$/.exec(raw);
  if (!match) return null;
  return { type: match[2] as string, begins: match[1] === "B" || match[1] === "S" };
}

function sentenceSpans(sentence: ConllSentence, offsets: readonly [number, number][], base: number, classes: ConllFormat["classes"]): GoldSpan[] {
  const spans: GoldSpan[] = [];
  let open: { type: string; start: number; end: number } | null = null;
  const close = () => {
    const type = open ? classes[open.type] : undefined;
    if (open && type) spans.push({ start: base + open.start, end: base + open.end, type });
    open = null;
  };
  sentence.labels.forEach((label, i) => {
    const [start, end] = offsets[i] as [number, number];
    // IOB1 begins an entity with I- unless the token before has the same type; IOB2 always with B-.
    if (label === null || label.begins || open?.type !== label.type) close();
    if (label === null) return;
    if (open) open.end = end;
    else open = { type: label.type, start, end };
  });
  close();
  return spans;
}

/**
 * Reads a CoNLL-style file into documents, one sentence per line of each document's text.
 * @example readConll(fileText, { tokenColumn: 0, labelColumn: 1, classes: { PER: "PER" } }, "wikigold")
 */
export function readConll(content: string, format: ConllFormat, name: string): GoldDocument[] {
  const documents: ConllSentence[][] = [];
  let current: ConllSentence[] = [];
  let sentence: ConllSentence = { tokens: [], labels: [], text: null };
  const endSentence = () => {
    if (sentence.tokens.length > 0) current.push(sentence);
    sentence = { tokens: [], labels: [], text: null };
    if (!format.documentStart && current.length > 0) endDocument();
  };
  const endDocument = () => {
    if (current.length > 0) documents.push(current);
    current = [];
  };
  for (const raw of content.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (format.documentStart?.test(line)) {
      endSentence();
      endDocument();
      continue;
    }
    if (line.startsWith("# text = ")) {
      sentence.text = line.slice("# text = ".length);
      continue;
    }
    if (line.startsWith("#") && !line.includes("\t")) continue;
    if (line.trim() === "") {
      endSentence();
      continue;
    }
    const columns = line.includes("\t") ? line.split("\t") : line.split(/\s+/);
    const token = columns[format.tokenColumn];
    if (token === undefined || token === "") continue;
    sentence.tokens.push(token);
    sentence.labels.push(parseLabel(columns[format.labelColumn] ?? "O"));
  }
  endSentence();
  endDocument();

  return documents.map((sentences, index) => {
    let text = "";
    const spans: GoldSpan[] = [];
    for (const s of sentences) {
      const given = s.text === null ? null : alignTokens(s.text, s.tokens);
      const { text: line, offsets } = given && s.text !== null ? { text: s.text, offsets: given } : joinTokens(s.tokens);
      spans.push(...sentenceSpans(s, offsets, text.length, format.classes));
      text += `${line}\n`;
    }
    return { id: `${name}#${index + 1}`, text, spans };
  });
}
