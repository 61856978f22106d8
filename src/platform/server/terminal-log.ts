/**
 * Where the server's log goes when a person watches it: on a terminal, one readable line per
 * event (`12:04:31 INFO request GET /api/v1/today 200 4 ms`); anywhere else (a file, a pipe, a
 * log collector) the JSON lines stay as they are. The same fields either way, so nothing private
 * appears on a terminal that would not appear in the JSON. pino-pretty is loaded only for a
 * terminal (decision 174).
 */
export async function terminalLog(
  level: string,
): Promise<{ level: string; stream: NodeJS.WritableStream } | undefined> {
  if (!process.stdout.isTTY) return undefined;
  const { default: pinoPretty } = await import('pino-pretty');
  return {
    level,
    stream: pinoPretty({
      colorize: true,
      translateTime: 'HH:MM:ss',
      ignore: 'pid,hostname,reqId,req,status,ms',
      messageFormat: (log, messageKey) => {
        const text = (value: unknown) =>
          typeof value === 'string' || typeof value === 'number' ? String(value) : '';
        const message = text(log[messageKey]);
        const req = log.req as { method?: string; url?: string } | undefined;
        if (!req?.method) return message;
        return `${message} ${req.method} ${req.url ?? ''} ${text(log.status)} ${text(log.ms)} ms`;
      },
    }),
  };
}
