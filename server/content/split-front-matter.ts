import { LineCounter, parseDocument } from 'yaml';
import { type YamlProblem, describeYamlErrors } from './yaml-problems.ts';

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
  const { problems, brokenFields } = describeYamlErrors(document, lineCounter, FRONT_MATTER_FIRST_LINE);
  let data: unknown;
  try {
    data = document.toJS();
  } catch (error) {
    // Too many aliases, say: nothing in it can be read.
    if (problems.length === 0) problems.push({ message: `invalid YAML: ${(error as Error).message}` });
  }
  return {
    ok: true,
    data,
    body: text.slice(match[0].length),
    // The line after the closing ---: one more than the line breaks up to it.
    bodyStartLine: match[0].split('\n').length,
    yamlProblems: problems,
    brokenFields,
  };
}
