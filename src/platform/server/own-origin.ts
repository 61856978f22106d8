import { networkInterfaces } from 'node:os';
import type { FastifyRequest } from 'fastify';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::', '']);

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * Whether a write's Origin is our own. With `PUBLIC_ORIGIN` that is the one answer. Without it,
 * the request's own scheme and host count only when the host is one this server listens on:
 * loopback, the configured `HOST`, or (listening on every interface) this machine's own
 * addresses. Trusting any Host header would let another site that
 * points its name at this machine (DNS rebinding) pass with `Host: evil.example` and a matching
 * `Origin`.
 */
export function originCheck(options: { publicOrigin: string | undefined; host: string }) {
  const { publicOrigin, host } = options;
  if (publicOrigin) return (request: FastifyRequest) => request.headers.origin === publicOrigin;
  const names = new Set(LOOPBACK);
  if (WILDCARD.has(host)) {
    for (const list of Object.values(networkInterfaces()))
      for (const i of list ?? []) names.add(bare(i.address));
  } else {
    names.add(bare(host));
  }
  // The port needs no check of its own: a page on another port of ours sends its own Origin,
  // which then differs from the Host the browser sends us.
  return (request: FastifyRequest) =>
    request.headers.origin === `${request.protocol}://${request.host}` &&
    names.has(bare(request.hostname));
}
