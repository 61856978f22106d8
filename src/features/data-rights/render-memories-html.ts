import { z } from 'zod';
import { memories as words, readableMemories as readable } from '../../content/memories/words.ts';

/**
 * The memories section of the readable export (decision 141, 152): each memory in sentences,
 * both lines, and its photo inline as the data: URL the JSON export carries (the page's policy
 * allows `img-src data:` and nothing else, so it still makes no request). Kept apart from
 * render-export-html.ts so that file only lists it.
 */
const esc = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
const bdi = (text: string) => `<bdi>${esc(text)}</bdi>`;
const p = (html: string, cls?: string) => `<p${cls ? ` class="${cls}"` : ''}>${html}</p>`;
const DATA_URL = /^data:image\/jpeg;base64,[A-Za-z0-9+/]+=*$/;

const memoriesSection = z.object({
  memories: z.array(
    z.object({
      title: z.string(),
      on: z.string(),
      allDay: z.boolean(),
      status: z.string(),
      happened: z.boolean(),
      lines: z.object({ mine: z.string().nullable(), partner: z.string().nullable() }),
      photo: z
        .object({
          byMe: z.boolean(),
          width: z.number(),
          height: z.number(),
          dataUrl: z.string().nullable(),
        })
        .nullable(),
    }),
  ),
});

export function memoriesSectionHtml(
  data: unknown,
  d: { at(iso: string): string; day(iso: string): string },
  who: { partner: string | null },
): { id: string; title: string; summary: string; html: string } | null {
  const parsed = memoriesSection.safeParse(data);
  if (!parsed.success) return null;
  const all = [...parsed.data.memories].sort((a, b) => a.on.localeCompare(b.on));
  const partner = who.partner ?? readable.partner;
  // Nothing planned: the section is left out (html '' is filtered by the page, like any empty one).
  if (all.length === 0) return { id: 'memories', title: '', summary: '', html: '' };
  const html = all
    .map((m) => {
      const when = m.allDay ? d.day(m.on) : d.at(m.on);
      const state = m.happened
        ? readable.happened(when)
        : m.status === 'confirmed'
          ? readable.planned(when)
          : readable.asked(when);
      const lines = [
        m.lines.mine ? p(`${esc(readable.mine)} ${bdi(m.lines.mine)}`) : '',
        m.lines.partner ? p(`${esc(readable.theirs(partner))} ${bdi(m.lines.partner)}`) : '',
      ].join('');
      const photo =
        m.photo?.dataUrl && DATA_URL.test(m.photo.dataUrl)
          ? `<figure><img src="${m.photo.dataUrl}" width="${Math.round(m.photo.width)}" height="${Math.round(
              m.photo.height,
            )}" alt="${esc(words.photoAlt(m.title))}"><figcaption>${esc(
              m.photo.byMe ? readable.photoMine : readable.photoTheirs(partner),
            )}</figcaption></figure>`
          : '';
      return `<article><h3>${bdi(m.title)}</h3>${p(esc(state), 'meta')}${lines}${photo}</article>`;
    })
    .join('');
  return {
    id: 'memories',
    title: readable.title,
    summary: all.length ? (all.length === 1 ? '1 memory' : `${all.length} memories`) : '',
    html,
  };
}
