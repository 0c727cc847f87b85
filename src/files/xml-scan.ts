// A small XML scanner for the parts of an .xlsx package, written by hand because the reader must run
// in Node and in the browser alike (Node has no DOMParser) and because a full parser costs more than
// reading the few elements a grid needs. It reports start tags with their attributes, text and end
// tags; entities and character references are decoded, line ends normalised as XML requires.
// Anything that is not well-formed enough to read safely throws, and the caller calls the part damaged.

export type Attributes = Record<string, string>;

export interface XmlHandler {
  open(name: string, attributes: Attributes, selfClosing: boolean): void;
  text?(text: string): void;
  close?(name: string): void;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function reference(ref: string): string {
  const named = NAMED[ref];
  if (named !== undefined) return named;
  const code = /^#x[0-9a-fA-F]+$/.test(ref)
    ? parseInt(ref.slice(2), 16)
    : /^#[0-9]+$/.test(ref)
      ? parseInt(ref.slice(1), 10)
      : NaN;
  if (!(code > 0 && code <= 0x10ffff)) throw new Error(`unknown XML reference &${ref};`);
  return String.fromCodePoint(code);
}

/** Text content: CR LF and lone CR become LF, references are decoded. */
export function decodeText(raw: string): string {
  let text = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (text.includes("&")) text = text.replace(/&([^;&<]*);?/g, decodeMatch);
  return text;
}

function decodeMatch(match: string, ref: string): string {
  if (!match.endsWith(";")) throw new Error("unterminated XML reference");
  return reference(ref);
}

/** An attribute value: literal white space becomes a space (XML's normalisation), then references are decoded. */
function decodeAttribute(raw: string): string {
  const value = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, " ") : raw;
  return value.includes("&") ? value.replace(/&([^;&<]*);?/g, decodeMatch) : value;
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(source: string): Attributes {
  const result: Attributes = {};
  if (!source.includes("=")) return result;
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(source); m; m = ATTRIBUTE.exec(source))
    result[m[1]] = decodeAttribute(m[2] ?? m[3]);
  return result;
}

/** Scans the whole document, calling the handler in document order. */
export function scanXml(xml: string, handler: XmlHandler): void {
  let pos = 0;
  const length = xml.length;
  while (pos < length) {
    const lt = xml.indexOf("<", pos);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > pos && handler.text) handler.text(decodeText(xml.slice(pos, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      pos = after(xml, "?>", lt);
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) pos = after(xml, "-->", lt);
      else if (xml.startsWith("<![CDATA[", lt)) {
        const end = xml.indexOf("]]>", lt);
        if (end < 0) throw new Error("unterminated CDATA");
        handler.text?.(xml.slice(lt + 9, end));
        pos = end + 3;
      } else pos = after(xml, ">", lt);
    } else if (next === 0x2f /* / */) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw new Error("unterminated end tag");
      handler.close?.(xml.slice(lt + 2, gt).trim());
      pos = gt + 1;
    } else {
      const gt = tagEnd(xml, lt);
      const selfClosing = xml.charCodeAt(gt - 1) === 0x2f;
      const inner = xml.slice(lt + 1, selfClosing ? gt - 1 : gt);
      const space = inner.search(/\s/);
      const name = space < 0 ? inner : inner.slice(0, space);
      if (name === "") throw new Error("empty tag name");
      handler.open(name, space < 0 ? {} : attributes(inner.slice(space)), selfClosing);
      if (selfClosing) handler.close?.(name);
      pos = gt + 1;
    }
  }
}

function after(xml: string, terminator: string, from: number): number {
  const end = xml.indexOf(terminator, from);
  if (end < 0) throw new Error(`unterminated XML construct (${terminator})`);
  return end + terminator.length;
}

/** The '>' that ends a start tag, skipping any '>' inside quoted attribute values. */
function tagEnd(xml: string, lt: number): number {
  let quote = 0;
  for (let i = lt + 1; i < xml.length; i++) {
    const ch = xml.charCodeAt(i);
    if (quote) {
      if (ch === quote) quote = 0;
    } else if (ch === 0x22 || ch === 0x27) quote = ch;
    else if (ch === 0x3e) return i;
  }
  throw new Error("unterminated start tag");
}
