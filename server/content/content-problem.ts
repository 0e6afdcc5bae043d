/** One thing wrong with the content, reported to the editor who can fix it. */
export type ContentProblem = { file: string; field?: string; message: string };

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}${problem.field ? ` › ${problem.field}` : ''}: ${problem.message}`;
}
