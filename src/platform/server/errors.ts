/** The one error type. Operations throw it; one place maps it to HTTP. */
export type ErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A more specific code for clients, e.g. `wrong_password`; defaults to `code`. */
    readonly detail?: { reason?: string; fields?: Record<string, string>; retryAfterSeconds?: number },
  ) {
    super(message);
    this.status = statusByCode[code];
  }

  toBody() {
    return {
      error: {
        code: this.detail?.reason ?? this.code,
        message: this.message,
        ...(this.detail?.fields ? { fields: this.detail.fields } : {}),
      },
    };
  }
}

export const notFound = (message = "We couldn't find that.") => new AppError('not_found', message);
