import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip';

/**
 * An answer kept to be sent many times, compressed once per encoding, when
 * first sent in it, instead of on every request: compressing a page costs
 * more than everything else a kept page costs to send. A page sent once is
 * compressed once, as it would have been anyway.
 */
export type EncodedBody = {
  identity: Uint8Array<ArrayBuffer>;
  encoded: Partial<Record<Encoding, Uint8Array<ArrayBuffer>>>;
};

export const encodedBody = (text: string): EncodedBody => ({ identity: new TextEncoder().encode(text), encoded: {} });

// Brotli at quality 5 gives most of its gain over gzip for a fraction of the time of the highest qualities.
const ENCODERS: Record<Encoding, (data: Uint8Array) => Buffer> = {
  br: (data) =>
    brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }),
  gzip: (data) => gzipSync(data, { level: 6 }),
};

/** The body in `encoding` (made now if it is the first time), or as it is. */
export function bodyIn(body: EncodedBody, encoding: Encoding | undefined): Uint8Array<ArrayBuffer> {
  if (!encoding) return body.identity;
  return (body.encoded[encoding] ??= new Uint8Array(ENCODERS[encoding](body.identity)));
}

/** The encoding to answer in, from Accept-Encoding: Brotli, then gzip, unless refused with q=0. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const accepted = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    const q = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const quality = (name: Encoding) => accepted.get(name) ?? accepted.get('*') ?? 0;
  return (['br', 'gzip'] as const).find((name) => quality(name) > 0);
}
