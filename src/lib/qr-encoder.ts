// The QR encoder, on its own so that its chunk is named for what it holds.
export { encode } from 'uqr';
