/**
 * A QR code of `text` as an SVG data: URL, made in the browser. The library
 * loads only when a reader asks for a code, so it costs the first load
 * nothing; the data: URL fits the CSP (img-src data:) and sets no style.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  const { toString } = await import('qrcode');
  const svg = await toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
