import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  type TestPerson,
  type TestServer,
} from '../platform/testing/test-server.ts';
import { features } from './server.ts';

/**
 * The first week (issue 16, decision 140): each person's first steps are read from what exists,
 * their own choices (welcome read, set aside, put away) are theirs alone, and nothing asks a
 * person in danger or using Kintsugi alone to move toward their partner.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ features });
});
afterAll(() => server.close());

const URL = '/api/v1/me/first-week';
const view = async (p: TestPerson) => (await p.client.get(URL)).body;
const patch = (p: TestPerson, body: unknown) => p.client.request('PATCH', URL, body);
const five = [3, 3, 3, 3, 3];
const calm = { humiliated: 'no', afraid: 'no', forced: 'no', hurt: 'no' } as const;

describe('the first week', () => {
  it('starts with the welcome and follows what the person does, in order', async () => {
    const a = await server.person('Ada');
    let v = await view(a);
    expect(v.steps.map((s: { id: string }) => s.id)).toEqual([
      'welcome',
      'safety',
      'stance',
      'partner',
      'reflection',
      'checkin',
    ]);
    expect(v.next).toBe('welcome');
    expect(v.closed).toBe(false);
    expect(v.safetyOfferOpen).toBe(true);

    expect((await patch(a, { welcomed: true })).body.next).toBe('safety');
    await a.client.post('/api/v1/safety/checks', calm);
    v = await view(a);
    expect(v.next).toBe('stance');
    expect(v.safetyOfferOpen).toBe(false);

    await a.client.request('PUT', '/api/v1/reflection/stance', { stance: 'hurt', shared: false });
    expect((await view(a)).next).toBe('partner');

    // An open invite is enough: the partner comes at their own pace.
    expect((await a.client.post('/api/v1/couple')).status).toBe(201);
    expect((await a.client.post('/api/v1/couple/invites')).status).toBe(201);
    expect((await view(a)).next).toBe('reflection');

    await a.client.post('/api/v1/reflection/takes', {
      answers: { insecurity: five, distance: five, secrecy: five, infidelity: five },
    });
    expect((await view(a)).next).toBe('checkin');
    const saved = await a.client.request('PUT', '/api/v1/checkins/today', {
      emotions: ['calm'],
      safety: 6,
      trust: 5,
      connection: 5,
      visibility: 'private',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBeLessThan(300);
    v = await view(a);
    expect(v.next).toBeNull();
    expect(v.steps.every((s: { done: boolean }) => s.done)).toBe(true);
  });

  it('a step skipped for now comes back when asked; putting them away is undone the same way', async () => {
    const a = await server.person('Ada');
    await patch(a, { welcomed: true });
    let v = (await patch(a, { step: { id: 'safety', setAside: true } })).body;
    expect(v.next).toBe('stance');
    expect(v.steps.find((s: { id: string }) => s.id === 'safety').setAside).toBe(true);
    v = (await patch(a, { step: { id: 'safety', setAside: false } })).body;
    expect(v.next).toBe('safety');
    expect((await patch(a, { closed: true })).body.closed).toBe(true);
    expect((await view(a)).closed).toBe(true);
    expect((await patch(a, { closed: false })).body.closed).toBe(false);
    // Reading the welcome twice keeps it read.
    expect((await patch(a, { welcomed: true })).body.steps[0].done).toBe(true);
  });

  it('joining a partner counts for the one invited; choices are each person’s own', async () => {
    const [a, b] = await server.couple(['Ada', 'Ben']);
    await patch(a, { welcomed: true });
    await patch(a, { step: { id: 'stance', setAside: true } });
    const bv = await view(b);
    expect(bv.next).toBe('welcome');
    expect(bv.steps.find((s: { id: string }) => s.id === 'partner').done).toBe(true);
    expect(bv.steps.find((s: { id: string }) => s.id === 'stance').setAside).toBe(false);
  });

  it('after a danger answer, and in solo mode, nothing asks to move toward the partner', async () => {
    const [a] = await server.couple(['Ada', 'Ben']);
    await a.client.post('/api/v1/safety/checks', { ...calm, afraid: 'sometimes' });
    const ids = (await view(a)).steps.map((s: { id: string }) => s.id);
    expect(ids).not.toContain('partner');
    expect(ids).not.toContain('checkin');
    const c = await server.person('Cy');
    await c.client.post('/api/v1/safety/solo');
    expect((await view(c)).steps.map((s: { id: string }) => s.id)).toEqual([
      'welcome',
      'safety',
      'stance',
      'reflection',
    ]);
  });

  it('refuses what is not a choice, with words a person can act on', async () => {
    const a = await server.person('Ada');
    for (const body of [
      {},
      { welcomed: false },
      { step: { id: 'nap', setAside: true } },
      { x: 1 },
    ]) {
      const res = await patch(a, body);
      expect(res.status).toBe(400);
      expect(typeof res.body.error.message).toBe('string');
    }
    expect((await server.client().get(URL)).status).toBe(401);
  });
});
