/**
 * A QR code of `text` as an SVG data: URL, made in the browser. The encoder
 * loads only when a reader asks for a code, so it costs the first load
 * nothing; the data: URL fits the CSP (img-src data:) and sets no style.
 */
export async function qrCodeDataUrl(text: string): Promise<string> {
  // An ES module: a CommonJS encoder would make every page load the bundler's
  // module helpers as a file of their own (see vite.config.ts).
  const { encode } = await import('./qr-encoder.ts');
  // A quiet zone of four modules, as scanners expect.
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrCodeSvg(data, size))}`;
}

/**
 * Draws the modules row by row, each run of dark ones as one stroke a module
 * high: a small file that scales without blurring.
 */
function qrCodeSvg(dark: boolean[][], size: number): string {
  let path = '';
  dark.forEach((row, y) => {
    for (let x = 0; x < size; x += 1) {
      if (!row[x]) continue;
      const start = x;
      while (row[x + 1]) x += 1;
      path += `M${start} ${y + 0.5}h${x - start + 1}`;
    }
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
    `<path fill="#ffffff" d="M0 0h${size}v${size}H0z"/><path stroke="#000000" d="${path}"/></svg>`
  );
}
