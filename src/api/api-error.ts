/** Why a request to the API failed, in terms the views can act on. */
export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'contract';

export class ApiError extends Error {
  readonly status: number;
  readonly kind: ApiErrorKind;

  constructor(kind: ApiErrorKind, status: number, message: string) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
  }

  get isNotFound(): boolean {
    return this.kind === 'http' && this.status === 404;
  }
}

export const UNEXPECTED_RESPONSE = 'Unexpected response from the server.';
