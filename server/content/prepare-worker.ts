import { parentPort, workerData } from 'node:worker_threads';
import type { ContentProblem } from './content-problem.ts';
import { createImageProcessor } from './image-processor.ts';
import { type PreparedFile, prepareArticle } from './prepare-article.ts';

// One share of a large import, prepared on another core.
type Job = {
  contentDir: string;
  files: string[];
  forums: string[];
  topics: string[];
  /** For each file, its last committed change (see last-changes.ts), if any. */
  lastChangedAt: (string | undefined)[];
  /** The database being replaced, whose processed images are reused. */
  previousDatabase?: string;
};

const { contentDir, files, forums, topics, lastChangedAt, previousDatabase } = workerData as Job;
const known = { forums: new Set(forums), topics: new Set(topics) };
const problems: ContentProblem[] = [];
const articles: PreparedFile[] = [];
const images = createImageProcessor(previousDatabase);
for (const [index, file] of files.entries()) {
  articles.push(await prepareArticle(contentDir, file, known, problems, lastChangedAt[index], images));
}
images.close();
parentPort!.postMessage({ articles, problems, images: images.counts });
