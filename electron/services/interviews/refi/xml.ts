/**
 * A small XML writer for the REFI-QDA files: elements built as data, then printed with every
 * attribute and text escaped in one place, so no name or memo can break the document.
 */

// XML 1.0 allows only these characters (the Char production): tab, line feed, carriage return and
// U+0020 up, less the surrogates and U+FFFE/U+FFFF. A control character pasted from a Word file
// would otherwise make the whole file unreadable in NVivo or QualCoder, so it is dropped.
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function xmlChars(value: string): string {
  return value.replace(notXmlChar, '');
}

export function escapeText(value: string): string {
  // A bare CR would be read back as a line feed (end-of-line handling), so it is kept as a reference.
  return xmlChars(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

export function escapeAttribute(value: string): string {
  // Tabs and line breaks in an attribute become spaces when read back (attribute-value
  // normalisation) unless written as references.
  return escapeText(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export interface XmlElement {
  name: string;
  /** Attributes in the order written; undefined ones are left out. */
  attributes: [string, string | undefined][];
  /** Child elements, or the element's text. */
  content: XmlElement[] | string;
}

export function element(name: string, attributes: [string, string | undefined][] = [], content: XmlElement[] | string = []): XmlElement {
  return { name, attributes, content };
}

export function xmlDocument(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${print(root, '')}\n`;
}

function print(node: XmlElement, indent: string): string {
  const attributes = node.attributes
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const open = `${indent}<${node.name}${attributes}`;
  // Text stays on the element's line: indentation inside it would become part of a description.
  if (typeof node.content === 'string') return `${open}>${escapeText(node.content)}</${node.name}>`;
  if (node.content.length === 0) return `${open}/>`;
  const children = node.content.map((child) => print(child, `${indent}  `)).join('\n');
  return `${open}>\n${children}\n${indent}</${node.name}>`;
}
