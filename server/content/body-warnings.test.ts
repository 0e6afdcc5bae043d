import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { createArticleRepository } from '../db/article-repository.ts';
import { openDatabase } from '../db/open-database.ts';
import { fixtureFileName } from '../test/fixture-site.ts';
import { importAgain } from '../test/import-again.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// Whatever the sanitizer takes out of a body is named in the import's report,
// with the file and the line of the file it was written on; the import goes on.

const site = useFixtureSite({ fresh: true });
const PORTS = fixtureArticles.find((fixture) => fixture.slug === 'ports-track-containers-in-real-time')!;
const file = path.join('articles', fixtureFileName(PORTS));
const fullPath = () => path.join(site.contentDir, file);

const ADDED = [
  'The harbour master explained the system on video:',
  '',
  '<iframe width="560" height="315" src="https://www.youtube.com/embed/M7lc1UVf-VE?si=x" allowfullscreen></iframe>',
  '',
  'A [map](javascript:alert(1)) of the quays and',
  'a <a href="/news/x" onclick="track()">report</a>.',
  '',
  '<script>alert(1)</script>',
  '',
  '<iframe src="https://maps.example.org/quays"></iframe>',
];

/** Adds the lines to the article's body; returns the line of the file each ended up on. */
function addToBody(lines: string[], lineEnd = '\n') {
  const text = `${readFileSync(fullPath(), 'utf8').trimEnd()}\n\n${lines.join('\n')}\n`;
  writeFileSync(fullPath(), text.replace(/\n/g, lineEnd));
  const fileLines = text.split('\n');
  return (fragment: string) => fileLines.findIndex((line) => line.includes(fragment)) + 1;
}

function servedBody() {
  const db = openDatabase(site.databaseFile);
  const body = createArticleRepository(db).getArticle('en', PORTS.slug)?.bodyHtml;
  db.close();
  return body ?? '';
}

describe('markup removed from a body', () => {
  it.each([
    ['\n', 'Unix'],
    ['\r\n', 'Windows'],
  ])('is reported with its line in the file (%j, %s line ends), and the import goes on', async (lineEnd) => {
    const lineOf = addToBody(ADDED, lineEnd);
    const at = `${file} › body: line`;
    expect(await importAgain(site)).toEqual({
      ok: true,
      problems: [],
      warnings: [
        `${at} ${lineOf('youtube.com/embed')}: <iframe> removed — write the video's address on a line of its own instead: https://www.youtube.com/watch?v=M7lc1UVf-VE`,
        `${at} ${lineOf('[map]')}: the link to javascript:alert(1) removed from <a> — addresses must start with https:, http: or mailto:, or be the site's own`,
        `${at} ${lineOf('onclick')}: the onclick attribute removed from <a> — scripts cannot run in an article`,
        `${at} ${lineOf('<script>')}: <script> removed — scripts cannot run in an article`,
        `${at} ${lineOf('maps.example.org')}: <iframe> removed — pages of other sites cannot be embedded; link to the page instead`,
      ],
    });
    const body = servedBody();
    expect(body).toContain('The harbour master explained the system on video:');
    expect(body).not.toMatch(/iframe|script|onclick|javascript:/);
  });

  it('is not reported when nothing is removed: a video written as its address, links and code', async () => {
    addToBody([
      'https://www.youtube.com/watch?v=M7lc1UVf-VE',
      '',
      'See [the port](https://example.org/port), *emphasis* and `<iframe>` in code.',
      '',
      '```html',
      '<iframe src="https://example.org"></iframe>',
      '```',
    ]);
    expect(await importAgain(site)).toEqual({ ok: true, problems: [], warnings: [] });
    expect(servedBody()).toContain('data-video-id="M7lc1UVf-VE"');
  });

  it('reports a video address that names no video, with its line', async () => {
    const lineOf = addToBody(['Intro.', '', 'https://www.youtube.com/watch?v=tooshort']);
    const { warnings } = await importAgain(site);
    expect(warnings).toEqual([
      `${file} › body: line ${lineOf('tooshort')}: "https://www.youtube.com/watch?v=tooshort" does not name one YouTube video, ` +
        'so it is shown as a plain link; write https://www.youtube.com/watch?v=ID or https://youtu.be/ID, with an 11-character ID',
    ]);
  });
});
