import { describe, expect, it, onTestFinished } from 'vitest';
import { fixtureArticles } from '../../mocks/data.ts';
import { startLoggingServer } from '../test/logging-server.ts';
import { useFixtureSite } from '../test/use-fixture-site.ts';

// The server as `npm run dev` and the benchmarks run it: from source, through
// tsx, where Node itself loads the views, and with them the stylesheets they import.
const site = useFixtureSite();

describe('the server run from source', { timeout: 60_000 }, () => {
  it('renders an article’s page, whose view imports the article’s stylesheet', async () => {
    const server = await startLoggingServer({
      SEARCH_WORKERS: '0',
      DATABASE_FILE: site.databaseFile,
      DIST_DIR: site.distDir,
    });
    onTestFinished(server.kill);
    await server.waitForLines('WIOTC News Center is running at');
    const [article] = fixtureArticles;
    const response = await fetch(`${server.base}/news/${article.slug}`);
    expect(response.status).toBe(200);
    const root = /<div id="root">([\s\S]*?)<\/div>\s*<script/.exec(await response.text())?.[1] ?? '';
    expect(root).toContain(`<h1`);
    expect(root).toContain(article.title);
    expect(server.lines('Rendering failed')).toEqual([]);
  });
});
