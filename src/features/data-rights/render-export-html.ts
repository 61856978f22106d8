import { createHash } from 'node:crypto';
import { z } from 'zod';
import { emotionLabels, scaleWords, weekdayNames, weeklyPrompts } from '../../content/checkins.ts';
import {
  activityWords,
  exportWords,
  notices,
  readable,
  sectionLabels,
} from '../../content/data-rights.ts';
import { statusWords as agreementStatus } from '../../content/agreements.ts';
import { levelWords, patterns, stances } from '../../content/patterns.ts';
import { promiseList } from '../../content/promises.ts';
import { questionWords } from '../../content/questions/index.ts';
import { reflection as reflectionWords } from '../../content/reflection.ts';
import { safety as safetyWords } from '../../content/safety.ts';
import { smallActById } from '../../content/small-acts.ts';
import { stages, statusWords as stageStatus } from '../../content/stages.ts';
import { topicById } from '../../content/talks.ts';
import { visionExport } from '../../content/vision.ts';
import { formatDay } from '../../platform/time/days.ts';
import type { ExportDocument } from './data-rights.schema.ts';
import { memoriesSectionHtml } from './render-memories-html.ts';

/**
 * The export as a page a person would keep (decision 141): sections in sentences, check-ins as a
 * small chart and a table, letters as letters. No script, no outside requests; the only style is
 * the block below, allowed by its hash in the Content-Security-Policy (both the header and a meta
 * tag, so the policy still holds when the file is opened from disk). Every value is escaped, and
 * everything a person wrote is isolated for direction (`dir="auto"`, `<bdi>`).
 *
 * Each feature's section is read through a small schema of the fields this page shows; a section
 * that does not match (or a feature added later) is shown as a plain list instead, never dropped.
 */
const STYLE = `
:root{color-scheme:light}
body{font:17px/1.55 Georgia,'Iowan Old Style','Times New Roman',serif;color:#1d1b19;background:#fbf8f3;margin:0}
main{max-width:42rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1,h2,h3,h4,nav,table,figure,.meta,.label,.toc-link,label{font-family:system-ui,-apple-system,'Segoe UI',sans-serif}
h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0}h2{font-size:1.35rem;margin:0 0 .75rem;padding-bottom:.3rem;border-bottom:2px solid #b08a3e}
h3{font-size:1.08rem;margin:1.5rem 0 .35rem}h4{font-size:.98rem;margin:1rem 0 .25rem}article>:first-child{margin-top:0}.label .meta{font-weight:400}
section{margin:2.5rem 0}p{margin:.4rem 0}ul,ol{padding-left:1.25rem;margin:.4rem 0}
.meta{color:#5a554f;font-size:.9rem}.label{font-weight:600;font-size:.92rem}
.lead{color:#3d3934}.cover{border:1px solid #e6dccb;background:#fff;padding:1rem 1.25rem;border-radius:.5rem}
.note{background:#f3ecdf;border-left:4px solid #b08a3e;padding:.6rem .9rem;margin:1rem 0}
article{background:#fff;border:1px solid #e6dccb;border-radius:.5rem;padding:.75rem 1rem;margin:.9rem 0;overflow-wrap:anywhere}
article.letter{padding:1.25rem 1.25rem}
.turn{margin:.6rem 0 .6rem .25rem;padding-left:.75rem;border-left:3px solid #e6dccb}.turn.partner{border-left-color:#8fa3b8}
nav ol{columns:2;column-gap:2rem}nav li{margin:.2rem 0}
.top{font-size:.85rem;margin-top:.75rem}
a{color:#5b3f0b}
table{border-collapse:collapse;width:100%;font-size:.9rem;margin:.5rem 0}
th,td{border-bottom:1px solid #e6dccb;padding:.35rem .4rem;text-align:left;vertical-align:top}
th{font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}tr.day td,tr.day th{border-bottom:0;padding-bottom:0}tr.words td{padding-top:.1rem;color:#3d3934}
.table-wrap{overflow-x:auto}
figure{margin:.75rem 0}figure img{display:block;max-width:100%;height:auto;border-radius:.35rem}svg.chart{display:block;width:100%;height:auto;background:#fff;border:1px solid #e6dccb;border-radius:.5rem}.key svg{vertical-align:middle}
figcaption{font-size:.9rem;color:#3d3934}.key{display:inline-block;margin-right:1rem}
.choice{display:flex;gap:.5rem;align-items:flex-start;margin:.75rem 0}.choice input{width:1.25rem;height:1.25rem;margin-top:.15rem}
@media (max-width:30rem){body{font-size:16px}nav ol{columns:1}main{padding:1rem .85rem 2.5rem}}
@media print{
body{background:#fff;font-size:11.5pt;line-height:1.45}main{max-width:none;padding:0}
nav,.top,.print-choice{display:none}
section{break-before:page;margin:0}section.cover-page{break-before:auto}
article,figure,tr,.turn{break-inside:avoid}h2,h3,h4{break-after:avoid}
article,.cover,svg.chart{border-color:#999}.note{background:none}
a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em}
body:not(:has(#print-safety:checked)) #safety{display:none}
}
`;
const styleHash = createHash('sha256').update(STYLE).digest('base64');

export const EXPORT_CSP = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
const META_CSP = EXPORT_CSP.replace(/; frame-ancestors 'none'$/, '');

export const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** Someone's words inside a sentence: escaped and isolated for direction. */
const bdi = (text: string) => `<bdi>${escapeHtml(text)}</bdi>`;

