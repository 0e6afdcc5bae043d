import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listMockArticles } from '../../mocks/handlers.ts';
import { server } from '../../mocks/node.ts';
import type { ArticleList, Forum, Problem } from '../shared/contract.ts';
import { renderRoute } from '../test/render-route.tsx';

/** The server's answer for a search it corrected: the results of `corrected`, saying so. */
function answerCorrected(typed: string, corrected: string, lang: 'en' | 'zh' = 'en') {
  return http.get('*/api/articles', ({ request }) => {
    if (new URL(request.url).searchParams.get('q') !== typed) return undefined;
    const list: ArticleList = listMockArticles({ page: 1, pageSize: 12, q: corrected, lang });
    return HttpResponse.json({ ...list, correctedQuery: corrected });
  });
}

/** The server's answer for a search that stopped at its time limit: counts it could only estimate. */
function answerEstimated(total: number, forum: Forum) {
  return [
    http.get('*/api/articles', () => {
      const list = listMockArticles({ page: 1, pageSize: 12, q: 'grid' });
      return HttpResponse.json({ ...list, total, totalPages: Math.ceil(total / 12), estimated: true });
    }),
    http.get('*/api/forums', ({ request }) =>
      new URL(request.url).searchParams.has('q') ? HttpResponse.json({ items: [forum], estimated: true }) : undefined,
    ),
  ];
}

const busy: Problem = {
  type: 'about:blank',
  title: 'Service Unavailable',
  status: 503,
  detail: 'The search is busy.',
};

/** Refuses the first `times` searches as too busy, asking to be tried again in a second. */
function refuseWhileBusy(times: number) {
  let refused = 0;
  return http.get('*/api/articles', () => {
    if (refused >= times) return undefined; // the normal handler answers
    refused += 1;
    return HttpResponse.json(busy, {
      status: 503,
      headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '1' },
    });
  });
}

const energy: Forum = { slug: 'energy-session', name: 'Energy Session', description: '', articleCount: 4123 };

describe('what a search says about its own results', () => {
  it('says which spelling it searched when the words typed are in no article', async () => {
    server.use(answerCorrected('cold vacines', 'cold vaccines'));
    renderRoute('/search?q=cold%20vacines');
    // The count is for what was searched, not for what was typed.
    expect(await screen.findByText('1 result for “cold vaccines”')).toBeVisible();
    const notice = screen.getByText(/^No articles contain “vacines”\./);
    expect(notice).toHaveTextContent('No articles contain “vacines”. Showing results for “cold vaccines”.');
    // Only the corrected word is emphasized; a screen reader hears the notice appear.
    expect(within(notice).getByText('vaccines').tagName).toBe('STRONG');
    expect(within(notice).queryByText('cold')).not.toBeInTheDocument();
    expect(screen.getAllByRole('status')).toContain(notice.parentElement); // eslint-disable-line testing-library/no-node-access
    expect(within(screen.getAllByRole('article')[0]).getByRole('heading')).toHaveTextContent(
      'Cold-Chain Sensors Protect Vaccines on the Road',
    );
  });

  it('says nothing about spelling when the words typed were searched', async () => {
    renderRoute('/search?q=vaccines');
    expect(await screen.findByText('1 result for “vaccines”')).toBeVisible();
    expect(screen.queryByText(/No articles contain/)).not.toBeInTheDocument();
  });

  it('gives an estimated count as “about”, rounded, and marks estimated filter counts', async () => {
    server.use(...answerEstimated(41_237, energy));
    renderRoute('/search?q=grid');
    expect(await screen.findByText('About 41,000 results for “grid”')).toBeVisible();
    const forums = screen.getByRole('navigation', { name: 'Narrow by forum' });
    // jsdom drops the space at the end of the hidden word, which browsers keep.
    const chip = await within(forums).findByRole('link', { name: /^Energy Session \(about ?4,100\)$/ });
    // Seen as a short sign, which a screen reader would not say as “about”.
    expect(within(chip).getByText('~')).toHaveAttribute('aria-hidden', 'true');
    // The number of pages is as rough as the count, and its last page is not offered: it may not exist.
    const pages = screen.getByRole('navigation', { name: 'Pagination' });
    expect(within(pages).getByText('Page 1 of about 3,400')).toBeVisible();
    expect(within(pages).queryByRole('link', { name: /^Page ?3437$/ })).not.toBeInTheDocument();
    expect(within(pages).getByRole('link', { name: /^Page ?2$/ })).toBeVisible();
  });

  it('waits for a busy search and shows the results when it answers', async () => {
    server.use(refuseWhileBusy(1));
    renderRoute('/search?q=vaccines');
    expect(await screen.findByText('Search is busy right now. Trying again…')).toBeVisible();
    expect(await screen.findByText('1 result for “vaccines”')).toBeVisible();
    expect(screen.queryByText(/busy/)).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the search is busy, with a Retry, when it stays busy', async () => {
    server.use(refuseWhileBusy(Infinity));
    renderRoute('/search?q=vaccines');
    expect(await screen.findByText('Search is busy right now. Trying again…')).toBeVisible();
    const error = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(error).toHaveTextContent('The news service is busy right now. Please try again in a moment.');
    expect(within(error).getByRole('button', { name: 'Retry' })).toBeVisible();
    expect(screen.queryByText('Search is busy right now. Trying again…')).not.toBeInTheDocument();
  });
});

describe('what a search says about its own results, in Chinese', () => {
  beforeEach(() => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['zh-CN']);
  });

  it('says which spelling it searched', async () => {
    server.use(answerCorrected('北景', '北京', 'zh'));
    renderRoute('/zh/search?q=%E5%8C%97%E6%99%AF');
    const notice = await screen.findByText(/^没有文章包含“北景”。/);
    expect(notice).toHaveTextContent('没有文章包含“北景”。已为您显示“北京”的搜索结果。');
    expect(within(notice).getByText('北京').tagName).toBe('STRONG');
    expect(screen.getByText(/^找到\d+条与“北京”相关的结果$/)).toBeVisible();
  });

  it('gives an estimated count in 万, and marks estimated filter counts with 约', async () => {
    server.use(...answerEstimated(41_237, { ...energy, name: '能源分会' }));
    renderRoute('/zh/search?q=grid');
    expect(await screen.findByText('找到约4.1万条与“grid”相关的结果')).toBeVisible();
    const forums = screen.getByRole('navigation', { name: '按论坛筛选' });
    expect(await within(forums).findByRole('link', { name: '能源分会 (约4100)' })).toHaveTextContent(
      '能源分会 (约4100)',
    );
    expect(screen.getByText('第1页，约3400页')).toBeVisible();
  });

  it('says in Chinese that a busy search is tried again', async () => {
    server.use(refuseWhileBusy(1));
    renderRoute('/zh/search?q=%E5%8C%97%E4%BA%AC');
    expect(await screen.findByText('搜索服务当前繁忙，正在重试…')).toBeVisible();
    expect(await screen.findByText(/^找到\d+条与“北京”相关的结果$/)).toBeVisible();
  });
});
