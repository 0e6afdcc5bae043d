import { readConfigOrExit } from '../startup-failure.ts';
import { formatProblem } from './content-problem.ts';
import { heldArticlesReport } from './held-articles-report.ts';
import { importContent } from './import-content.ts';

const config = readConfigOrExit();
const started = performance.now();
const skipCards = process.argv.includes('--skip-cards');
const result = await importContent(config.contentDir, config.databaseFile, {
  skipCards,
  previewSecret: config.previewSecret,
});

if (result.warnings.length > 0) {
  console.warn(`${result.warnings.length} warning(s); they do not stop the import:`);
  for (const warning of result.warnings) console.warn(`  ${formatProblem(warning)}`);
}
if (!result.ok) {
  console.error(`Content has ${result.problems.length} problem(s); the database was not changed:`);
  for (const problem of result.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const seconds = ((performance.now() - started) / 1000).toFixed(2);
console.log(
  `Imported ${result.articleCount} articles, ${result.forumCount} forums and ${result.topicCount} topics ` +
    `from ${config.contentDir} into ${config.databaseFile} in ${seconds} s ` +
    (skipCards ? '(preview cards skipped)' : `(${result.cardsRendered} preview cards drawn, the rest reused)`),
);
console.log(`Images: ${result.images.encoded} encoded, ${result.images.reused} reused from the previous import.`);
for (const line of heldArticlesReport(result.held, config.publicUrl)) console.log(line);
