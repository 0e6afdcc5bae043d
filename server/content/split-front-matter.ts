import { parseDocument } from 'yaml';

export type SplitResult =
  | { ok: true; data: unknown; body: string }
  | { ok: false; message: string };

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Separates the YAML front matter from the Markdown body of an article file. */
export function splitFrontMatter(source: string): SplitResult {
  const match = FENCE.exec(source.replace(/^\uFEFF/, ''));
  if (!match) return { ok: false, message: 'the file must start with front matter between two --- lines' };
  const document = parseDocument(match[1]);
  if (document.errors.length > 0) {
    const first = document.errors[0];
    const line = first.linePos?.[0].line;
    return {
      ok: false,
      message: `invalid YAML${line ? ` on line ${line + 1}` : ''}: ${first.message.split('\n')[0]}`,
    };
  }
  return { ok: true, data: document.toJS(), body: source.slice(match[0].length) };
}
