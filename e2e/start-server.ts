import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { XSS_VECTORS } from './xss-vectors.ts';
import { E2E_PREVIEW_SECRET, writeUnpublishedContent } from './unpublished-content.ts';

// Starts the production server for the browser tests: the built app and the
// compiled server (`npm run build`), the shipped content plus generated
// articles (so lists have many pages), and a database of its own in a
// temporary folder, on 127.0.0.1.

const root = path.resolve(import.meta.dirname, '..');
const compiled = (name: string) => path.join(root, 'dist-server', name);
if (!existsSync(compiled('main.js'))) {
  console.error('The server is not built: run "npm run build" first.');
  process.exit(1);
}
const work = mkdtempSync(path.join(tmpdir(), 'wiotc-e2e-'));
const contentDir = path.join(work, 'content');
cpSync(path.join(root, 'content'), contentDir, { recursive: true });

const env = {
  ...process.env,
  CONTENT_DIR: contentDir,
  DATABASE_FILE: path.join(work, 'news.db'),
  HOST: '127.0.0.1',
  PREVIEW_SECRET: E2E_PREVIEW_SECRET,
};
const run = (args: string[]) => {
  const result = spawnSync(process.execPath, args, { env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
// 40 articles in one forum and topic, so its filtered list has a page 2.
// `--sample-only` leaves them out (for screenshots of the real sample content).
if (!process.argv.includes('--sample-only'))
  run([
    '--import',
    'tsx',
    path.join(root, 'scripts/generate-content.ts'),
    '--count',
    '40',
    '--out',
    contentDir,
    '--forum',
    'energy-session',
    '--topic',
    'energy-transition',
  ]);
// A forum, a topic and an article made of script-injection attempts (e2e/xss.spec.ts).
if (!process.argv.includes('--sample-only')) writeHostileContent(contentDir);
// A draft and a scheduled story, seen only at their preview addresses (e2e/editors.spec.ts).
if (!process.argv.includes('--sample-only')) writeUnpublishedContent(contentDir);
run([compiled('build-cli.js')]);

// The server runs as production runs it; stopping this process stops it.
const server = spawn(process.execPath, [compiled('main.js')], { env, stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => server.kill(signal));
server.once('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

/** The vectors as descriptions of at most 300 characters (the import's limit), as many as it takes. */
function vectorDescriptions(): string[] {
  const descriptions = [''];
  for (const vector of XSS_VECTORS) {
    const last = descriptions.length - 1;
    if (`${descriptions[last]} ${vector}`.trim().length > 300) descriptions.push(vector);
    else descriptions[last] = `${descriptions[last]} ${vector}`.trim();
  }
  if (descriptions.length > 4) throw new Error('the XSS vectors no longer fit the hostile forum and topic');
  return descriptions;
}

function writeHostileContent(dir: string) {
  // Every vector is in a description of the hostile forum or topic, in one language or the other.
  const [forumEn, forumZh = '', topicEn = '', topicZh = ''] = vectorDescriptions();
  const entry = (slug: string, name: string, description: string, zhDescription: string) =>
    stringify({ [slug]: { name, description, zh: { name: `中文 ${name}`, description: zhDescription } } });
  appendFileSync(path.join(dir, 'forums.yaml'), entry('hostile-forum', `Forum ${XSS_VECTORS[3]}`, forumEn, forumZh));
  appendFileSync(path.join(dir, 'topics.yaml'), entry('hostile-topic', `Topic ${XSS_VECTORS[6]}`, topicEn, topicZh));
  const front = stringify({
    title: `Hostile ${XSS_VECTORS[1]}`,
    slug: 'hostile-article',
    published: '2016-11-18T08:00:00+08:00',
    forum: 'hostile-forum',
    topics: ['hostile-topic'],
    summary: `Summary ${XSS_VECTORS[0]} ${XSS_VECTORS[8]}`,
    author: XSS_VECTORS[10],
  });
  const body = ['A paragraph that survives sanitizing.', ...XSS_VECTORS].join('\n\n');
  writeFileSync(path.join(dir, 'articles', 'hostile-article.md'), `---\n${front}---\n\n${body}\n`);
}
