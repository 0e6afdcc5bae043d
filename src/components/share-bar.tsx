import { useEffect, useState } from 'react';
import { copyText } from '../lib/copy-text.ts';
import { useLang } from '../lib/messages-context.tsx';
import { usePublicOrigin } from '../lib/public-origin.ts';
import { useBrowserValue } from '../lib/use-browser-value.ts';
import { shareLinks } from '../lib/share-links.ts';
import { SHARE_TEXT } from '../shared/i18n/share-text.ts';
import { WechatShare } from './wechat-share.tsx';

type CopyState = 'idle' | 'copied' | 'manual';

// Long enough to be read and announced; then the status is empty again, so a
// second copy is announced afresh.
const COPIED_MS = 4000;

/**
 * Copy link, WeChat, the device's own share sheet where there is one, and
 * plain links to networks: inside the share bar's box (article-view.tsx).
 */
export function ShareBarContent({ path, title, summary }: { path: string; title: string; summary: string }) {
  const text = SHARE_TEXT[useLang()];
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const url = `${usePublicOrigin()}${path}`;
  // The buttons need the app; the server's HTML leaves them out, the links work without it.
  const hydrated = useBrowserValue(() => true, false);
  const canShare = hydrated && typeof navigator.share === 'function';

  const copy = async () => {
    setCopyState('idle');
    setCopyState((await copyText(url)) ? 'copied' : 'manual');
  };
  useEffect(() => {
    if (copyState !== 'copied') return;
    const timer = setTimeout(() => setCopyState('idle'), COPIED_MS);
    return () => clearTimeout(timer);
  }, [copyState]);
  const share = async () => {
    try {
      await navigator.share({ title, text: summary, url });
    } catch {
      // The reader closed the share sheet, or the device refused: nothing to report.
    }
  };

  return (
    <>
      <h2 id="share-heading" className="share__heading">
        {text.heading}
      </h2>
      <div className="share__actions">
        {hydrated && (
          <button type="button" onClick={() => void copy()}>
            {text.copy}
          </button>
        )}
        {canShare && (
          <button type="button" onClick={() => void share()}>
            {text.native}
          </button>
        )}
        {hydrated && <WechatShare url={url} />}
        <ul className="share__networks">
          {shareLinks(url, title).map((link) => (
            <li key={link.network}>
              <a href={link.href} target="_blank" rel="noopener noreferrer">
                {link.network === 'email' ? text.email : text.on(text.networks[link.network])}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <p className="share__status" role="status">
        {copyState === 'copied' && text.copied}
        {copyState === 'manual' && text.refused}
      </p>
      {copyState === 'manual' && (
        <label className="share__manual">
          {text.link}
          <input type="text" readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        </label>
      )}
    </>
  );
}
