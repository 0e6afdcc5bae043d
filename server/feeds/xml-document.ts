import { xmlText } from '../lib/xml-text.ts';

/**
 * An XML element with text or child elements. Names are the code's own; text
 * and attribute values are escaped on writing, so no content can end an
 * element early (which CDATA sections cannot promise).
 */
export type XmlElement = {
  name: string;
  attributes?: Record<string, string>;
  text?: string;
  children?: XmlElement[];
};

const INDENT = '    ';

const openingTag = ({ name, attributes = {} }: XmlElement) =>
  `<${name}${Object.entries(attributes)
    .map(([attribute, value]) => ` ${attribute}="${xmlText(value)}"`)
    .join('')}`;

function writeElement(element: XmlElement, depth: number, lines: string[]): void {
  const indent = INDENT.repeat(depth);
  const { name, text, children = [] } = element;
  if (children.length > 0) {
    lines.push(`${indent}${openingTag(element)}>`);
    for (const child of children) writeElement(child, depth + 1, lines);
    lines.push(`${indent}</${name}>`);
  } else if (text !== undefined) {
    lines.push(`${indent}${openingTag(element)}>${xmlText(text)}</${name}>`);
  } else {
    lines.push(`${indent}${openingTag(element)}/>`);
  }
}

/** A UTF-8 XML document, one element a line (text keeps its own line breaks). */
export function writeXmlDocument(root: XmlElement): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>'];
  writeElement(root, 0, lines);
  return lines.join('\n');
}
