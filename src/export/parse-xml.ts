// XML text → DOM Document, with the browser's DOMParser when there is one and @xmldom/xmldom otherwise.
// Throws an error naming the first problem and where it is, instead of returning a half-parsed document;
// entity declarations and undeclared entities are refused before either parser sees the text.
import { DOMImplementation, DOMParser as XmldomParser } from "@xmldom/xmldom";

/** A parsed document and the DOMParser/Document pair that made it (graphology-gexf needs both). */
export interface ParsedXml {
  document: Document;
  DOMParser: unknown;
  Document: unknown;
}

function parseInBrowser(text: string): ParsedXml {
  const document = new globalThis.DOMParser().parseFromString(text, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) {
    const detail = (error.textContent ?? "").replace(/\s+/g, " ").trim();
    throw new Error(`entity-graph/export: not well-formed XML: ${detail || "the browser could not parse it"}`);
  }
  return { document, DOMParser: globalThis.DOMParser, Document: globalThis.Document };
}

function parseWithXmldom(text: string): ParsedXml {
  const problems: string[] = [];
  const parser = new XmldomParser({
    locator: {},
    errorHandler: (level: string, message: unknown) => {
      // xmldom reports "[xmldom error]\tmessage\n@#[line:1,col:7]": keep the message and its position.
      const text = String(message);
      const where = /@#\[line:(\d+),col:(\d+)\]/.exec(text);
      const what = text.replace(/^\[xmldom \w+\]\s*/, "").replace(/\s*@#\[.*$/s, "");
      problems.push(`${what}${where ? ` (line ${where[1]}, column ${where[2]})` : ""} [${level}]`);
    },
  });
  let document: Document | undefined;
  try {
    document = parser.parseFromString(text, "application/xml");
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  if (problems.length > 0 || !document?.documentElement) {
    throw new Error(`entity-graph/export: not well-formed XML: ${problems[0] ?? "no root element"}`);
  }
  const DocumentClass = new DOMImplementation().createDocument(null, "t", null).constructor;
  return { document, DOMParser: XmldomParser, Document: DocumentClass };
}

/** The entities XML defines itself; any other reference names an entity a DTD would have to declare. */
const PREDEFINED_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);

/** "line 3, column 20" of an offset into the text. */
function position(text: string, offset: number): string {
  const before = text.slice(0, offset).split("\n");
  return `line ${before.length}, column ${before.at(-1)!.length + 1}`;
}

/**
 * Refuses entity declarations and references to entities other than XML's own five: neither parser
 * expands them (no entity bomb, no external file), and a browser would leave "&lol8;" in a label without
 * a word, so the file is refused, saying where.
 */
function refuseEntities(text: string): void {
  const declaration = /<!ENTITY\s+%?\s*([^\s>]+)/.exec(text);
  if (declaration) {
    throw new Error(`entity-graph/export: the file declares the XML entity "${declaration[1]}" (${position(text, declaration.index)}); entities are never expanded (an entity bomb or an external file would be), so the file is refused`);
  }
  for (const match of text.matchAll(/&([A-Za-z_:][\w.:-]*);/g)) {
    if (PREDEFINED_ENTITIES.has(match[1]!)) continue;
    throw new Error(`entity-graph/export: not well-formed XML: undeclared entity &${match[1]}; (${position(text, match.index)}); only &amp; &lt; &gt; &quot; &apos; and character references such as &#233; are read`);
  }
}

/** Parses XML text; throws `entity-graph/export: not well-formed XML: …` when it is not, or when it uses entities (see `refuseEntities`). */
export function parseXml(text: string): ParsedXml {
  refuseEntities(text);
  return typeof globalThis.DOMParser === "function" ? parseInBrowser(text) : parseWithXmldom(text);
}
