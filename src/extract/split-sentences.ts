// Text → sentences with character offsets, each a list of word tokens tagged by compromise.
// Pure: runs in Node and the browser.
import { nlp } from "./nlp.ts";

/** A word as the mention finder sees it: hyphenated parts joined ("al-Assad"), with compromise's tags. */
export interface Token {
  /** The word as written, possessive included ("Putin’s"). */
  text: string;
  /** Offsets into the text given to `splitSentences`. */
  start: number;
  end: number;
  /** Punctuation before and after the word (quotes, brackets, commas...). */
  pre: string;
  post: string;
  /** compromise's tags of the word's parts, merged. */
  tags: ReadonlySet<string>;
  /** The hyphen-separated parts ("Gaza-based" → "Gaza", "based") with their own offsets. */
  parts: readonly { text: string; start: number; end: number; tags: ReadonlySet<string> }[];
}

/** One sentence: its offsets into the text and its tokens. */
export interface TokenizedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** The largest piece of text given to compromise at once; longer texts are cut at line breaks. */
const CHUNK_CHARS = 20_000;

/** Splits text into chunks of whole lines (a longer line is cut between sentences), with their offsets. */
function* chunks(text: string): Generator<{ offset: number; text: string }> {
  let offset = 0;
  while (offset < text.length) {
    let end = Math.min(text.length, offset + CHUNK_CHARS);
    if (end < text.length) {
      // Cut at a line break, else after a sentence's full stop, else at a space: never inside a name.
      const lineBreak = text.lastIndexOf("\n", end);
      const window = text.slice(offset, end);
      const stop = Math.max(window.lastIndexOf(". "), window.lastIndexOf("? "), window.lastIndexOf("! "));
      const space = text.lastIndexOf(" ", end);
      if (lineBreak > offset) end = lineBreak + 1;
      else if (stop > 0) end = offset + stop + 2;
      else if (space > offset) end = space + 1;
    }
    yield { offset, text: text.slice(offset, end) };
    offset = end;
  }
}

/**
 * The most words compromise is given as one sentence. Its tagging costs more than linearly in a sentence's
 * length: a 50 MB line without full stops ran at 30 s per MB, six times slower than prose. Real sentences
 * stay far below (a long one in the UN speeches is about 120 words); a longer run is cut, as a line break
 * would cut it, at a safe boundary near this length (see `capRuns`), so the cost stays linear.
 */
export const MAX_SENTENCE_WORDS = 300;

/** A word that ends a sentence for compromise: a full stop, question or exclamation mark, then closers. */
const SENTENCE_END = /[.!?]["'”’)\]]*$/;
/** A word after which a cut is safe: a comma, semicolon, colon or closing bracket ends it. */
const CLAUSE_END = /[,;:)\]]["'”’]*$/;
/** A word that cannot be inside a name: it starts with a lower-case letter or a digit. */
const PLAIN_WORD = /^["'“‘(]*[\p{Ll}\d]/u;

/**
 * Cuts a chunk wherever a run of words with no sentence end passes MAX_SENTENCE_WORDS, so that each piece
 * goes to compromise alone. The cut goes, in the run's second half, after the last clause end (a comma…),
 * else between the last two plain words (never inside "Vladimir Putin"); with neither, before the word
 * that passes the limit. A chunk of ordinary sentences comes back whole, as it was.
 */
function* capRuns(chunk: { offset: number; text: string }): Generator<{ offset: number; text: string }> {
  const { text } = chunk;
  const word = /\S+/g;
  let pieceStart = 0;
  let runWords = 0;
  // The last safe cuts in the current run, after a clause end and between plain words: offset and words before.
  let clause = { at: -1, words: 0 };
  let plain = { at: -1, words: 0 };
  let previous = "";
  let previousEnd = 0;
  for (let match = word.exec(text); match !== null; match = word.exec(text)) {
    const start = match.index;
    const current = match[0];
    if (SENTENCE_END.test(previous) || text.slice(previousEnd, start).includes("\n")) {
      runWords = 0;
      clause = plain = { at: -1, words: 0 };
    } else if (runWords > 0 && CLAUSE_END.test(previous)) {
      clause = { at: start, words: runWords };
    } else if (runWords > 0 && PLAIN_WORD.test(previous) && PLAIN_WORD.test(current)) {
      plain = { at: start, words: runWords };
    }
    if (runWords >= MAX_SENTENCE_WORDS) {
      const late = (cut: { at: number; words: number }) => cut.at > pieceStart && cut.words >= MAX_SENTENCE_WORDS / 2;
      const safe = late(clause) ? clause : late(plain) ? plain : { at: start, words: runWords };
      yield { offset: chunk.offset + pieceStart, text: text.slice(pieceStart, safe.at) };
      pieceStart = safe.at;
      runWords -= safe.words;
      clause = plain = { at: -1, words: 0 };
    }
    runWords++;
    previous = current;
    previousEnd = start + current.length;
  }
  if (pieceStart === 0) yield chunk;
  else if (pieceStart < text.length) yield { offset: chunk.offset + pieceStart, text: text.slice(pieceStart) };
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * Splits text into sentences of word tokens. Every line break ends a sentence, so headlines and
 * captions without a full stop stay apart from the text around them; so does every MAX_SENTENCE_WORDS
 * words of a run without a sentence end. `onProgress` is told, after each piece, how many characters of
 * the text are done.
 * @example splitSentences("Putin called Rouhani. They spoke.").length // 2
 */
export function splitSentences(text: string, onProgress?: (done: number, total: number) => void): TokenizedSentence[] {
  const sentences: TokenizedSentence[] = [];
  for (const chunk of chunks(text)) {
    for (const piece of capRuns(chunk)) {
      const doc = nlp(piece.text);
      doc.compute("offset");
      // compromise's document is its own term arrays; the typed API does not expose offsets per term.
      const terms = doc.document as unknown as CompromiseTerm[][];
      for (const sentenceTerms of terms) {
        const tokens = joinHyphenated(sentenceTerms, piece.offset);
        const first = tokens[0];
        const last = tokens[tokens.length - 1];
        if (!first || !last) continue;
        const start = first.start - first.pre.length;
        const end = last.end + last.post.trimEnd().length;
        sentences.push({ start, end, tokens });
      }
      onProgress?.(piece.offset + piece.text.length, text.length);
    }
  }
  return sentences;
}

function joinHyphenated(terms: CompromiseTerm[], base: number): Token[] {
  const tokens: Token[] = [];
  let current: Token | null = null;
  let glued = false;
  for (const term of terms) {
    // Contractions ("We’ve") expand into an extra term with no text of its own.
    if (term.text === "") continue;
    const start = base + term.offset.start;
    const part = { text: term.text, start, end: start + term.offset.length, tags: term.tags };
    if (current !== null && glued) {
      const previous: Token = current;
      current = {
        text: previous.text + previous.post + term.text,
        start: previous.start,
        end: part.end,
        pre: previous.pre,
        post: term.post,
        tags: new Set([...previous.tags, ...term.tags]),
        parts: [...previous.parts, part],
      };
      tokens[tokens.length - 1] = current;
    } else {
      current = { text: term.text, start, end: part.end, pre: term.pre.trim(), post: term.post, tags: term.tags, parts: [part] };
      tokens.push(current);
    }
    // A hyphen or slash with no space around it glues two words into one ("al-Assad", "Russian-Turkish").
    glued = /^[-‐‑/]$/.test(term.post) && term.text.length > 0;
  }
  return tokens;
}
