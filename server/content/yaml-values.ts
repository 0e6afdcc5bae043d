import { type Document, isMap, isNode, isScalar } from 'yaml';
import type { YamlProblem } from './yaml-problems.ts';

// The parser refuses to expand aliases that would repeat a value too many
// times (a "billion laughs" file, which would fill the memory), by throwing.
function unreadableMessage(error: unknown, line: number | undefined): string {
  const where = line === undefined ? '' : ` on line ${line}`;
  const words = (error as Error).message;
  return /alias/i.test(words)
    ? `invalid YAML${where}: its aliases (*name) repeat values too many times: write the values out instead`
    : `invalid YAML${where}: ${words}`;
}

export type YamlValues = { data: unknown; problems: YamlProblem[]; unreadable: Set<string> };

/**
 * The values of a parsed YAML document. When some cannot be read, the fields
 * they are in (`lineOf` gives the line of an offset) are problems, and the
 * others are still read, so their own mistakes are reported in the same run.
 */
export function readYamlValues(document: Document, lineOf: (offset: number) => number): YamlValues {
  const problems: YamlProblem[] = [];
  const unreadable = new Set<string>();
  try {
    return { data: document.toJS(), problems, unreadable };
  } catch (error) {
    if (!isMap(document.contents)) {
      problems.push({ message: unreadableMessage(error, undefined) });
      return { data: undefined, problems, unreadable };
    }
  }
  const data: Record<string, unknown> = {};
  for (const { key, value } of document.contents.items) {
    const field = String(isScalar(key) ? key.value : key);
    try {
      data[field] = isNode(value) ? value.toJS(document) : value;
    } catch (error) {
      unreadable.add(field);
      const start = isNode(key) ? key.range?.[0] : undefined;
      problems.push({ field, message: unreadableMessage(error, start === undefined ? undefined : lineOf(start)) });
    }
  }
  return { data, problems, unreadable };
}
