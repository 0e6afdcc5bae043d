import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { findMockArticle, toArticle } from '../../mocks/fixture-articles.ts';
import { server } from '../../mocks/node.ts';
import { renderRoute } from '../test/render-route.tsx';

async function articleHeader(name: string) {
  const headline = await screen.findByRole('heading', { level: 1, name });
  return headline.closest('header')!;
}

describe('an updated or corrected article', () => {
  it('says when it was updated, in Beijing time, and ends with the correction', async () => {
    renderRoute('/news/hospitals-plan-connected-wards');
    const header = await articleHeader('Hospitals Plan Connected Wards');
    expect(within(header).getByText('21 November 2020, 13:00')).toHaveAttribute(
      'datetime',
      '2020-11-21T13:00:00+08:00',
    );
    const updated = within(header).getByText('Updated');
    expect(updated).toHaveTextContent(/^Updated 23 November 2020, 10:30$/);
    expect(within(updated).getByText('23 November 2020, 10:30')).toHaveAttribute(
      'datetime',
      '2020-11-23T10:30:00+08:00',
    );

    const correction = await screen.findByRole('region', { name: 'Correction' });
    expect(within(correction).getByRole('heading', { level: 2, name: 'Correction' })).toBeVisible();
    expect(correction).toHaveTextContent(
      'An earlier version of this article said that each ward’s monitors report to a dashboard of their own; they report to one nursing dashboard.',
    );
    // After the body, which it corrects.
    const body = screen.getByText(/Alarms from many devices are merged/);
    expect(body.compareDocumentPosition(correction) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('says nothing of updates or corrections when there were none', async () => {
    renderRoute('/news/convention-2023-opens-in-beijing');
    const header = await articleHeader('The World Internet of Things Convention 2023 Kicked off in Beijing');
    expect(await screen.findByText(/António Guterres delivered a written address/)).toBeVisible();
    expect(within(header).queryByText(/Updated/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Correction' })).not.toBeInTheDocument();
  });

  it('says it in Chinese on a Chinese article', async () => {
    const original = toArticle(findMockArticle('hospitals-plan-connected-wards', 'zh')!);
    server.use(
      http.get('*/api/articles/:slug', () =>
        HttpResponse.json({
          ...original,
          updatedAt: '2020-11-22T08:15:00+08:00',
          correction: '本文早前版本误称各病房的监护仪分别接入各自的看板，实际接入同一个护理看板。',
        }),
      ),
    );
    renderRoute('/zh/news/hospitals-plan-connected-wards');
    const header = await articleHeader(original.title);
    expect(within(header).getByText('更新于')).toHaveTextContent(/^更新于 2020年11月22日 08:15$/);
    const correction = await screen.findByRole('region', { name: '更正' });
    expect(correction).toHaveTextContent('本文早前版本误称各病房的监护仪分别接入各自的看板，实际接入同一个护理看板。');
  });
});
