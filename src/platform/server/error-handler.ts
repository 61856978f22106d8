import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { SessionLocked } from '../db/database.ts';
import { AppError } from './errors.ts';

function fieldsFrom(error: { validation: { instancePath: string; message?: string }[] }) {
  const fields: Record<string, string> = {};
  for (const issue of error.validation) {
    const field = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'body';
    fields[field] ??= issue.message ?? 'This value is not valid.';
  }
  return fields;
}

/** Maps any error to the one JSON error shape. Bad input is never a 500. */
export function toAppError(error: FastifyError | AppError | Error): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof SessionLocked) return sessionLocked();
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = fieldsFrom(error);
    const names = Object.keys(fields).join(', ');
    return new AppError('bad_request', `Please check ${names}.`, {
      reason: 'invalid_input',
      fields,
    });
  }
  const fastifyError = error as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'That is more than we can take in one go.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(
        'unsupported_media_type',
        'Please send JSON (Content-Type: application/json).',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('bad_request', 'The request body is not valid JSON.', {
        reason: 'bad_json',
      });
  }
  if (fastifyError.statusCode === 429) {
    return new AppError(
      'rate_limited',
      'Too many tries in a short time. Please wait a minute and try again.',
    );
  }
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('bad_request', 'We could not read that request.');
  }
  return new AppError(
    'internal',
    'Something went wrong on our side. Nothing you did caused it; please try again.',
  );
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const appError = toAppError(error);
  if (appError.status >= 500) {
    // Never the message of a driver error: it can quote the statement and the values it choked
    // on, over several lines (drizzle's "Failed query: ...\nparams: ..."). Only the frames.
    const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
    request.log.error(
      {
        err: {
          type: error.name,
          code: error.code,
          stack: frames.slice(0, 7).join('\n'),
        },
      },
      'request failed',
    );
  }
  if (appError.detail?.retryAfterSeconds)
    void reply.header('retry-after', String(appError.detail.retryAfterSeconds));
  void reply.status(appError.status).send(appError.toBody());
}

/** The answer to every signed-in request but unlock, lock and sign-out while the app is locked. */
export const sessionLocked = () =>
  new AppError('locked', 'The app is locked on this device. Open it with your PIN, or sign out.', {
    reason: 'locked',
  });
