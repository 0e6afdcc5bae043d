import { useEffect, useId, useRef, useState } from 'react';
import { useLang } from '../lib/messages-context.tsx';
import { qrCodeDataUrl } from '../lib/qr-code.ts';
import { SHARE_TEXT } from '../shared/i18n/share-text.ts';

type QrCode = { url: string; src?: string; failed?: boolean };

/**
 * WeChat has no share link: readers scan a QR code of the article with the
 * app. A disclosure under the button shows the code, made locally when first
 * opened, with the URL written below it; Close or Escape hides it again and
 * gives the focus back to the button.
 */
export function WechatShare({ url }: { url: string }) {
  const share = SHARE_TEXT[useLang()];
  const [open, setOpen] = useState(false);
  const [made, setMade] = useState<QrCode>();
  const panelId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const code = made?.url === url ? made : undefined;

  useEffect(() => {
    if (!open || code) return;
    let current = true;
    qrCodeDataUrl(url).then(
      (src) => current && setMade({ url, src }),
      () => current && setMade({ url, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [open, url, code]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const close = () => {
    setOpen(false);
    toggle.current?.focus();
  };

  return (
    <div className="wechat">
      <button ref={toggle} type="button" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        {share.wechat}
      </button>
      <div id={panelId} className="wechat__panel" role="group" aria-label={share.wechatHeading} hidden={!open}>
        {open && (
          <>
            <p className="wechat__help">{share.wechatHelp}</p>
            {code?.src && <img className="wechat__code" src={code.src} alt={share.qrAlt} width={176} height={176} />}
            {code?.failed && <p role="alert">{share.qrFailed}</p>}
            {!code && <div className="wechat__code skeleton" aria-hidden="true" />}
            <p className="wechat__url">{url}</p>
            <button type="button" onClick={close}>
              {share.close}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
