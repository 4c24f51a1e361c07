// XML text → DOM Document, with the browser's DOMParser when there is one and @xmldom/xmldom otherwise.
// Throws an error naming the first problem and where it is, instead of returning a half-parsed document.
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

/** Parses XML text; throws `entity-graph/export: not well-formed XML: …` when it is not. */
export function parseXml(text: string): ParsedXml {
  return typeof globalThis.DOMParser === "function" ? parseInBrowser(text) : parseWithXmldom(text);
}
