// A fresh, throw-away database on the local PostgreSQL for one bench run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

async function asAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(
  adminUrl: string,
): Promise<{ name: string; url: string }> {
  const name = `kintsugi_bench_${randomBytes(4).toString('hex')}`;
  await asAdmin(adminUrl, (c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropBenchDatabase(adminUrl: string, name: string): Promise<void> {
  if (!/^kintsugi_bench_[0-9a-f]{8}$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await asAdmin(adminUrl, (c) => c.query(`drop database if exists ${name} with (force)`));
}

export async function serverVersion(adminUrl: string): Promise<string> {
  return asAdmin(
    adminUrl,
    async (c) => (await c.query('show server_version')).rows[0]?.server_version,
  );
}
