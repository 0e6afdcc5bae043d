import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useFixtureSite } from '../test/use-fixture-site.ts';
import { formatProblem } from './content-problem.ts';
import { importContent } from './import-content.ts';

// Languages and translation links can only be checked across files, and a
// wrong link must never reach readers: the import refuses it, names the file
// and field, and leaves the running site on its old database.

const site = useFixtureSite({ fresh: true });

function writeArticle(name: string, frontMatter: string[], body = '正文。') {
  writeFileSync(path.join(site.contentDir, 'articles', name), `---\n${frontMatter.join('\n')}\n---\n\n${body}\n`);
}

const chinese = (slug: string, ...more: string[]) => [
  `title: 中文标题 ${slug}`,
  `slug: ${slug}`,
  'lang: zh',
  'published: 2024-11-20T10:00:00+08:00',
  'forum: energy-session',
  'topics: [standards]',
  'summary: 摘要。',
  ...more,
];

async function problemsOf() {
  const result = await importContent(site.contentDir, site.databaseFile);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe('importing articles in two languages', () => {
  it('reports every broken language or translation link at once and keeps the old database', async () => {
    const before = readFileSync(site.databaseFile);
    writeArticle('nowhere.zh.md', chinese('nowhere', 'translationOf: no-such-article'));
    writeArticle('second.zh.md', chinese('second-grid-translation', 'translationOf: grid-operators-share-outage-data'));
    writeArticle('french.md', chinese('in-french').map((line) => (line === 'lang: zh' ? 'lang: fr' : line)));
    writeArticle('twice.zh.md', chinese('beijing-youth-iot-camp'));
    writeArticle('borrowed.zh.md', chinese('ports-track-containers-in-real-time'));
    writeArticle('same-language.zh.md', chinese('same-language', 'translationOf: beijing-youth-iot-camp'));

    const report = await problemsOf();
    expect(report).toEqual(
      expect.arrayContaining([
        'articles/nowhere.zh.md › translationOf: there is no article "no-such-article" in another language to translate',
        'articles/second.zh.md › translationOf: articles/2023-11-21-grid-operators-share-outage-data.zh.md and ' +
          'articles/second.zh.md both translate "grid-operators-share-outage-data" into zh; keep one',
        'articles/french.md › lang: "fr" is not a language of the portal: use en or zh',
        'articles/twice.zh.md › slug: the slug "beijing-youth-iot-camp" is already used among the zh articles ' +
          'by articles/2024-11-21-beijing-youth-iot-camp.zh.md',
        'articles/borrowed.zh.md › slug: the slug "ports-track-containers-in-real-time" is already used by ' +
          'articles/2022-11-18-ports-track-containers-in-real-time.md, which this article does not translate; ' +
          'add translationOf: ports-track-containers-in-real-time or choose another slug',
        'articles/same-language.zh.md › translationOf: "beijing-youth-iot-camp" is in the same language (zh); ' +
          'a translation points at an article in another language',
      ]),
    );
    expect(report).toHaveLength(6);
    expect(readFileSync(site.databaseFile).equals(before)).toBe(true);
  });

  it('refuses a translation of a translation, naming the original to point at', async () => {
    writeArticle(
      '2024-11-20-relay.md',
      [
        'title: A relay',
        'translationOf: beijing-youth-iot-camp',
        'published: 2024-11-20T10:00:00+08:00',
        'forum: energy-session',
        'summary: Relayed.',
      ],
      'Text.',
    );
    writeArticle('relay.zh.md', chinese('relay-of-relay', 'translationOf: relay'));
    expect(await problemsOf()).toEqual([
      'articles/relay.zh.md › translationOf: "relay" (articles/2024-11-20-relay.md) is itself a translation of ' +
        '"beijing-youth-iot-camp"; point at the original',
    ]);
  });

  it('requires the Chinese name of every forum and topic', async () => {
    const file = path.join(site.contentDir, 'topics.yaml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}new-topic:\n  name: New topic\n`);
    expect(await problemsOf()).toContain(
      'topics.yaml › new-topic.zh: the Chinese name is missing: add zh: { name, description }',
    );
  });

  it('stores each article’s language and links an English original to a Chinese-only one', async () => {
    // An English translation of an article first written in Chinese, under a slug of its own.
    writeArticle(
      '2024-11-21-youth-camp-opens.md',
      [
        'title: Beijing Youth IoT Camp Opens',
        'translationOf: beijing-youth-iot-camp',
        'published: 2024-11-21T16:00:00+08:00',
        'forum: opening-ceremony',
        'summary: Secondary school students build small campus apps.',
      ],
      'The camp runs alongside the convention.',
    );
    expect(await problemsOf()).toEqual([]);
    const db = new Database(site.databaseFile, { readonly: true });
    const group = db
      .prepare("SELECT lang, slug FROM articles WHERE translation_group = 'zh/beijing-youth-iot-camp' ORDER BY lang")
      .all();
    const languages = db.prepare('SELECT lang, count(*) AS n FROM articles GROUP BY lang').all();
    db.close();
    expect(group).toEqual([
      { lang: 'en', slug: 'youth-camp-opens' },
      { lang: 'zh', slug: 'beijing-youth-iot-camp' },
    ]);
    expect(languages).toEqual([
      { lang: 'en', n: 15 },
      { lang: 'zh', n: 4 },
    ]);
  });
});
