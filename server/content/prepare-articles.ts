import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { restoreBuffers } from './article-media.ts';
import type { ContentProblem } from './content-problem.ts';
import { type ImageCounts, type ImageProcessor, createImageProcessor } from './image-processor.ts';
import { type KnownSlugs, type PreparedFile, prepareArticle } from './prepare-article.ts';
import { workerStarter } from '../lib/worker-starter.ts';

// Below this many files, starting workers costs more than it saves.
const PARALLEL_FROM = 2000;

/**
 * Prepares every article file, in order. Large imports are shared among
 * worker threads, one per core; results and problems come back in file order.
 */
export async function prepareArticles(
  contentDir: string,
  files: string[],
  known: KnownSlugs,
  problems: ContentProblem[],
  lastChanges: Map<string, string> = new Map(),
  images: ImageProcessor = createImageProcessor(),
): Promise<PreparedFile[]> {
  const workers = Math.min(availableParallelism(), 8);
  if (files.length < PARALLEL_FROM || workers < 2) {
    const prepared: PreparedFile[] = [];
    for (const file of files) {
      prepared.push(await prepareArticle(contentDir, file, known, problems, lastChanges.get(file), images));
    }
    return prepared;
  }
  const share = Math.ceil(files.length / workers);
  const results = await Promise.all(
    Array.from({ length: workers }, (_, index) =>
      runWorker(contentDir, files.slice(index * share, (index + 1) * share), known, lastChanges, images.previousDatabase),
    ),
  );
  for (const result of results) {
    problems.push(...result.problems);
    images.counts.encoded += result.images.encoded;
    images.counts.reused += result.images.reused;
  }
  return results.flatMap((result) => result.articles);
}

function runWorker(
  contentDir: string,
  files: string[],
  known: KnownSlugs,
  lastChanges: Map<string, string>,
  previousDatabase: string | undefined,
) {
  return new Promise<{ articles: PreparedFile[]; problems: ContentProblem[]; images: ImageCounts }>((resolve, reject) => {
    const worker = new Worker(workerStarter(import.meta.url, 'prepare-worker'), {
      eval: true,
      workerData: {
        contentDir,
        files,
        forums: [...known.forums],
        topics: [...known.topics],
        lastChangedAt: files.map((file) => lastChanges.get(file)),
        previousDatabase,
      },
    });
    worker.once('message', (result) => {
      for (const { article } of result.articles as PreparedFile[]) {
        if (article) restoreBuffers(article);
      }
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
