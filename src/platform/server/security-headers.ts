import helmet, { type HelmetOptions } from 'helmet';

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
    if (error) throw error;
    done = true;
  });
  // Helmet answers synchronously; if a later version did not, we would rather know at boot.
  if (!done) throw new Error('helmet did not finish synchronously');
  return Object.freeze(headers);
}
