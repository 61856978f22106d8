import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database.ts';
import { passTime } from '../../platform/testing/pass-time.ts';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../../platform/testing/test-server.ts';
import { lettersModule } from './letters.routes.server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features: [lettersModule] });
});
afterAll(() => server.close());

async function couple(): Promise<[TestPerson, TestPerson]> {
  const a = await server.person('Avery');
  const b = await server.person('Bay');
  await server.db.withSystem((tx) =>
    queryRows(
      tx,
      sql`with c as (insert into couples (created_by) values (${a.id}) returning id)
          insert into memberships (couple_id, person_id) select c.id, p from c, unnest(array[${a.id}::uuid, ${b.id}::uuid]) p`,
    ),
  );
  return [a, b];
}

const NEVER = '00000000-0000-4000-8000-000000000000';
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString();

/** Every way the partner could ask for a letter by id, compared with an id that never existed. */
async function expectInvisible(other: TestPerson, id: string) {
  const probe = async (target: string) => [
    await other.client.get(`/api/v1/letters/${target}`),
    await other.client.patch(`/api/v1/letters/${target}`, { body: 'x', send: 'now' }),
    await other.client.delete(`/api/v1/letters/${target}`),
    await other.client.post(`/api/v1/letters/${target}/read`),
    await other.client.post('/api/v1/letters', { body: 'reply', send: 'now', replyToId: target }),
  ];
  const real = await probe(id);
  const never = await probe(NEVER);
  for (let i = 0; i < real.length; i++) {
    expect(real[i]!.status, `probe ${i}`).toBe(404);
    expect(real[i]!.text, `probe ${i}`).toBe(never[i]!.text);
  }
  const list = await other.client.get('/api/v1/letters');
  expect(list.body.received.map((l: { id: string }) => l.id)).not.toContain(id);
}

