import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notices } from '../../content/data-rights.ts';
import { smallActs } from '../../content/small-acts.ts';
import { EXPORT_CSP, renderExportHtml } from './render-export-html.ts';
import type { ExportDocument } from './data-rights.schema.ts';

const AT = '2026-11-30T09:15:00.000Z';
const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>';
const HEBREW = 'שלום, אני כאן';
const OVERRIDE = 'abc\u202Edef';

const escapeText = (x: string) =>
  x
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

function doc(sections: Record<string, unknown>): ExportDocument {
  return { format: 'kintsugi-export', version: 1, exportedAt: AT, about: '', sections };
}

const sections = {
  accounts: {
    me: {
      id: '00000000-0000-4000-8000-000000000001',
      email: 'ana@example.test',
      displayName: `Ana ${HOSTILE}`,
      timeZone: 'Europe/London',
      createdAt: AT,
    },
    sessions: [{ device: 'Phone', createdAt: AT, lastSeenAt: AT }],
    activity: [],
  },
  couples: {
    memberships: [],
    current: {
      createdAt: AT,
      partners: [
        { displayName: 'Ana', isMe: true, joinedAt: AT },
        { displayName: 'Ben', isMe: false, joinedAt: AT },
      ],
    },
  },
  reflection: {
    myReflections: [
      {
        takenAt: AT,
        patterns: [
          {
            pattern: 'distance',
            level: 'strong',
            score: 22,
            answers: [4, 5, 4, 4, 5],
            note: `I go quiet. ${HOSTILE}`,
            shared: true,
            noteShared: true,
          },
          {
            pattern: 'secrecy',
            level: 'some',
            score: 15,
            answers: [2, 3, 2, 4, 3],
            note: null,
            shared: false,
            noteShared: false,
          },
        ],
      },
    ],
    myStance: { stance: 'broke', shared: false },
    sharedWithMe: { partner: { displayName: 'Ben' }, patterns: [], stance: null },
  },
  checkins: {
    dailyCheckins: {
      mine: [
        {
          day: '2026-11-29',
          emotions: ['hope'],
          safety: 3,
          trust: 2,
          connection: 4,
          need: null,
          note: null,
          visibility: 'private',
        },
        {
          day: '2026-11-30',
          emotions: ['hope', 'sadness'],
          safety: 6,
          trust: 4,
          connection: 5,
          need: HEBREW,
          note: OVERRIDE,
          visibility: 'shared',
        },
      ],
      sharedWithMe: [],
    },
    weeklyCheckins: {
      mine: [{ weekStart: '2026-11-29', appreciated: 'You made tea.', hard: '', need: '' }],
      sharedWithMe: [{ weekStart: '2026-11-29', appreciated: 'You listened.', hard: 'Sunday.' }],
      replies: [
        { item: 'appreciated', body: 'I noticed that too.', isMine: true, at: AT },
        { item: 'hard', body: 'It was.', isMine: false, at: AT },
      ],
    },
    checkinDay: null,
  },
  letters: {
    lettersWritten: [
      {
        isMine: true,
        fromName: 'Ana',
        toName: 'Ben',
        body: `Dear Ben,\n\nThe bench by the river.\n\n${HOSTILE}`,
        state: 'delivered',
        deliverAt: AT,
        createdAt: AT,
        replyToId: null,
      },
    ],
    lettersReceived: [],
  },
  safety: {
    mySafetyChecks: [
      {
        takenAt: AT,
        answers: { humiliated: 'no', afraid: 'sometimes', forced: 'no', hurt: 'unsaid' },
        signalsDanger: true,
      },
    ],
    usingKintsugiAlone: null,
  },
  today: { mySmallActs: [{ day: '2026-11-30', actId: smallActs[0]!.id, outcome: 'done' }] },
  someFeatureAddedLater: { thingsWritten: [{ words: HOSTILE, at: AT }] },
};

