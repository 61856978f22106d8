import { networkInterfaces } from 'node:os';
import type { FastifyInstance, FastifyRequest } from 'fastify';

const LOOPBACK = ['localhost', '127.0.0.1', '::1'];
const WILDCARD = new Set(['0.0.0.0', '::', '']);

const bare = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * Whether a write's Origin is our own. With `PUBLIC_ORIGIN` that is the one answer. Without it,
 * the request's own scheme and host count only when the host is one this server listens on:
 * loopback, the configured `HOST`, or (listening on every interface) this machine's own
 * addresses, on the port we listen on. Trusting any Host header would let another site that
 * points its name at this machine (DNS rebinding) pass with `Host: evil.example` and a matching
 * `Origin`.
 */
export function originCheck(app: FastifyInstance, options: { publicOrigin: string | undefined; host: string }) {
  const { publicOrigin, host } = options;
  if (publicOrigin) return (request: FastifyRequest) => request.headers.origin === publicOrigin;
  const names = new Set(LOOPBACK);
  if (WILDCARD.has(host)) {
    for (const list of Object.values(networkInterfaces())) for (const i of list ?? []) names.add(bare(i.address));
  } else {
    names.add(bare(host));
  }
  const listeningPort = () => {
    const address = app.server.address();
    return typeof address === 'object' && address ? address.port : undefined;
  };
  return (request: FastifyRequest) => {
    if (request.headers.origin !== `${request.protocol}://${request.host}`) return false;
    if (!names.has(bare(request.hostname))) return false;
    // Injected requests (tests) have no listening port to compare with.
    const port = listeningPort();
    return port === undefined || request.port === port;
  };
}
