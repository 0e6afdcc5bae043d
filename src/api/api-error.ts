/** Why a request to the API failed, in terms the views can act on. */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;
  /** How long the server asked to be left alone (its Retry-After header), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(kind: ApiErrorKind, status: number, message: string, retryAfterSeconds?: number) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }

  /** The server has too much to do right now: the same request will work again shortly. */
  get isBusy(): boolean {
    return this.kind === 'http' && this.status === 503;
  }
}

export const UNEXPECTED_RESPONSE = 'Unexpected response from the server.';
