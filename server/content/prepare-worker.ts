import { parentPort, workerData } from 'node:worker_threads';
import type { ContentProblem } from './content-problem.ts';
import { type PreparedFile, prepareArticle } from './prepare-article.ts';

// One share of a large import, prepared on another core.
type Job = {
  contentDir: string;
  files: string[];
  forums: string[];
  topics: string[];
  /** For each file, its last committed change (see last-changes.ts), if any. */
  lastChangedAt: (string | undefined)[];
};

const { contentDir, files, forums, topics, lastChangedAt } = workerData as Job;
const known = { forums: new Set(forums), topics: new Set(topics) };
const problems: ContentProblem[] = [];
const articles: PreparedFile[] = [];
for (const [index, file] of files.entries()) {
  articles.push(await prepareArticle(contentDir, file, known, problems, lastChangedAt[index]));
}
parentPort!.postMessage({ articles, problems });
