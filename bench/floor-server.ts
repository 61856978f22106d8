// The floor: the same authenticated read as GET /api/v1/me, done the plainest way (node:http,
// node-postgres, a pool of 10 like the app, one query as the database owner, no RLS, no
// framework). Run as a child process like the app so both are measured alike.
//
// `GET /api/v1/me/then-one` is a reference, not a floor: the same read followed by one more
// round trip that does nothing (`select 1`), the way the app's reads are a session lookup and
// then the screen's statement. It says what a second round trip alone costs on this machine, so
// a screen's ratio can be read as "round trips" plus "work" (bench/README.md).
import { createHash } from 'node:crypto';
import { createServer, type ServerResponse } from 'node:http';
import pg from 'pg';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is required');
const pool = new pg.Pool({ connectionString: url, max: 10 });
pool.on('error', () => {});

const ME_QUERY = `select p.id, p.email, p.display_name, p.time_zone, p.created_at
  from sessions s join people p on p.id = s.person_id where s.token_hash = $1`;

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/** The reference: one pool client for the request, as the app holds one, and two round trips. */
async function readThenOne(hash: string) {
  const client = await pool.connect();
  try {
    const answer = await client.query(ME_QUERY, [hash]);
    await client.query('select 1');
    return answer;
  } finally {
    client.release();
  }
}

const server = createServer((req, res) => {
  if (req.url === '/api/health') return send(res, 200, { ok: true });
  const thenOne = req.url === '/api/v1/me/then-one';
  if (req.url !== '/api/v1/me' && !thenOne) return send(res, 404, { error: { code: 'not_found' } });
  const token = cookieValue(req.headers.cookie, 'kintsugi');
  if (!token) return send(res, 401, { error: { code: 'unauthenticated' } });
  const hash = createHash('sha256').update(token).digest('hex');
  const read = thenOne ? readThenOne(hash) : pool.query(ME_QUERY, [hash]);
  read.then(
    ({ rows: [row] }) => {
      if (!row) return send(res, 401, { error: { code: 'unauthenticated' } });
      send(res, 200, {
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        timeZone: row.time_zone,
        createdAt: (row.created_at as Date).toISOString(),
      });
    },
    () => send(res, 500, { error: { code: 'internal' } }),
  );
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Floor is ready at http://127.0.0.1:${port}\n`);
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
