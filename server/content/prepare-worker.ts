import { parentPort, workerData } from 'node:worker_threads';
import type { ContentProblem } from './content-problem.ts';
import { type PreparedArticle, prepareArticle } from './prepare-article.ts';

// One share of a large import, prepared on another core.
type Job = { contentDir: string; files: string[]; forums: string[]; topics: string[] };

const { contentDir, files, forums, topics } = workerData as Job;
const known = { forums: new Set(forums), topics: new Set(topics) };
const problems: ContentProblem[] = [];
const articles: (PreparedArticle | undefined)[] = [];
for (const file of files) articles.push(await prepareArticle(contentDir, file, known, problems));
parentPort!.postMessage({ articles, problems });
