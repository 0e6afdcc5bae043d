import type { Lang } from '../languages.ts';

// The about page's and the accessibility statement's text, in both languages.
// Long prose read on two pages only: kept apart from the interface catalogs,
// which every page loads at start-up, and loaded with those two pages' code.

const en = {
  about: {
    intro:
      'The WIOTC News Center is the official news feed of the World Internet of Things Convention: news of every edition of the convention, its forums and its topics, written by the convention’s editors, in English and Chinese.',
    readHeading: 'Reading the news',
    read: 'Browse the latest news, narrow it by forum or topic, or search every article. Every view has its own address, so it can be bookmarked or shared, and articles you have opened stay readable offline.',
    followHeading: 'Following the news',
    follow: 'Every forum and topic has its own RSS feed, in each language, linked at the foot of its page.',
    contactHeading: 'Contact',
    contact: 'Questions, corrections and requests go to the news center’s editors:',
  },
  accessibility: {
    intro:
      'We want every reader to be able to read the WIOTC News Center, on a phone or a computer, with a keyboard, a screen reader or large text.',
    testedHeading: 'What we test',
    tested: {
      axe: (tool: string) =>
        `Every page type is checked with ${tool} in the light and the dark colour scheme, at phone and desktop widths.`,
      keyboard: (tool: string) =>
        `Keyboard-only journeys run in a real browser with ${tool}: searching, opening an article, sharing it and going back to the same place in the list.`,
      reflow: 'Reflow: no sideways scrolling at 320 pixels wide, or with text at 200%.',
      names:
        'Every link, button and field has a name a screen reader can announce, and messages such as “Link copied” are announced.',
    },
    limitsHeading: 'Known limits',
    limits: [
      'Images in older articles may have short or missing text descriptions.',
      'The QR code for sharing on WeChat is an image; the link it contains is also shown as text.',
      'An article in one language may have no translation in the other.',
    ],
    reportHeading: 'Report a problem',
    report:
      'If something on this site is hard or impossible to use, write to the news center’s editors and tell us the page and what happened. We answer every message.',
  },
};

type InfoPagesText = typeof en;

const zh: InfoPagesText = {
  about: {
    intro:
      '世界物联网大会新闻中心是世界物联网大会的官方新闻发布平台，由大会编辑部以中英文发布历届大会及其各论坛、各话题的新闻。',
    readHeading: '阅读新闻',
    read: '您可以浏览最新新闻，按论坛或话题筛选，或搜索全部文章。每个页面都有自己的网址，可以收藏或分享；打开过的文章在离线时仍可阅读。',
    followHeading: '订阅新闻',
    follow: '每个论坛和话题都有中文和英文的订阅源，链接位于其页面底部。',
    contactHeading: '联系我们',
    contact: '如有问题、更正或其他需求，请联系新闻中心编辑部：',
  },
  accessibility: {
    intro: '我们希望每一位读者都能顺利阅读世界物联网大会新闻中心，无论使用手机还是电脑，键盘、读屏软件还是放大字体。',
    testedHeading: '我们测试的内容',
    tested: {
      axe: (tool) => `每种页面都在浅色和深色两种配色下、以手机和电脑两种宽度，用${tool}进行检查。`,
      keyboard: (tool) =>
        `在真实浏览器中用${tool}测试只使用键盘的完整操作：搜索、打开文章、分享文章，以及返回列表中原来的位置。`,
      reflow: '重排：在320像素宽度下以及文字放大到200%时，页面都无需左右滚动。',
      names: '每个链接、按钮和输入框都有读屏软件可以读出的名称，“链接已复制”等提示也会被读出。',
    },
    limitsHeading: '已知的不足',
    limits: [
      '较早文章中的图片，文字说明可能较简短或缺失。',
      '用于微信分享的二维码是图片；其中的链接也以文字形式显示。',
      '部分文章只有一种语言的版本。',
    ],
    reportHeading: '报告问题',
    report:
      '如果本站有任何内容难以使用或无法使用，请写信告诉新闻中心编辑部，并说明页面和遇到的情况。我们会回复每一封来信。',
  },
};

export const INFO_PAGES_TEXT: Record<Lang, InfoPagesText> = { en, zh };
