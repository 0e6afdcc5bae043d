import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../config.ts';
import { configErrorFor } from '../test/config-error.ts';
import { backendOrigins } from './admin-backend.ts';

describe('ADMIN_ENABLED and ADMIN_BACKEND', () => {
  it('leave the web editor off unless asked for', () => {
    expect(readConfig({}).admin).toBeUndefined();
    expect(readConfig({ ADMIN_ENABLED: '0', ADMIN_BACKEND: '{name: github, repo: a/b}' }).admin).toBeUndefined();
  });

  it('use decap-server on this machine by default', () => {
    expect(readConfig({ ADMIN_ENABLED: '1', CONTENT_DIR: 'site/content' }).admin).toEqual({
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' },
      contentDir: path.resolve('site/content'),
    });
  });

  it('take a hosted backend as Decap’s block, in YAML on one line', () => {
    const { admin } = readConfig({
      ADMIN_ENABLED: '1',
      ADMIN_BACKEND: '{name: gitea, repo: news/site, branch: main, api_root: https://git.example.org/api/v1}',
    });
    expect(admin?.backend).toEqual({
      name: 'gitea',
      repo: 'news/site',
      branch: 'main',
      api_root: 'https://git.example.org/api/v1',
    });
    expect(backendOrigins(admin!.backend)).toEqual(['https://git.example.org']);
    expect(backendOrigins({ name: 'github', repo: 'news/site', base_url: 'https://auth.example.org' })).toEqual([
      'https://api.github.com',
      'https://auth.example.org',
    ]);
  });

  it('name the variable and what is expected when a value is wrong', () => {
    expect(configErrorFor({ ADMIN_ENABLED: 'yes' })).toBe(
      'ADMIN_ENABLED="yes" is not valid: expected 1 (on) or 0 (off)',
    );
    for (const value of ['github', '{repo: a/b}', '{name: proxy}', '{name: gitea, api_root: ftp://x}', '{name: [']) {
      expect(configErrorFor({ ADMIN_BACKEND: value }), value).toMatch(
        /^ADMIN_BACKEND=".*" is not valid: expected Decap's backend block/,
      );
    }
  });
});
