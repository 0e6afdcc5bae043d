import type { Lang } from '../languages.ts';

// The text of an article's share bar. The bar's code loads when the reader
// nears it (components/until-visible.tsx), and its text loads with it rather
// than with the interface catalogs every page loads.

const en = {
  heading: 'Share this article',
  copy: 'Copy link',
  copied: 'Link copied to the clipboard.',
  refused: 'Your browser did not allow copying. Select the link below and copy it.',
  link: 'Link to this article',
  native: 'Share…',
  on: (network: string) => `Share on ${network}`,
  email: 'Share by email',
  networks: { X: 'X', LinkedIn: 'LinkedIn', Facebook: 'Facebook', Weibo: 'Weibo' },
  wechat: 'WeChat',
  wechatHeading: 'Share on WeChat',
  wechatHelp: 'Scan the code with WeChat to open this article, then share it from there.',
  qrAlt: 'QR code of the link to this article',
  qrFailed: 'The QR code could not be made. Copy the link below instead.',
  close: 'Close',
};

const zh: typeof en = {
  heading: '分享本文',
  copy: '复制链接',
  copied: '链接已复制到剪贴板。',
  refused: '浏览器不允许复制。请选中下方链接手动复制。',
  link: '本文链接',
  native: '分享……',
  on: (network) => `分享到${network}`,
  email: '通过电子邮件分享',
  networks: { X: 'X', LinkedIn: '领英', Facebook: 'Facebook', Weibo: '微博' },
  wechat: '微信',
  wechatHeading: '分享到微信',
  wechatHelp: '用微信扫描二维码打开本文，再从微信分享给朋友。',
  qrAlt: '本文链接的二维码',
  qrFailed: '二维码生成失败，请复制下方链接。',
  close: '关闭',
};

export const SHARE_TEXT: Record<Lang, typeof en> = { en, zh };
