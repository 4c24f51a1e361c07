// Makes text safe for XML 1.0: removes the code points XML cannot carry at all (escaping is the writer's job).

// XML 1.0 allows tab, newline, carriage return, and U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const NOT_XML_CHARS = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;

/** Removes control characters, lone surrogates, U+FFFE and U+FFFF, which no XML file may contain. */
export function toXmlText(text: string): string {
  return text.replace(NOT_XML_CHARS, "");
}

/** Whether the text is already safe for XML 1.0 (no code point `toXmlText` would remove). */
export function isXmlText(text: string): boolean {
  return !NOT_XML_CHAR.test(text);
}
