import helmet, { type HelmetOptions } from 'helmet';

/**
 * Powers no page of ours uses, turned off for every frame: a location or a microphone in a
 * couples app is a tool for watching someone (SECURITY: nothing silent, no location features).
 * Passkeys (publickey-credentials-*) keep the browser's default, our own origin only.
 */
export const PERMISSIONS_POLICY = [
  'camera=()',
  'microphone=()',
  'geolocation=()',
  'display-capture=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

/**
 * The security headers for `options`, worked out once by helmet itself (run against a stand-in
 * response) so that each answer only copies them: they are the same for every request, and
 * recomputing them per request cost about 6% of a read's CPU (bench/README.md).
 */
export function securityHeaders(options: HelmetOptions): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  let done = false;
  helmet(options)({} as never, response as never, (error?: unknown) => {
    // helmet hands its middleware's own Error here, if any.
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (error) throw error;
    done = true;
  });
  // Helmet answers synchronously; if a later version did not, we would rather know at boot.
  if (!done) throw new Error('helmet did not finish synchronously');
  headers['permissions-policy'] = PERMISSIONS_POLICY;
  return Object.freeze(headers);
}