describe('the readable export', () => {
  const html = renderExportHtml(doc(sections), 'Europe/London');

  it('says things in sentences, with the app’s own words, not field names or raw answers', () => {
    expect(html).toContain('This speaks to you strongly.');
    expect(html).toContain('Emotional distance');
    expect(html).toContain('Parts of this speak to you.');
    expect(html).toContain('You said you broke the trust.');
    expect(html).toContain('Shared with your partner');
    expect(html).toContain('From Ana to Ben');
    expect(html).toContain('<p dir="auto">The bench by the river.</p>');
    expect(html).toContain('You share a space with Ben since 30 November 2026.');
    for (const raw of [
      'Pattern distance',
      'Level some',
      'Answers',
      '2 3 2 4 3',
      '4 5 4 4 5',
      'Created at',
      'Taken at',
      'My reflections',
      'Score',
      'noteShared',
      'Note shared',
    ])
      expect(html, raw).not.toContain(raw);
  });

  it('draws the check-ins as an SVG chart with a text alternative, and a table of the numbers', () => {
    expect(html).toMatch(
      /<svg class="chart"[^>]*role="img"[^>]*aria-labelledby="chart-title chart-desc"/,
    );
    expect(html).toContain('2 check-ins from Sun, 29 November 2026 to Mon, 30 November 2026.');
    expect(html).toMatch(/<polyline points="[^"]+"/);
    expect(html).toContain('<th scope="col" class="n">Safety</th>');
    expect(html).toMatch(/<td class="n">6<\/td><td class="n">4<\/td><td class="n">5<\/td>/);
    expect(html).toContain('The week of Sun, 29 November 2026');
    expect(html).toContain('Ben’s answers');
    expect(html).toContain(
      'You, on “One thing I appreciated this week”: <bdi>I noticed that too.</bdi>',
    );
    expect(html).toContain('Ben, on “What was hard”: <bdi>It was.</bdi>');
    expect(html).toContain(`${escapeText(smallActs[0]!.text)} <span class="meta">(done)</span>`);
    // No style attributes anywhere: the CSP allows only the hashed style block.
    expect(html).not.toMatch(/\sstyle=/);
  });

  it('escapes every value and isolates right-to-left text', () => {
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).not.toMatch(/<[^>]*\sonerror=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('<bdi>For Ana &lt;script&gt;');
    expect(html).toContain(`<bdi>${HEBREW}</bdi>`);
    expect(html).toContain(`<bdi>${OVERRIDE}</bdi>`);
    // A feature this page does not know yet still shows, as a plain escaped list.
    expect(html).toContain('Some feature added later');
    expect(html).toContain('<span class="label">Words:</span> <bdi>&lt;script&gt;');
  });

  it('keeps its one style block allowed by hash, with no script allowed at all', () => {
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = createHash('sha256').update(style).digest('base64');
    expect(EXPORT_CSP).toContain(`style-src 'sha256-${hash}'`);
    expect(EXPORT_CSP).not.toMatch(/script-src|unsafe-inline/);
    expect(html).toContain(
      `content="${EXPORT_CSP.replace(/; frame-ancestors 'none'$/, '').replace(/'/g, '&#39;')}"`,
    );
    expect(style).toMatch(/@media print\{[\s\S]*nav,\.top,\.print-choice\{display:none\}/);
  });

  it('puts the safety check under its own heading, last, left out of print unless chosen', () => {
    const ids = [...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.at(-1)).toBe('safety');
    expect(html).toContain('<h2 id="safety-h">Your safety check (only yours)</h2>');
    expect(html).toContain('<input type="checkbox" id="print-safety">');
    expect(html).toContain('Are you ever afraid of your partner, or of what they might do?');
    expect(html).toContain('Sometimes');
    expect(html).toContain('What you answered pointed to danger.');
  });

  it('lists what is in it on the cover and in the contents, and explains what of the partner’s is here', () => {
    expect(html).toContain('In it: 1 reflection, 2 daily check-ins, 1 letter, 1 safety check.');
    expect(html).toMatch(/<nav id="contents"[\s\S]*href="#letters"/);
    expect(html).toContain('Nothing Ben kept private is here');
    const alone = renderExportHtml(
      doc({ ...sections, couples: { memberships: [], current: null } }),
    );
    expect(alone).toContain('You are not in a shared space right now.');
    expect(alone).toContain('nothing a partner shared is here');
    expect(alone).not.toContain('removed when this account was closed');
    const closed = renderExportHtml(
      doc({
        ...sections,
        couples: { memberships: [], current: null },
        dataRights: {
          notices: [{ message: notices.partner_deleted, at: AT }],
          timelineMarks: [],
        },
      }),
    );
    expect(closed).toContain('removed when this account was closed');
    expect(closed).toContain(notices.partner_deleted);
  });

  it('shows times in the person’s own time zone', () => {
    const tokyo = renderExportHtml(doc(sections), 'Asia/Tokyo');
    expect(tokyo).toContain('30 November 2026 at 18:15');
    expect(html).toContain('30 November 2026 at 09:15');
  });
});

describe('the daily question in the readable export', () => {
  it('reads each day as the question, my answer and my partner’s, and a day let go plainly', () => {
    const html = renderExportHtml(
      doc({
        questions: {
          questionAnswersMine: [
            {
              day: '2026-11-29',
              question: 'What made you smile?',
              answer: 'MINE-1',
              together: true,
            },
            { day: '2026-11-30', question: 'What was quiet?', answer: null, together: true },
            {
              day: '2026-11-28',
              question: 'What did you eat?',
              answer: 'ALONE-1',
              together: false,
            },
          ],
          questionAnswersPartner: [
            { day: '2026-11-29', question: 'What made you smile?', answer: 'THEIRS-1' },
          ],
        },
      }),
    );
    expect(html).toContain('The daily question');
    expect(html).toContain('MINE-1');
    expect(html).toContain('THEIRS-1');
    expect(html).toContain('You let this one go.');
    expect(html).toContain('Just for you.');
    expect(html).not.toContain('Question answers mine');
    expect(html.indexOf('ALONE-1')).toBeLessThan(html.indexOf('MINE-1'));
  });
});
