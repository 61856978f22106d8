import { z } from 'zod';

/** The one error type. Operations throw it; one place maps it to HTTP. */
export type ErrorCode =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'locked'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'internal';

/**
 * Each code's HTTP status, and what it means to a client. The error mapper and the API document
 * both read this, so the statuses the document lists are the ones the server sends.
 */
export const errorCodes: Record<ErrorCode, { status: number; description: string }> = {
  bad_request: {
    status: 400,
    description:
      'The request was not valid: bad JSON, a missing or wrong field (see `fields`), or a body where none is taken.',
  },
  unauthenticated: {
    status: 401,
    description: 'Not signed in, or the session has ended. Sign in again.',
  },
  forbidden: {
    status: 403,
    description:
      'Refused: a state-changing request without our own Origin header, or an action this person may not take.',
  },
  not_found: {
    status: 404,
    description:
      "Not there, or not yours: someone else's private thing answers exactly like a missing one.",
  },
  conflict: {
    status: 409,
    description:
      'The state changed first: a stale version, something that already exists, or the same Idempotency-Key still being handled.',
  },
  locked: {
    status: 423,
    description:
      'This session is locked by the app lock: unlock it with the PIN (POST /api/v1/lock/unlock), or sign out.',
  },
  payload_too_large: {
    status: 413,
    description: 'The body is over 64 KB (a memory’s photo: over 5 MB).',
  },
  unsupported_media_type: {
    status: 415,
    description: 'The body is not JSON (send Content-Type: application/json).',
  },
  rate_limited: {
    status: 429,
    description: 'Too many tries in a short time. Wait a minute and try again.',
  },
  internal: {
    status: 500,
    description: 'Our bug, not yours. Nothing was half written; try again.',
  },
};

/** The one error body: `code` is the specific reason when there is one, e.g. `wrong_password`. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** A more specific code for clients, e.g. `wrong_password`; defaults to `code`. */
    readonly detail?: {
      reason?: string;
      fields?: Record<string, string>;
      retryAfterSeconds?: number;
    },
  ) {
    super(message);
    this.status = errorCodes[code].status;
  }

  toBody(): z.infer<typeof errorBodySchema> {
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
