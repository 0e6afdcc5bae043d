import type { Lang } from '../languages.ts';

// The text of the editors' preview of an article readers cannot see yet.
// Only editors open that page, so its text loads with its code rather than
// with the interface catalogs every reader's page loads.

const en = {
  label: 'Preview',
  draft: 'Draft: readers cannot see this article. Remove “draft: true” to publish it.',
  scheduled: (when: string) => `Scheduled: readers see this article from ${when}, by itself.`,
  published: 'Published: readers can see this article now.',
  livePage: 'Open its page',
  private: 'Share this address only with people who may read the article before it is public.',
  card: 'Share card',
  seeCard: 'See its share card.',
  cardHint: 'What chat apps and social networks show for a link to the article.',
};

const zh: typeof en = {
  label: '预览',
  draft: '草稿：读者看不到这篇文章。删除“draft: true”即可发布。',
  scheduled: (when) => `定时发布：读者自${when}起自动可见。`,
  published: '已发布：读者现在可以看到这篇文章。',
  livePage: '打开文章页面',
  private: '请只把这个地址分享给可以在公开前阅读文章的人。',
  card: '分享卡片',
  seeCard: '查看分享卡片。',
  cardHint: '聊天应用和社交网络显示的文章链接预览。',
};

export const PREVIEW_TEXT: Record<Lang, typeof en> = { en, zh };
