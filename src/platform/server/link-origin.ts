import type { FastifyInstance } from 'fastify';

/**
 * Where links in mail point. Never a request's Host header: anyone can send one, and a link to
 * their host would hand them a token. PUBLIC_ORIGIN, else the address the server listens on.
 */
export function linkOrigin(app: FastifyInstance, publicOrigin: string | undefined): string {
  if (publicOrigin) return publicOrigin;
  const address = app.addresses()[0];
  if (!address || typeof address === 'string') return 'http://127.0.0.1';
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const shown = host === '0.0.0.0' || host === '[::]' ? '127.0.0.1' : host;
  return `http://${shown}:${address.port}`;
}
