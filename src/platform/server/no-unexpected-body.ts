import type { FastifyInstance, preValidationAsyncHookHandler } from 'fastify';
import { AppError } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const refuse: preValidationAsyncHookHandler = async (request) => {
  const body = request.body;
  if (body === undefined || body === null) return;
  if (typeof body === 'object' && !Array.isArray(body) && Object.keys(body).length === 0) return;
  throw new AppError('bad_request', 'This request takes no body. Please send it without one.', {
    reason: 'unexpected_body',
  });
};

/**
 * A state-changing route that declares no body refuses one (an empty `{}` is fine), so fields
 * smuggled into it (`author_id`, `role`, ...) answer 400 instead of being silently ignored while
 * the action goes ahead.
 */
export function refuseUnexpectedBodies(app: FastifyInstance) {
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (methods.every((m) => SAFE.has(m)) || route.schema?.body) return;
    const existing = route.preValidation;
    route.preValidation =
      existing === undefined
        ? [refuse]
        : [...(Array.isArray(existing) ? existing : [existing]), refuse];
  });
}
