/** The URL a server listening on `address` answers at, with an IPv6 address in brackets. */
export function listeningUrl(address: string, port: number, family: string | number): string {
  const host = family === 'IPv6' || family === 6 ? `[${address}]` : address;
  return `http://${host}:${port}/`;
}
