// One ordinary first day of two partners, written through the HTTP API only (no feature code), so
// the unit tests (through inject) and the browser journeys (through the page's fetch) can both
// make the same day and look at what the export makes of it.

export type Call = (
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  path: string,
  body?: unknown,
) => Promise<{ status: number; body: unknown }>;

/** Words written on the day, so tests can look for them in the export. */
export const dayWords = {
  reflectionNote: 'I go quiet when I am scared, and then I disappear into work.',
  checkinNeed: 'A slow walk after dinner',
  checkinNote: 'Better than yesterday, still raw in the evening.',
  journal: 'Woke up early.\n\nThe kitchen was quiet and I wrote this before anyone was up.',
  letter: 'Dear you,\n\nI keep thinking about the bench by the river.\n\nWith care, me',
  letterBack: 'Thank you for the letter. I read it twice.',
  promise: 'Call you at lunch',
  agreement: 'We say where we are when plans change',
  talkAnswer: 'I felt alone for most of last winter.',
  talkReflection: 'You felt alone for most of last winter.',
  ownershipDid: 'I hid the messages for months.',
  ownershipHurt: 'You felt foolish for trusting me.',
  ownershipWill: 'I will answer any question you ask, plainly.',
  partnerPrivateJournal: 'PARTNER-PRIVATE-journal-words',
  partnerPrivateCheckinNote: 'PARTNER-PRIVATE-checkin-note',
} as const;

async function ok(call: Call, method: Parameters<Call>[0], path: string, body?: unknown) {
  const res = await call(method, path, body);
  if (res.status >= 300) {
    throw new Error(`${method} ${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return res.body as Record<string, unknown>;
}

/**
 * `me` and `partner` already share a space. `me` does most things the first day offers; the
 * partner answers, shares a little and keeps some things private.
 */
export async function oneDayOfUse(me: Call, partner: Call): Promise<void> {
  await ok(me, 'POST', '/api/v1/safety/checks', {
    humiliated: 'no',
    afraid: 'no',
    forced: 'no',
    hurt: 'no',
  });
  await ok(me, 'PUT', '/api/v1/reflection/stance', { stance: 'broke', shared: false });
  const take = await ok(me, 'POST', '/api/v1/reflection/takes', {
    answers: {
      insecurity: [2, 3, 2, 4, 3],
      distance: [4, 5, 4, 4, 5],
      secrecy: [5, 4, 4, 5, 4],
      infidelity: [1, 2, 1, 1, 2],
    },
    notes: { distance: dayWords.reflectionNote },
  });
  await ok(me, 'PUT', `/api/v1/reflection/takes/${String(take.id)}/sharing`, {
    patterns: ['distance'],
    includeNotes: true,
  });
  await ok(me, 'PUT', '/api/v1/checkins/today', {
    emotions: ['hope', 'sadness'],
    safety: 6,
    trust: 4,
    connection: 5,
    need: dayWords.checkinNeed,
    note: dayWords.checkinNote,
    visibility: 'shared',
  });
  await ok(partner, 'PUT', '/api/v1/checkins/today', {
    emotions: ['hurt'],
    safety: 5,
    trust: 3,
    connection: 4,
    note: dayWords.partnerPrivateCheckinNote,
    visibility: 'private',
  });
  await ok(me, 'PUT', '/api/v1/checkins/weekly', {
    appreciated: 'You made tea without asking.',
    hard: 'Sunday evening.',
  });
  await ok(me, 'POST', '/api/v1/journal', { body: dayWords.journal, emotions: ['calm'] });
  await ok(partner, 'POST', '/api/v1/journal', { body: dayWords.partnerPrivateJournal });
  const letter = await ok(me, 'POST', '/api/v1/letters', { body: dayWords.letter, send: 'now' });
  await ok(partner, 'POST', '/api/v1/letters', {
    body: dayWords.letterBack,
    send: 'now',
    replyToId: letter.id,
  });
  await ok(me, 'POST', '/api/v1/promises', {
    text: dayWords.promise,
    dueAt: new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString(),
  });
  const reviewOn = new Date(Date.now() + 30 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  const agreement = await ok(me, 'POST', '/api/v1/agreements', {
    title: dayWords.agreement,
    dailyLife: 'A short message is enough: where, with whom, back around when.',
    reviewOn,
  });
  await ok(partner, 'POST', `/api/v1/agreements/${String(agreement.id)}/actions`, {
    action: 'accept',
    version: agreement.latestVersion,
  });
  const talk = await ok(me, 'POST', '/api/v1/talks', {
    ownQuestion: 'What was last winter like for you?',
    firstSpeaker: 'me',
  });
  const afterAnswer = await ok(me, 'POST', `/api/v1/talks/${String(talk.id)}/turns`, {
    version: talk.version,
    kind: 'answer',
    body: dayWords.talkAnswer,
  });
  await ok(partner, 'POST', `/api/v1/talks/${String(talk.id)}/turns`, {
    version: afterAnswer.version,
    kind: 'reflection',
    body: dayWords.talkReflection,
  });
  await ok(me, 'POST', '/api/v1/ownership', {
    whatIDid: dayWords.ownershipDid,
    howItHurt: dayWords.ownershipHurt,
    whatIWillDo: dayWords.ownershipWill,
  });
  const path = await ok(me, 'GET', '/api/v1/path');
  const face = (path.stages as { stage: string; mine: { version: number } }[]).find(
    (s) => s.stage === 'face',
  );
  await ok(me, 'PUT', '/api/v1/path/stages/face', {
    status: 'working',
    version: face?.mine.version ?? 0,
  });
}
