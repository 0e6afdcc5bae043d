import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { PageLanguageProvider } from '../lib/messages-context.tsx';
import { en } from '../shared/i18n/en.ts';
import { zh } from '../shared/i18n/zh.ts';
import type { Lang } from '../shared/languages.ts';
import { EditionLink } from './edition-link.tsx';

function showDate(pageLang: Lang, article: { publishedAt: string; lang: Lang }) {
  render(
    <PageLanguageProvider lang={pageLang} messages={pageLang === 'zh' ? zh : en}>
      <MemoryRouter>
        <EditionLink article={article} />
      </MemoryRouter>
    </PageLanguageProvider>,
  );
}

describe('an article’s date', () => {
  it('links to the news of its convention year, and says so to screen readers', () => {
    showDate('en', { publishedAt: '2023-11-20T09:00:00+08:00', lang: 'en' });
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', '/editions/2023');
    expect(link).toHaveAccessibleName('20 November 2023, 09:00, more news of WIOTC 2023');
    expect(within(link).getByText('20 November 2023, 09:00')).toHaveAttribute('datetime', '2023-11-20T09:00:00+08:00');
  });

  it('takes the year in Beijing time, where New Year comes eight hours before UTC', () => {
    showDate('zh', { publishedAt: '2022-12-31T16:30:00Z', lang: 'zh' });
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', '/zh/editions/2023');
    expect(link).toHaveAccessibleName('2023年1月1日 00:30，查看2023世界物联网大会更多新闻');
  });

  it('leads to the edition in the article’s own language', () => {
    showDate('zh', { publishedAt: '2020-11-21T13:00:00+08:00', lang: 'en' });
    const link = screen.getByRole('link');
    expect(link).toHaveAttribute('href', '/editions/2020');
    expect(link).toHaveAttribute('hreflang', 'en');
  });
});
