import { type Document, type YAMLError, isMap, isScalar } from 'yaml';

export type YamlProblem = { field?: string; message: string };

// The mistakes editors make most, in their words rather than the parser's.
function plainWords(error: YAMLError, parserWords: string): string {
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY') return 'a value that holds ": " must be put in quotes';
  if (error.code === 'DUPLICATE_KEY') return 'the field is given twice';
  if (error.code === 'TAB_AS_INDENT') return 'indent with spaces, not tabs';
  if (error.code === 'MISSING_CHAR' && /quote/.test(parserWords)) return 'the closing quote is missing';
  const closing = /end with a ([\]}])/.exec(parserWords);
  if (closing) return `the closing ${closing[1]} is missing`;
  return parserWords.charAt(0).toLowerCase() + parserWords.slice(1);
}

/**
 * The parser notices an unclosed quote or bracket only where it gives up,
 * on a later line (often the next field's): the mistake is in the field
 * before that point, on its first line.
 */
const noticedLate = (error: YAMLError, parserWords: string) =>
  (error.code === 'MISSING_CHAR' && /quote/.test(parserWords)) || /end with a [\]}]/.test(parserWords);

/**
 * Every syntax error in the front matter, each with the field it is in and
 * one line number counted in the whole file (`lineOf` gives the file line of
 * an offset in the front matter), and the fields they leave unreadable.
 */
export function describeYamlErrors(document: Document, lineOf: (offset: number) => number) {
  const keys = isMap(document.contents)
    ? document.contents.items.flatMap(({ key }) =>
        isScalar(key) && key.range ? [{ name: String(key.value), start: key.range[0] }] : [],
      )
    : [];

  const problems: YamlProblem[] = [];
  const brokenFields = new Set<string>();
  const seen = new Set<string>();
  for (const error of document.errors) {
    const parserWords = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const at = error.pos[0];
    const before = keys.filter((key) => key.start < at).at(-1);
    const onSameLine = keys.find((key) => lineOf(key.start) === lineOf(at));
    const key = noticedLate(error, parserWords) ? before : (onSameLine ?? before);
    const line = noticedLate(error, parserWords) && key ? lineOf(key.start) : lineOf(at);
    if (key) brokenFields.add(key.name);
    const message = `invalid YAML on line ${line}: ${plainWords(error, parserWords)}`;
    // One parser mistake can be reported twice at the same place.
    if (seen.has(`${key?.name}:${line}`)) continue;
    seen.add(`${key?.name}:${line}`);
    problems.push({ field: key?.name, message });
  }
  return { problems, brokenFields };
}
