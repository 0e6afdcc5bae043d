import { LineCounter, parseDocument } from 'yaml';
import { type YamlProblem, describeYamlErrors } from './yaml-problems.ts';
import { readYamlValues } from './yaml-values.ts';

export type SplitResult =
  | {
      ok: true;
      data: unknown;
      body: string;
      /** The line of the file the body starts on, for problems found in the body. */
      bodyStartLine: number;
      /** YAML syntax errors; `data` then holds what the parser could still read. */
      yamlProblems: YamlProblem[];
      /** The fields the syntax errors are in, whose values cannot be trusted. */
      brokenFields: Set<string>;
    }
  | { ok: false; message: string };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
// The front matter starts on the line after the opening ---.
const FRONT_MATTER_FIRST_LINE = 2;

/** Separates the YAML front matter from the Markdown body of an article file. */
export function splitFrontMatter(source: string): SplitResult {
  const text = source.replace(/^\uFEFF/, '');
  const match = FENCE.exec(text);
  if (!match) return { ok: false, message: 'the file must start with front matter between two --- lines' };
  const lineCounter = new LineCounter();
  const document = parseDocument(match[1], { lineCounter });
  const lineOf = (offset: number) => lineCounter.linePos(offset).line + FRONT_MATTER_FIRST_LINE - 1;
  const { problems, brokenFields } = describeYamlErrors(document, lineOf);
  const values = readYamlValues(document, lineOf);
  problems.push(...values.problems);
  for (const field of values.unreadable) brokenFields.add(field);
  return {
    ok: true,
    data: values.data,
    body: text.slice(match[0].length),
    // The line after the closing ---: one more than the line breaks up to it.
    bodyStartLine: match[0].split('\n').length,
    yamlProblems: problems,
    brokenFields,
  };
}