describe('letters', () => {
  it('a letter sent now reaches the partner, who can open it and write back', async () => {
    const [a, b] = await couple();
    const sent = await a.client.post('/api/v1/letters', {
      body: 'What trust means to me is…',
      promptId: 'trust-means',
      send: 'now',
    });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({
      state: 'delivered',
      isMine: true,
      fromName: 'Avery',
      toName: 'Bay',
      isNew: false,
    });
    const id = sent.body.id as string;
    const inbox = await b.client.get('/api/v1/letters');
    expect(inbox.body.received).toEqual([
      expect.objectContaining({
        id,
        isNew: true,
        isMine: false,
        body: 'What trust means to me is…',
      }),
    ]);
    expect((await b.client.post(`/api/v1/letters/${id}/read`)).status).toBe(204);
    expect((await b.client.post(`/api/v1/letters/${id}/read`)).status).toBe(204);
    expect((await b.client.get(`/api/v1/letters/${id}`)).body.isNew).toBe(false);
    // No read receipts: the author's view says nothing about it.
    expect((await a.client.get(`/api/v1/letters/${id}`)).text).not.toContain('readAt');

    const reply = await b.client.post('/api/v1/letters', {
      body: 'Thank you for writing.',
      send: 'now',
      replyToId: id,
    });
    expect(reply.status).toBe(201);
    const thread = await a.client.get(`/api/v1/letters/${id}`);
    expect(thread.body.replies).toEqual([
      expect.objectContaining({ body: 'Thank you for writing.', fromName: 'Bay', isNew: true }),
    ]);
    // While the space is open a delivered letter is the recipient's to keep: the author can no longer
    // change or delete it (only closing their whole account erases it; decision 052).
    expect(
      (await a.client.patch(`/api/v1/letters/${id}`, { body: 'changed', send: 'now' })).status,
    ).toBe(404);
    expect((await a.client.delete(`/api/v1/letters/${id}`)).status).toBe(404);
  });

  it('drafts and scheduled letters do not exist for the partner until their time, by any id', async () => {
    const [a, b] = await couple();
    const stranger = await server.person('Stranger');
    const draft = (await a.client.post('/api/v1/letters', { body: 'DRAFT-TEXT', send: 'draft' }))
      .body;
    expect(draft.state).toBe('draft');
    const later = (
      await a.client.post('/api/v1/letters', {
        body: 'SCHEDULED-TEXT',
        send: 'later',
        deliverAt: inSeconds(3600),
      })
    ).body;
    expect(later.state).toBe('scheduled');
    for (const other of [b, stranger]) {
      await expectInvisible(other, draft.id);
      await expectInvisible(other, later.id);
    }
    expect((await b.client.get('/api/v1/letters')).text).not.toMatch(/DRAFT-TEXT|SCHEDULED-TEXT/);
    expect((await a.client.get('/api/v1/letters')).body.written).toHaveLength(2);
  });

  it('gives the partner the very same answers whether I have 0 or 100 drafts and scheduled letters', async () => {
    const [a, b] = await couple();
    const look = async () => [
      (await b.client.get('/api/v1/letters')).text,
      (await b.client.get(`/api/v1/letters/${NEVER}`)).text,
      (await b.client.post(`/api/v1/letters/${NEVER}/read`)).text,
    ];
    const before = await look();
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`insert into letters (couple_id, author_id, recipient_id, body, status, deliver_at)
            select m.couple_id, ${a.id}, ${b.id}, 'letter ' || g, case when g % 2 = 0 then 'draft' else 'sent' end,
                   case when g % 2 = 0 then null else now() + interval '1 day' end
            from memberships m, generate_series(1, 100) g where m.person_id = ${a.id}`,
      ),
    );
    // A page of 30, and more behind it (decision 112).
    const mine = await a.client.get('/api/v1/letters');
    expect(mine.body.written).toHaveLength(30);
    expect(mine.body.next).toEqual(expect.any(String));
    expect(await look()).toEqual(before);
  });

  it('delivery is a fact of time: a scheduled letter appears once its moment has passed, with nothing running', async () => {
    const [a, b] = await couple();
    const soon = (
      await a.client.post('/api/v1/letters', {
        body: 'In an hour.',
        send: 'later',
        deliverAt: inSeconds(3600),
      })
    ).body;
    expect((await b.client.get(`/api/v1/letters/${soon.id}`)).status).toBe(404);
    // An hour and a minute pass (the letter's times move back; nothing sleeps or runs).
    await passTime(server.db, { table: 'letters', where: sql`id = ${soon.id}`, ms: 3_660_000 });
    const opened = await b.client.get(`/api/v1/letters/${soon.id}`);
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ state: 'delivered', body: 'In an hour.' });
  });

  it('the author changes, reschedules, takes back and deletes a letter before it arrives', async () => {
    const [a, b] = await couple();
    const id = (
      await a.client.post('/api/v1/letters', {
        body: 'First words',
        send: 'later',
        deliverAt: inSeconds(3600),
      })
    ).body.id;
    const back = await a.client.patch(`/api/v1/letters/${id}`, {
      body: 'Better words',
      send: 'draft',
    });
    expect(back.body).toMatchObject({ state: 'draft', body: 'Better words', deliverAt: null });
    const now = await a.client.patch(`/api/v1/letters/${id}`, {
      body: 'Better words',
      send: 'now',
    });
    expect(now.body.state).toBe('delivered');
    expect((await b.client.get(`/api/v1/letters/${id}`)).body.body).toBe('Better words');

    const other = (await a.client.post('/api/v1/letters', { body: 'Maybe not', send: 'draft' }))
      .body.id;
    expect((await a.client.delete(`/api/v1/letters/${other}`)).status).toBe(204);
    expect((await a.client.get(`/api/v1/letters/${other}`)).status).toBe(404);
  });

  it('refuses a time in the past or too far ahead, and a letter without a partner', async () => {
    const [a] = await couple();
    const past = await a.client.post('/api/v1/letters', {
      body: 'x',
      send: 'later',
      deliverAt: inSeconds(-60),
    });
    expect(past.status).toBe(400);
    expect(past.body.error.fields.deliverAt).toBeTruthy();
    expect(
      (
        await a.client.post('/api/v1/letters', {
          body: 'x',
          send: 'later',
          deliverAt: inSeconds(400 * 86400),
        })
      ).status,
    ).toBe(400);
    expect((await a.client.post('/api/v1/letters', { body: 'x', send: 'later' })).status).toBe(400);
    expect(
      (await a.client.post('/api/v1/letters', { body: 'x', send: 'now', recipientId: NEVER }))
        .status,
    ).toBe(400);
    const alone = await server.person('Alone');
    await server.db.withSystem((tx) =>
      queryRows(
        tx,
        sql`with c as (insert into couples (created_by) values (${alone.id}) returning id) insert into memberships (couple_id, person_id) select id, ${alone.id} from c`,
      ),
    );
    const res = await alone.client.post('/api/v1/letters', { body: 'x', send: 'draft' });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('no_partner');
  });

  it('RLS: as the partner, undelivered letters are not in the table at all, and cannot be forged or changed', async () => {
    const [a, b] = await couple();
    await a.client.post('/api/v1/letters', { body: 'draft', send: 'draft' });
    await a.client.post('/api/v1/letters', {
      body: 'later',
      send: 'later',
      deliverAt: inSeconds(3600),
    });
    await a.client.post('/api/v1/letters', { body: 'now', send: 'now' });
    const asB = <T>(
      fn: (tx: Parameters<Parameters<typeof server.db.withOwner>[0]>[0]) => Promise<T>,
    ) =>
      server.db.withOwner(async (tx) => {
        await tx.execute(
          sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
        );
        return fn(tx);
      });
    const rows = await asB((tx) => queryRows<{ body: string }>(tx, sql`select body from letters`));
    expect(rows.map((r) => r.body)).toEqual(['now']);
    const changed = await asB((tx) =>
      queryRows(tx, sql`update letters set body = 'hijacked' returning id`),
    );
    expect(changed).toEqual([]);
    await expect(
      asB((tx) =>
        queryRows(
          tx,
          sql`insert into letters (couple_id, author_id, recipient_id, body, status, deliver_at)
        select couple_id, ${a.id}, ${b.id}, 'forged', 'sent', now() from memberships where person_id = ${b.id}`,
        ),
      ),
    ).rejects.toThrow();
  });

  it('lists what is waiting (unopened letters to me) and exports what I wrote and received', async () => {
    const [a, b] = await couple();
    const id = (await a.client.post('/api/v1/letters', { body: 'hello', send: 'now' })).body.id;
    await a.client.post('/api/v1/letters', {
      body: 'not yet',
      send: 'later',
      deliverAt: inSeconds(3600),
    });
    const waiting = await server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return lettersModule.waiting!({ tx, userId: b.id });
    });
    expect(waiting).toEqual([
      expect.objectContaining({ id, kind: 'letter', href: `/letters/${id}` }),
    ]);
    expect(JSON.stringify(waiting)).not.toContain('hello');
    const exported = await server.db.withOwner(async (tx) => {
      await tx.execute(
        sql`select set_config('role', 'kintsugi_app', true), set_config('app.user_id', ${b.id}, true)`,
      );
      return lettersModule.exportFor!({ tx, userId: b.id });
    });
    expect((exported.lettersReceived as unknown[]).length).toBe(1);
    expect((exported.lettersWritten as unknown[]).length).toBe(0);
  });
});