/** Someone's words as paragraphs: blank lines part paragraphs, single newlines stay. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p dir="auto">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const p = (html: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${html}</p>`;
const t = escapeHtml;

// ---- dates, in the person's own time zone -------------------------------------------------

interface Dates {
  at(iso: string | null | undefined): string;
  day(iso: string | null | undefined): string;
  zone: string;
}

function datesIn(timeZone: string): Dates {
  const make = (options: Intl.DateTimeFormatOptions, zone: string) => {
    try {
      return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: zone });
    } catch {
      return new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    }
  };
  const at = make({ dateStyle: 'long', timeStyle: 'short' }, timeZone);
  const day = make({ dateStyle: 'long' }, timeZone);
  // A calendar day ("2026-11-30") names that day wherever the person is.
  const calendarDay = make(
    { weekday: 'short', day: 'numeric', month: 'long', year: 'numeric' },
    'UTC',
  );
  const safe = (format: Intl.DateTimeFormat, value: string) => {
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? value : format.format(date);
  };
  return {
    zone: timeZone,
    at: (iso) => (iso ? safe(at, iso) : ''),
    day: (iso) =>
      !iso
        ? ''
        : /^\d{4}-\d{2}-\d{2}$/.test(iso)
          ? safe(calendarDay, `${iso}T12:00:00Z`)
          : safe(day, iso),
  };
}

// ---- the fields each section shows (anything else stays in the JSON) ------------------------

const str = z.string();
const optStr = z.string().nullish();
const accountsSection = z.object({
  me: z.object({ email: str, displayName: str, timeZone: str, createdAt: str }),
  sessions: z.array(z.unknown()).default([]),
  activity: z.array(z.object({ kind: str, at: str })).default([]),
});
const couplesSection = z.object({
  memberships: z.array(z.object({ space: str, joinedAt: str, leftAt: optStr })).default([]),
  current: z
    .object({
      createdAt: str,
      partners: z.array(z.object({ displayName: str, isMe: z.boolean(), joinedAt: str })),
    })
    .nullish(),
});
const levelSchema = z.enum(['quiet', 'some', 'strong']);
const reflectionSection = z.object({
  myReflections: z
    .array(
      z.object({
        takenAt: str,
        patterns: z.array(
          z.object({
            pattern: str,
            level: levelSchema,
            note: optStr,
            shared: z.boolean(),
            noteShared: z.boolean().default(false),
          }),
        ),
      }),
    )
    .default([]),
  myStance: z
    .object({ stance: z.enum(['broke', 'hurt', 'both', 'unsaid']), shared: z.boolean() })
    .nullish(),
  sharedWithMe: z
    .object({
      partner: z.object({ displayName: str }).nullish(),
      patterns: z.array(z.object({ pattern: str, level: levelSchema, note: optStr })).default([]),
      stance: z.enum(['broke', 'hurt', 'both', 'unsaid']).nullish(),
    })
    .nullish(),
});
const daily = z.object({
  day: str,
  emotions: z.array(str).default([]),
  safety: z.number(),
  trust: z.number(),
  connection: z.number(),
  need: optStr,
  note: optStr,
  visibility: str.optional(),
});
const weeklyAnswer = z.looseObject({ weekStart: str });
const checkinsSection = z.object({
  dailyCheckins: z.object({
    mine: z.array(daily).default([]),
    sharedWithMe: z.array(daily).default([]),
  }),
  weeklyCheckins: z
    .object({
      mine: z.array(weeklyAnswer).default([]),
      sharedWithMe: z.array(weeklyAnswer).default([]),
      replies: z
        .array(z.object({ item: str, body: str, isMine: z.boolean(), at: optStr }))
        .default([]),
    })
    .nullish(),
  checkinDay: z.object({ weekday: z.number() }).nullish(),
});
const lettersSection = z.object({
  lettersWritten: z.array(z.unknown()).default([]),
  lettersReceived: z.array(z.unknown()).default([]),
});
const letter = z.object({
  isMine: z.boolean(),
  fromName: str,
  toName: str,
  body: str,
  state: str,
  deliverAt: optStr,
  createdAt: str,
  replyToId: optStr,
});
const journalSection = z.object({
  journal: z.array(z.object({ body: str, emotions: z.array(str).default([]), createdAt: str })),
});
const talksSection = z.object({
  conversations: z
    .array(
      z.object({
        topicId: optStr,
        ownQuestion: optStr,
        people: z.array(z.object({ id: str, displayName: str, isMe: z.boolean() })),
        pause: z.object({ until: str }).nullish(),
        endedAt: optStr,
        createdAt: str,
        turns: z.array(z.object({ authorId: str, kind: str, body: optStr, createdAt: str })),
      }),
    )
    .default([]),
  ownershipStatements: z
    .array(
      z.object({
        isMine: z.boolean(),
        authorName: str,
        recipientName: str,
        versions: z.array(
          z.object({
            whatIDid: str,
            howItHurt: str,
            whatIWillDo: str,
            createdAt: str,
            answer: z.object({ landed: optStr, missing: optStr, createdAt: str }).nullish(),
          }),
        ),
      }),
    )
    .default([]),
  ownershipAnswersGiven: z
    .array(z.object({ landed: optStr, missing: optStr, at: str }))
    .default([]),
});
const agreementsSection = z.object({
  agreements: z.array(
    z.object({
      status: str,
      isHistory: z.boolean().default(false),
      title: str,
      agreedVersion: z.number().nullish(),
      latestVersion: z.number(),
      reviewOn: optStr,
      versions: z.array(
        z.object({ number: z.number(), title: str, dailyLife: str, whySafe: optStr }),
      ),
      steps: z.array(
        z.object({ kind: str, version: z.number(), note: optStr, byMe: z.boolean(), at: str }),
      ),
    }),
  ),
});
const promisesSection = z.object({
  promises: z.array(
    z.object({
      byMe: z.boolean(),
      visibility: str,
      text: str,
      dueAt: optStr,
      status: z.enum(['open', 'kept', 'missed']),
      createdAt: str,
      steps: z.array(
        z.object({ kind: str, text: optStr, note: optStr, byMe: z.boolean(), at: str }),
      ),
    }),
  ),
  myMissesSharedWithPartner: z.boolean().default(false),
  noticedByMe: z.array(z.object({ word: optStr, at: str })).default([]),
});
const stageStatusSchema = z.enum(['not-yet', 'working', 'returning', 'steady']);
const pathSection = z.object({
  stages: z.array(z.object({ stage: str, status: stageStatusSchema, updatedAt: optStr })),
  history: z
    .array(z.object({ stage: str, from: stageStatusSchema, to: stageStatusSchema, at: str }))
    .default([]),
});
const safetySection = z.object({
  mySafetyChecks: z.array(
    z.object({
      takenAt: str,
      answers: z.record(z.string(), z.string()),
      signalsDanger: z.boolean().default(false),
    }),
  ),
  usingKintsugiAlone: z.object({ since: str }).nullish(),
});
const todaySection = z.object({
  mySmallActs: z.array(z.object({ day: str, actId: str, outcome: str })).default([]),
});
const timeApartSection = z.object({
  pauses: z
    .array(z.object({ startedByMe: z.boolean(), startedAt: str, endsAt: optStr, endedAt: optStr }))
    .default([]),
});
const dataRightsSection = z.object({
  notices: z.array(z.object({ message: str, at: str })).default([]),
  timelineMarks: z
    .array(z.object({ what: str, byMe: z.boolean(), visibility: str, at: str }))
    .default([]),
});
const remindersSection = z.object({
  reminders: z.object({ channels: z.record(z.string(), z.boolean()) }),
});

// ---- the generic fallback: a plain list for anything no schema above reads ------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** camelCase and snake_case keys as words a person reads: "createdAt" -> "Created at". */
export function humanize(key: string): string {
  const spaced = key
    .replace(/_/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function plainList(value: unknown, d: Dates, depth = 0): string {
  if (value === null || value === undefined) return t(exportWords.none);
  if (typeof value === 'boolean') return value ? exportWords.yes : exportWords.no;
  if (typeof value === 'number' || typeof value === 'bigint') return t(String(value));
  if (typeof value === 'string') return ISO.test(value) ? t(d.at(value)) : bdi(value);
  if (depth > 8) return bdi(JSON.stringify(value));
  if (Array.isArray(value)) {
    if (value.length === 0) return t(exportWords.nothing);
    return `<ul>${value.map((v) => `<li>${plainList(v, d, depth + 1)}</li>`).join('')}</ul>`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => !(typeof v === 'string' && UUID.test(v)),
    );
    if (entries.length === 0) return t(exportWords.nothing);
    return `<ul>${entries
      .map(
        ([k, v]) =>
          `<li><span class="label">${t(humanize(k))}:</span> ${plainList(v, d, depth + 1)}</li>`,
      )
      .join('')}</ul>`;
  }
  // Only a symbol or a function is left, and neither comes out of JSON.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return t(String(value));
}

// ---- sections ---------------------------------------------------------------------------

interface Section {
  id: string;
  title: string;
  /** A short count for the cover's list ("2 letters"); empty when there is nothing. */
  summary: string;
  html: string;
}

interface Who {
  me: string;
  partner: string | null;
}

const patternName = (id: string) => patterns.find((x) => x.id === id)?.name ?? humanize(id);
const stageName = (id: string) => stages.find((s) => s.id === id)?.name ?? humanize(id);
const feelings = (ids: readonly string[]) =>
  ids.map((e) => (emotionLabels as Record<string, string>)[e] ?? e).join(', ');
const levelOrder = { strong: 0, some: 1, quiet: 2 } as const;

function accountSection(data: unknown, couples: unknown, d: Dates): Section | null {
  const a = accountsSection.safeParse(data);
  if (!a.success) return null;
  const c = couplesSection.safeParse(couples);
  const { me } = a.data;
  const lines = [
    readable.account.signedUp(me.displayName, me.email, d.day(me.createdAt)),
    readable.account.zone(me.timeZone),
  ].map((line) => p(t(line)));
  if (c.success) {
    const current = c.data.current;
    const partner = current?.partners.find((x) => !x.isMe);
    if (current && partner)
      lines.push(p(t(readable.account.space(partner.displayName, d.day(partner.joinedAt)))));
    else if (current) lines.push(p(t(readable.account.spaceAlone(d.day(current.createdAt)))));
    else lines.push(p(t(readable.account.noSpace)));
    for (const m of c.data.memberships.filter((x) => x.leftAt))
      lines.push(p(t(readable.account.earlier(d.day(m.joinedAt), d.day(m.leftAt)))));
  }
  lines.push(p(t(readable.account.devices(a.data.sessions.length))));
  if (a.data.activity.length > 0) {
    const kinds = activityWords.kinds as Record<string, string>;
    lines.push(
      `<h3>${t(readable.account.activityHeading)}</h3><ul>${a.data.activity
        .map((x) => `<li>${t(d.at(x.at))}: ${t(kinds[x.kind] ?? humanize(x.kind))}</li>`)
        .join('')}</ul>`,
    );
  }
  return { id: 'account', title: readable.sections.account, summary: '', html: lines.join('') };
}

function reflectionSectionHtml(data: unknown, d: Dates, who: Who): Section | null {
  const r = reflectionSection.safeParse(data);
  if (!r.success) return null;
  const takes = [...r.data.myReflections].sort((x, y) => y.takenAt.localeCompare(x.takenAt));
  const out: string[] = [];
  const [latest, ...earlier] = takes;
  if (!latest) out.push(p(t(readable.reflection.none)));
  else {
    out.push(`<h3>${t(readable.reflection.latest(d.day(latest.takenAt)))}</h3>`);
    out.push(p(t(readable.reflection.lead), 'meta'));
    for (const x of [...latest.patterns].sort(
      (a, b) => levelOrder[a.level] - levelOrder[b.level],
    )) {
      const pattern = patterns.find((y) => y.id === x.pattern);
      out.push(
        `<article><h4>${t(patternName(x.pattern))}</h4>${p(t(levelWords[x.level].mine))}${
          pattern && x.level === 'strong'
            ? p(
                `<span class="label">${t(reflectionWords.result.beneath)}:</span> ${t(pattern.beneath)}`,
              )
            : ''
        }${x.note ? `<p class="label">${t(reflectionWords.result.yourNote)}</p>${paragraphs(x.note)}` : ''}${p(
          t(x.shared ? reflectionWords.result.shared : reflectionWords.result.private),
          'meta',
        )}</article>`,
      );
    }
  }
  if (earlier.length > 0) {
    out.push(`<h3>${t(readable.reflection.earlier)}</h3><ul>`);
    for (const take of earlier) {
      const strong = take.patterns
        .filter((x) => x.level === 'strong')
        .map((x) => patternName(x.pattern));
      out.push(
        `<li>${t(readable.reflection.earlierLine(d.day(take.takenAt), strong.length ? strong.join(', ') : readable.reflection.nothingStrong))}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (r.data.myStance) {
    out.push(
      `<h3>${t(readable.reflection.stanceHeading)}</h3>${p(
        `${t(stances[r.data.myStance.stance].mine)} <span class="meta">${t(
          r.data.myStance.shared
            ? reflectionWords.stance.sharedNote
            : reflectionWords.stance.privateNote,
        )}</span>`,
      )}`,
    );
  }
  const shared = r.data.sharedWithMe;
  if (shared && (shared.patterns.length > 0 || shared.stance)) {
    const name = shared.partner?.displayName ?? who.partner ?? readable.yourPartner;
    out.push(`<h3>${t(readable.reflection.partnerShared(name))}</h3>`);
    if (shared.stance) out.push(p(t(stances[shared.stance].theirs(name))));
    for (const x of shared.patterns) {
      out.push(
        `<article><h4>${t(patternName(x.pattern))}</h4>${p(t(levelWords[x.level].theirs))}${
          x.note
            ? `<p class="label">${t(reflectionWords.partner.theirNote)}</p>${paragraphs(x.note)}`
            : ''
        }</article>`,
      );
    }
  }
  return {
    id: 'reflection',
    title: readable.sections.reflection,
    summary: takes.length ? readable.count(takes.length, 'reflection', 'reflections') : '',
    html: out.join(''),
  };
}

const SCALE_STYLE = {
  safety: { stroke: '#7a4f0c', dash: '' },
  trust: { stroke: '#2f5d7c', dash: '6 4' },
  connection: { stroke: '#5b6b2f', dash: '2 3' },
} as const;

/** A small line chart of the three scales, drawn with presentation attributes only (no style). */
function checkinChart(days: z.infer<typeof daily>[], d: Dates): string {
  const W = 400;
  const H = 170;
  const left = 34;
  const right = 16;
  const top = 14;
  const bottom = 34;
  const x = (i: number) =>
    days.length === 1
      ? (left + W - right) / 2
      : left + (i * (W - left - right)) / (days.length - 1);
  const y = (v: number) => top + ((10 - v) * (H - top - bottom)) / 10;
  const grid = [0, 5, 10]
    .map(
      (v) =>
        `<line x1="${left}" x2="${W - right}" y1="${y(v)}" y2="${y(v)}" stroke="#e6dccb"/><text x="${left - 8}" y="${y(v) + 4}" text-anchor="end" font-size="12" fill="#5a554f">${v}</text>`,
    )
    .join('');
  const lines = (['safety', 'trust', 'connection'] as const)
    .map((scale) => {
      const s = SCALE_STYLE[scale];
      const points = days.map((c, i) => `${x(i).toFixed(1)},${y(c[scale]).toFixed(1)}`);
      const dash = s.dash ? ` stroke-dasharray="${s.dash}"` : '';
      return `${days.length > 1 ? `<polyline points="${points.join(' ')}" fill="none" stroke="${s.stroke}" stroke-width="2.5"${dash}/>` : ''}${days
        .map(
          (c, i) =>
            `<circle cx="${x(i).toFixed(1)}" cy="${y(c[scale]).toFixed(1)}" r="4" fill="${s.stroke}"/>`,
        )
        .join('')}`;
    })
    .join('');
  const first = days[0]!;
  const last = days.at(-1)!;
  const labels =
    days.length === 1
      ? `<text x="${x(0)}" y="${H - 10}" text-anchor="middle" font-size="12" fill="#3d3934">${t(d.day(first.day))}</text>`
      : `<text x="${left}" y="${H - 10}" font-size="12" fill="#3d3934">${t(d.day(first.day))}</text><text x="${W - right}" y="${H - 10}" text-anchor="end" font-size="12" fill="#3d3934">${t(d.day(last.day))}</text>`;
  const keys = (['safety', 'trust', 'connection'] as const)
    .map(
      (scale) =>
        `<span class="key"><svg width="28" height="10" viewBox="0 0 28 10" aria-hidden="true"><line x1="0" x2="28" y1="5" y2="5" stroke="${SCALE_STYLE[scale].stroke}" stroke-width="3"${SCALE_STYLE[scale].dash ? ` stroke-dasharray="${SCALE_STYLE[scale].dash}"` : ''}/></svg> ${t(scaleWords[scale].short)}</span>`,
    )
    .join('');
  const desc = readable.checkins.chartDesc(days.length, d.day(first.day), d.day(last.day));
  return `<figure><svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="chart-title chart-desc"><title id="chart-title">${t(readable.checkins.chartTitle)}</title><desc id="chart-desc">${t(desc)}</desc>${grid}${lines}${labels}</svg><figcaption>${keys}<br>${t(desc)}</figcaption></figure>`;
}

function checkinTable(rows: z.infer<typeof daily>[], d: Dates, mine: boolean): string {
  const head = [scaleWords.safety.short, scaleWords.trust.short, scaleWords.connection.short];
  return `<div class="table-wrap"><table><thead><tr><th scope="col">${t(readable.checkins.day)}</th>${head
    .map((h) => `<th scope="col" class="n">${t(h)}</th>`)
    .join('')}</tr></thead><tbody>${rows
    .map((c) => {
      const words = [
        c.emotions.length ? `${t(readable.checkins.feelings)}: ${t(feelings(c.emotions))}.` : '',
        ...[c.need, c.note].filter(Boolean).map((x) => bdi(x!)),
        mine && c.visibility
          ? `<span class="meta">${t(c.visibility === 'shared' ? readable.checkins.shared : readable.checkins.private)}</span>`
          : '',
      ].filter(Boolean);
      return `<tr class="day"><th scope="row">${t(d.day(c.day))}</th><td class="n">${c.safety}</td><td class="n">${c.trust}</td><td class="n">${c.connection}</td></tr><tr class="words"><td colspan="4" dir="auto">${words.join('<br>')}</td></tr>`;
    })
    .join('')}</tbody></table></div>`;
}

function weeklyAnswers(answer: Record<string, unknown>): string {
  return weeklyPrompts
    .filter((q) => typeof answer[q.id] === 'string' && (answer[q.id] as string).trim())
    .map((q) => `<p class="label">${t(q.label)}</p>${paragraphs(answer[q.id] as string)}`)
    .join('');
}

function checkinsSectionHtml(data: unknown, d: Dates, who: Who): Section | null {
  const c = checkinsSection.safeParse(data);
  if (!c.success) return null;
  const mine = [...c.data.dailyCheckins.mine].sort((a, b) => a.day.localeCompare(b.day));
  const theirs = [...c.data.dailyCheckins.sharedWithMe].sort((a, b) => a.day.localeCompare(b.day));
  const out: string[] = [];
  if (mine.length === 0) out.push(p(t(readable.checkins.none)));
  else out.push(checkinChart(mine, d), checkinTable(mine, d, true));
  if (theirs.length > 0)
    out.push(
      `<h3>${t(readable.checkins.partnerHeading(who.partner ?? readable.yourPartner))}</h3>${checkinTable(theirs, d, false)}`,
    );
  const weekly = c.data.weeklyCheckins;
  if (weekly && (weekly.mine.length > 0 || weekly.sharedWithMe.length > 0)) {
    out.push(`<h3>${t(readable.checkins.weeklyHeading)}</h3>`);
    const weeks = [
      ...new Set([...weekly.mine, ...weekly.sharedWithMe].map((w) => w.weekStart)),
    ].sort();
    for (const week of weeks) {
      const own = weekly.mine.find((w) => w.weekStart === week);
      const other = weekly.sharedWithMe.find((w) => w.weekStart === week);
      out.push(
        `<article><h4>${t(readable.checkins.weekOf(d.day(week)))}</h4>${
          own ? `<p class="meta">${t(readable.checkins.yours)}</p>${weeklyAnswers(own)}` : ''
        }${other ? `<p class="meta">${t(readable.checkins.theirs(who.partner ?? readable.yourPartner))}</p>${weeklyAnswers(other)}` : ''}</article>`,
      );
    }
    const replies = weekly.replies.filter((r) => r.body.trim());
    if (replies.length > 0) {
      out.push(
        `<h4>${t(readable.checkins.replies)}</h4><ul>${replies
          .map((r) => {
            const item = weeklyPrompts.find((q) => q.id === r.item)?.label ?? r.item;
            const by = r.isMine ? readable.you : (who.partner ?? readable.yourPartner);
            return `<li dir="auto">${t(by)}, on “${t(item)}”: ${bdi(r.body)}</li>`;
          })
          .join('')}</ul>`,
      );
    }
  }
  if (c.data.checkinDay && weekdayNames[c.data.checkinDay.weekday])
    out.push(p(t(readable.checkins.day_of_week(weekdayNames[c.data.checkinDay.weekday]!)), 'meta'));
  const n = mine.length + theirs.length;
  return {
    id: 'checkins',
    title: readable.sections.checkins,
    summary: n ? readable.count(n, 'daily check-in', 'daily check-ins') : '',
    html: out.join(''),
  };
}

function lettersSectionHtml(data: unknown, d: Dates): Section | null {
  const l = lettersSection.safeParse(data);
  if (!l.success) return null;
  const all = [...l.data.lettersWritten, ...l.data.lettersReceived]
    .map((x) => letter.safeParse(x))
    .filter((x) => x.success)
    .map((x) => x.data)
    .sort((a, b) => (a.deliverAt ?? a.createdAt).localeCompare(b.deliverAt ?? b.createdAt));
  const html =
    all.length === 0
      ? p(t(readable.letters.none))
      : all
          .map((x) => {
            const when =
              x.state === 'draft'
                ? readable.letters.draft
                : x.state === 'scheduled'
                  ? readable.letters.scheduled(d.at(x.deliverAt))
                  : readable.letters.delivered(d.at(x.deliverAt ?? x.createdAt));
            return `<article class="letter"><h3>${t(readable.letters.fromTo(x.fromName, x.toName))}</h3><p class="meta">${t(when)}${
              x.replyToId ? ` ${t(readable.letters.reply)}` : ''
            }</p>${paragraphs(x.body)}</article>`;
          })
          .join('');
  return {
    id: 'letters',
    title: readable.sections.letters,
    summary: all.length ? readable.count(all.length, 'letter', 'letters') : '',
    html,
  };
}

/** A section that holds nothing: filtered out with the others that have no html. */
const EMPTY: Section = { id: 'empty', title: '', summary: '', html: '' };

const questionsSection = z.object({
  questionAnswersMine: z.array(
    z.object({ day: str, question: str, answer: str.nullable(), together: z.boolean() }),
  ),
  questionAnswersPartner: z.array(z.object({ day: str, question: str, answer: str })),
});

/** The daily question: each day I answered (or let go), with my partner's answer where I saw it. */
function questionsSectionHtml(data: unknown, d: Dates, who: Who): Section | null {
  const q = questionsSection.safeParse(data);
  if (!q.success) return null;
  const w = questionWords.readable;
  const theirs = new Map(q.data.questionAnswersPartner.map((x) => [x.day, x]));
  const days = [...q.data.questionAnswersMine].sort((a, b) => a.day.localeCompare(b.day));
  const partner = who.partner ?? questionWords.partnerFallback;
  // A section with nothing in it is left out (the contents and the cover list only what is here).
  if (days.length === 0) return EMPTY;
  const html = days
    .map((x) => {
      const other = x.together ? theirs.get(x.day) : undefined;
      return `<article><h3>${t(d.day(x.day))}</h3>${p(bdi(x.question), 'label')}${
        x.answer === null
          ? p(t(w.letGo), 'meta')
          : `${p(t(x.together ? w.you : w.justForYou), 'meta')}${paragraphs(x.answer)}`
      }${other ? `${p(bdi(partner), 'meta')}${paragraphs(other.answer)}` : ''}</article>`;
    })
    .join('');
  return {
    id: 'questions',
    title: w.title,
    summary: days.length ? w.count(days.length) : '',
    html,
  };
}

function journalSectionHtml(data: unknown, d: Dates): Section | null {
  const j = journalSection.safeParse(data);
  if (!j.success) return null;
  const entries = [...j.data.journal].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const html =
    entries.length === 0
      ? p(t(readable.journal.none))
      : p(t(readable.journal.onlyYou), 'meta') +
        entries
          .map(
            (e) =>
              `<article><h3>${t(d.at(e.createdAt))}</h3>${
                e.emotions.length
                  ? p(t(readable.journal.feelings(feelings(e.emotions))), 'meta')
                  : ''
              }${paragraphs(e.body)}</article>`,
          )
          .join('');
  return {
    id: 'journal',
    title: readable.sections.journal,
    summary: entries.length
      ? readable.count(entries.length, 'journal entry', 'journal entries')
      : '',
    html,
  };
}

function talksSections(data: unknown, d: Dates): Section[] {
  const s = talksSection.safeParse(data);
  if (!s.success) return [];
  const talks = s.data.conversations.map((c) => {
    const name = (id: string) => {
      const person = c.people.find((x) => x.id === id);
      return person ? (person.isMe ? readable.you : person.displayName) : readable.yourPartner;
    };
    const mine = (id: string) => c.people.find((x) => x.id === id)?.isMe ?? false;
    const state = c.endedAt
      ? readable.talks.ended(d.day(c.endedAt))
      : c.pause
        ? readable.talks.paused(d.at(c.pause.until))
        : readable.talks.open;
    const turns = c.turns.length
      ? c.turns
          .map((turn) => {
            const say = (readable.talks.turn as Record<string, (w: string) => string>)[turn.kind];
            return `<div class="turn${mine(turn.authorId) ? '' : ' partner'}"><p class="label">${t(
              (say ?? readable.talks.turn.answer)(name(turn.authorId)),
            )} <span class="meta">${t(d.at(turn.createdAt))}</span></p>${turn.body ? paragraphs(turn.body) : ''}</div>`;
          })
          .join('')
      : p(t(readable.talks.noTurns), 'meta');
    const question =
      c.ownQuestion ?? (c.topicId ? (topicById(c.topicId)?.question ?? humanize(c.topicId)) : '');
    return `<article><h3 dir="auto">${bdi(question)}</h3><p class="meta">${t(readable.talks.started(d.day(c.createdAt)))} ${t(state)}</p>${turns}</article>`;
  });
  const statements = s.data.ownershipStatements.map((st) => {
    const latest = st.versions.at(-1);
    if (!latest) return '';
    const answer = latest.answer;
    return `<article><h3>${t(st.isMine ? readable.ownership.mine(st.recipientName) : readable.ownership.theirs(st.authorName))}</h3><p class="meta">${t(
      readable.ownership.versions(st.versions.length, d.day(latest.createdAt)),
    )}</p><p class="label">${t(readable.ownership.whatIDid)}</p>${paragraphs(latest.whatIDid)}<p class="label">${t(
      readable.ownership.howItHurt,
    )}</p>${paragraphs(latest.howItHurt)}<p class="label">${t(readable.ownership.whatIWillDo)}</p>${paragraphs(latest.whatIWillDo)}${
      answer
        ? `${answer.landed ? `<p class="label">${t(readable.ownership.landed)}</p>${paragraphs(answer.landed)}` : ''}${
            answer.missing
              ? `<p class="label">${t(readable.ownership.missing)}</p>${paragraphs(answer.missing)}`
              : ''
          }`
        : p(t(readable.ownership.noAnswer), 'meta')
    }</article>`;
  });
  const given = s.data.ownershipAnswersGiven;
  if (given.length > 0) {
    statements.push(
      `<h3>${t(readable.ownership.answersGiven)}</h3>${given
        .map(
          (a) =>
            `<article><p class="meta">${t(d.day(a.at))}</p>${a.landed ? `<p class="label">${t(readable.ownership.landed)}</p>${paragraphs(a.landed)}` : ''}${
              a.missing
                ? `<p class="label">${t(readable.ownership.missing)}</p>${paragraphs(a.missing)}`
                : ''
            }</article>`,
        )
        .join('')}`,
    );
  }
  return [
    {
      id: 'conversations',
      title: readable.sections.conversations,
      summary: talks.length ? readable.count(talks.length, 'conversation', 'conversations') : '',
      html: talks.length ? talks.join('') : p(t(readable.talks.none)),
    },
    {
      id: 'ownership',
      title: readable.sections.ownership,
      summary: s.data.ownershipStatements.length
        ? readable.count(
            s.data.ownershipStatements.length,
            'ownership statement',
            'ownership statements',
          )
        : '',
      html: statements.length ? statements.join('') : p(t(readable.ownership.none)),
    },
  ];
}

function agreementsSectionHtml(data: unknown, d: Dates, who: Who): Section | null {
  const a = agreementsSection.safeParse(data);
  if (!a.success) return null;
  const items = a.data.agreements.map((x) => {
    const shown =
      x.versions.find((v) => v.number === (x.agreedVersion ?? x.latestVersion)) ??
      x.versions.at(-1);
    const status = (agreementStatus as Record<string, string>)[x.status] ?? humanize(x.status);
    const steps = x.steps
      .map((step) => {
        const by = step.byMe ? readable.you : (who.partner ?? readable.yourPartner);
        const say = readable.agreements.step[step.kind];
        return `<li>${t(d.day(step.at))}: ${t(say ? say(by, step.version) : humanize(step.kind))}${
          step.note ? ` (${bdi(step.note)})` : ''
        }</li>`;
      })
      .join('');
    return `<article><h3 dir="auto">${bdi(shown?.title ?? x.title)}</h3>${p(t(readable.agreements.status(status)))}${
      x.isHistory ? p(t(readable.agreements.history_readonly), 'meta') : ''
    }${
      shown
        ? `<p class="label">${t(x.agreedVersion ? readable.agreements.agreedWording : readable.agreements.wording)}</p>${paragraphs(shown.dailyLife)}${
            shown.whySafe
              ? `<p class="label">${t(readable.agreements.whySafe)}</p>${paragraphs(shown.whySafe)}`
              : ''
          }`
        : ''
    }${x.reviewOn ? p(t(readable.agreements.reviewOn(d.day(x.reviewOn))), 'meta') : ''}<p class="label">${t(
      readable.agreements.history,
    )}</p><ul>${steps}</ul></article>`;
  });
  return {
    id: 'agreements',
    title: readable.sections.agreements,
    summary: items.length ? readable.count(items.length, 'agreement', 'agreements') : '',
    html: items.length ? items.join('') : p(t(readable.agreements.none)),
  };
}

function promisesSectionHtml(data: unknown, d: Dates, who: Who): Section | null {
  const s = promisesSection.safeParse(data);
  if (!s.success) return null;
  const one = (x: z.infer<typeof promisesSection>['promises'][number]) => {
    const steps = x.steps
      .map((step) => {
        const by = step.byMe ? readable.you : (who.partner ?? readable.yourPartner);
        const say = readable.promises.step[step.kind];
        const words = [step.kind === 'renegotiated' ? step.text : null, step.note].filter(Boolean);
        return `<li>${t(d.at(step.at))}: ${t(say ? say(by) : humanize(step.kind))}${
          words.length ? `: ${words.map((w) => bdi(w!)).join(' ')}` : ''
        }</li>`;
      })
      .join('');
    return `<article><h4 dir="auto">${bdi(x.text)}</h4><p class="meta">${t(
      x.dueAt ? readable.promises.by(d.at(x.dueAt)) : readable.promises.noTime,
    )} ${t(promiseList.status[x.status])}.${x.visibility === 'private' ? ` ${t(promiseList.private)}.` : ''}</p><ul>${steps}</ul></article>`;
  };
  const mine = s.data.promises.filter((x) => x.byMe);
  const theirs = s.data.promises.filter((x) => !x.byMe);
  const out: string[] = [];
  if (s.data.promises.length === 0) out.push(p(t(readable.promises.none)));
  if (mine.length)
    out.push(
      `<h3>${t(readable.promises.mineHeading)}</h3>${p(
        t(
          s.data.myMissesSharedWithPartner
            ? readable.promises.missesShared
            : readable.promises.missesPrivate,
        ),
        'meta',
      )}${mine.map(one).join('')}`,
    );
  if (theirs.length)
    out.push(
      `<h3>${t(readable.promises.theirsHeading(who.partner ?? readable.yourPartner))}</h3>${theirs.map(one).join('')}`,
    );
  if (s.data.noticedByMe.length)
    out.push(
      `<h3>${t(readable.promises.noticedElsewhere)}</h3><ul>${s.data.noticedByMe
        .map((n) => `<li>${t(d.day(n.at))}${n.word ? `: ${bdi(n.word)}` : ''}</li>`)
        .join('')}</ul>`,
    );
  return {
    id: 'promises',
    title: readable.sections.promises,
    summary: s.data.promises.length
      ? readable.count(s.data.promises.length, 'promise', 'promises')
      : '',
    html: out.join(''),
  };
}

function pathSectionHtml(data: unknown, d: Dates): Section | null {
  const s = pathSection.safeParse(data);
  if (!s.success) return null;
  const marked = s.data.stages.filter((x) => x.status !== 'not-yet');
  const notYet = s.data.stages.filter((x) => x.status === 'not-yet').map((x) => stageName(x.stage));
  const out = [p(t(readable.path.lead), 'meta')];
  if (marked.length)
    out.push(
      `<ul>${marked
        .map(
          (x) =>
            `<li><span class="label">${t(stageName(x.stage))}:</span> ${t(stageStatus[x.status].label)}${
              x.updatedAt ? `, ${t(readable.path.since(d.day(x.updatedAt)))}` : ''
            }</li>`,
        )
        .join('')}</ul>`,
    );
  if (notYet.length) out.push(p(t(readable.path.notYet(notYet.join(', ')))));
  if (s.data.history.length)
    out.push(
      `<h3>${t(readable.path.changes)}</h3><ul>${s.data.history
        .map(
          (h) =>
            `<li>${t(d.day(h.at))}: ${t(readable.path.change(stageName(h.stage), stageStatus[h.from].label, stageStatus[h.to].label))}</li>`,
        )
        .join('')}</ul>`,
    );
  return {
    id: 'path',
    title: readable.sections.path,
    summary: marked.length ? readable.count(marked.length, 'stage marked', 'stages marked') : '',
    html: out.join(''),
  };
}

function moreSectionHtml(sections: Record<string, unknown>, d: Dates): Section {
  const out: string[] = [];
  const acts = todaySection.safeParse(sections.today);
  if (acts.success) {
    const list = acts.data.mySmallActs;
    out.push(p(t(list.length ? readable.more.acts(list.length) : readable.more.actsNone)));
    if (list.length)
      out.push(
        `<ul>${list
          .map(
            (a) =>
              `<li>${t(d.day(a.day))}: ${t(smallActById(a.actId)?.text ?? humanize(a.actId))} <span class="meta">(${t(
                a.outcome === 'done' ? readable.more.actDone : readable.more.actSkipped,
              )})</span></li>`,
          )
          .join('')}</ul>`,
      );
  }
  const apart = timeApartSection.safeParse(sections.timeApart);
  if (apart.success && apart.data.pauses.length) {
    out.push(
      `<h3>${t(readable.more.pauses)}</h3><ul>${apart.data.pauses
        .map(
          (x) =>
            `<li>${t(
              readable.more.pause(
                x.startedByMe ? readable.you : readable.yourPartner,
                d.day(x.startedAt),
                (x.endsAt ? readable.more.pauseUntil(d.day(x.endsAt)) : '') +
                  (x.endedAt ? readable.more.pauseEnded(d.day(x.endedAt)) : ''),
              ),
            )}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  const rights = dataRightsSection.safeParse(sections.dataRights);
  if (rights.success) {
    if (rights.data.notices.length)
      out.push(
        `<h3>${t(readable.more.notices)}</h3><ul>${rights.data.notices
          .map((n) => `<li>${t(d.day(n.at))}: ${t(n.message)}</li>`)
          .join('')}</ul>`,
      );
    if (rights.data.timelineMarks.length)
      out.push(
        `<h3>${t(readable.more.marks)}</h3><ul>${rights.data.timelineMarks
          .map(
            (m) =>
              `<li>${t(d.day(m.at))}: ${bdi(m.what)} <span class="meta">(${t(m.byMe ? readable.more.markBy.me : readable.more.markBy.partner)})</span></li>`,
          )
          .join('')}</ul>`,
      );
  }
  const reminders = remindersSection.safeParse(sections.reminders);
  if (reminders.success) {
    const on = Object.entries(reminders.data.reminders.channels)
      .filter(([, v]) => v)
      .map(([k]) => k);
    out.push(
      p(
        t(on.length ? readable.more.remindersOn(on.join(' and ')) : readable.more.remindersOff),
        'meta',
      ),
    );
  }
  return { id: 'more', title: readable.sections.more, summary: '', html: out.join('') };
}

function safetySectionHtml(data: unknown, d: Dates): Section | null {
  const s = safetySection.safeParse(data);
  if (!s.success) return null;
  const out = [
    p(t(readable.safety.lead)),
    `<div class="choice print-choice"><input type="checkbox" id="print-safety"><label for="print-safety">${t(
      readable.safety.printLabel,
    )}</label></div>${p(t(readable.safety.printNote), 'meta print-choice')}`,
  ];
  const checks = [...s.data.mySafetyChecks].sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  if (checks.length === 0) out.push(p(t(readable.safety.none)));
  for (const check of checks) {
    out.push(
      `<article><h3>${t(readable.safety.taken(d.at(check.takenAt)))}</h3><ul>${safetyWords.questions
        .map((q) => {
          const answer = check.answers[q.id];
          const word = answer
            ? ((safetyWords.answers as Record<string, string>)[answer] ?? answer)
            : exportWords.none;
          return `<li>${t(q.text)} <span class="label">${t(word)}</span></li>`;
        })
        .join('')}</ul>${check.signalsDanger ? p(t(readable.safety.danger)) : ''}</article>`,
    );
  }
  if (s.data.usingKintsugiAlone)
    out.push(p(t(readable.safety.solo(d.day(s.data.usingKintsugiAlone.since)))));
  return {
    id: 'safety',
    title: readable.sections.safety,
    summary: checks.length ? readable.count(checks.length, 'safety check', 'safety checks') : '',
    html: out.join(''),
  };
}

function partnerSectionHtml(who: Who, closedAccount: boolean): Section {
  const lines = who.partner ? readable.partner.open(who.partner) : readable.partner.none;
  return {
    id: 'partner',
    title: readable.sections.partner,
    summary: '',
    html:
      lines.map((line) => p(t(line))).join('') +
      (closedAccount ? p(t(readable.partner.closed)) : ''),
  };
}

/** Sections this page reads in sentences; any other feature's section goes to "Anything else". */
const READ = new Set([
  'accounts',
  'couples',
  'reflection',
  'checkins',
  'letters',
  'journal',
  'talks',
  'agreements',
  'promises',
  'path',
  'safety',
  'today',
  'timeApart',
  'dataRights',
  'reminders',
  'timeline',
  'questions',
  'vision',
  'memories',
]);

const visionLines = z.array(z.object({ id: z.string(), text: z.string() }));
const visionSection = z.object({
  lines: visionLines,
  pending: z.array(
    z.object({
      kind: z.string(),
      text: z.string(),
      before: z.string().nullable(),
      isMine: z.boolean(),
    }),
  ),
  versions: z.array(
    z.object({
      number: z.number(),
      lines: visionLines,
      signedByMe: z.boolean(),
      signedByPartner: z.boolean(),
      ours: z.boolean(),
      createdAt: z.string(),
    }),
  ),
  revisit: z.object({ on: z.string() }).nullable(),
});

/** Our shared future: the version both signed, the lines now, what waits, every version. */
function visionSectionHtml(data: unknown, d: Dates): Section | null {
  const v = visionSection.safeParse(data);
  if (!v.success) return null;
  if (!v.data.lines.length && !v.data.pending.length && !v.data.versions.length) return EMPTY;
  const w = visionExport;
  const list = (lines: { text: string }[]) =>
    `<ol>${lines.map((l) => `<li dir="auto">${bdi(l.text)}</li>`).join('')}</ol>`;
  const current = v.data.versions.find((x) => x.ours);
  const parts = [
    current ? `<h3>${t(w.current(current.number))}</h3>${list(current.lines)}` : '',
    v.data.lines.length ? `<h3>${t(w.draft)}</h3>${list(v.data.lines)}` : p(t(w.none)),
    v.data.pending.length
      ? `<h3>${t(w.pending)}</h3><ul>${v.data.pending
          .map(
            (x) =>
              `<li dir="auto">${x.kind === 'remove' ? `${t(w.takeOut)} ${bdi(x.before ?? '')}` : bdi(x.text)} <span class="meta">(${t(x.isMine ? w.pendingMine : w.pendingTheirs)})</span></li>`,
          )
          .join('')}</ul>`
      : '',
    v.data.versions.length
      ? `<h3>${t(w.versions)}</h3><ul>${v.data.versions
          .map((x) => {
            const who = x.ours ? w.signedBoth : x.signedByMe ? w.signedMe : w.signedPartner;
            return `<li>${t(w.version(x.number, d.day(x.createdAt), who))}${list(x.lines)}</li>`;
          })
          .join('')}</ul>`
      : '',
    v.data.revisit ? p(t(w.revisit(formatDay(v.data.revisit.on, 'long')))) : '',
  ];
  return {
    id: 'vision',
    title: w.title,
    summary: v.data.lines.length ? w.summary(v.data.lines.length) : '',
    html: parts.join(''),
  };
}

export function renderExportHtml(document: ExportDocument, timeZone = 'UTC'): string {
  const d = datesIn(timeZone);
  const s = document.sections;
  const accounts = accountsSection.safeParse(s.accounts);
  const couples = couplesSection.safeParse(s.couples);
  const partner = couples.success
    ? (couples.data.current?.partners.find((x) => !x.isMe)?.displayName ?? null)
    : null;
  const who: Who = { me: accounts.success ? accounts.data.me.displayName : '', partner };
  const rights = dataRightsSection.safeParse(s.dataRights);
  const closedAccount =
    rights.success && rights.data.notices.some((n) => n.message === notices.partner_deleted);

  const fallback = (name: string, data: unknown): Section => ({
    id: `more-${name.replace(/[^a-z0-9]/gi, '')}`,
    title: sectionLabels[name] ?? humanize(name),
    summary: '',
    html: plainList(data, d),
  });
  /** A feature's section in sentences; one its schema can't read shows as a plain list. */
  const read = (name: string, made: Section | null): Section | null =>
    made ?? (s[name] === undefined ? null : fallback(name, s[name]));
  const talks = talksSections(s.talks, d);
  const sections: Section[] = [
    read('accounts', accountSection(s.accounts, s.couples, d)),
    read('reflection', reflectionSectionHtml(s.reflection, d, who)),
    read('checkins', checkinsSectionHtml(s.checkins, d, who)),
    read('letters', lettersSectionHtml(s.letters, d)),
    read('journal', journalSectionHtml(s.journal, d)),
    ...(talks.length ? talks : [read('talks', null)]),
    read('agreements', agreementsSectionHtml(s.agreements, d, who)),
    read('promises', promisesSectionHtml(s.promises, d, who)),
    read('path', pathSectionHtml(s.path, d)),
    read('questions', questionsSectionHtml(s.questions, d, who)),
    read('vision', visionSectionHtml(s.vision, d)),
    read('memories', memoriesSectionHtml(s.memories, d, who)),
    moreSectionHtml(s, d),
    ...Object.keys(s)
      .filter((name) => !READ.has(name))
      .map((name) => fallback(name, s[name])),
    partnerSectionHtml(who, closedAccount),
    read('safety', safetySectionHtml(s.safety, d)),
  ].filter((x): x is Section => Boolean(x?.html));

  const inIt = sections.filter((x) => x.summary).map((x) => x.summary);
  const cover = `<section class="cover-page" aria-labelledby="title"><div class="cover">
<h1 id="title">${t(exportWords.documentTitle)}</h1>
${who.me ? p(bdi(readable.forName(who.me))) : ''}
${p(t(readable.madeOn(d.at(document.exportedAt), d.zone)), 'meta')}
<h2>${t(readable.inItHeading)}</h2>
${p(t(readable.inItLead))}${p(t(inIt.length ? readable.inItList(inIt.join(', ')) : readable.inItNothing))}
<div class="note"><h3>${t(readable.safeHeading)}</h3>${readable.safe.map((x) => p(t(x))).join('')}</div>
</div></section>`;
  const toc = `<nav id="contents" aria-labelledby="contents-heading"><h2 id="contents-heading">${t(readable.contents)}</h2><ol>${sections
    .map(
      (x) =>
        `<li><a class="toc-link" href="#${x.id}">${t(x.title)}</a>${x.summary ? ` <span class="meta">(${t(x.summary)})</span>` : ''}</li>`,
    )
    .join('')}</ol></nav>`;
  const body = sections
    .map(
      (x) =>
        `<section id="${x.id}" aria-labelledby="${x.id}-h"><h2 id="${x.id}-h">${t(x.title)}</h2>${x.html}<p class="top"><a href="#contents">${t(readable.toContents)}</a></p></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${t(META_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="robots" content="noindex">
<title>${t(exportWords.documentTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${cover}
${toc}
${body}
</main>
</body>
</html>
`;
}
