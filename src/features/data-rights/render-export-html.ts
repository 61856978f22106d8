import { createHash } from 'node:crypto';
import { exportWords, sectionLabels } from '../../content/data-rights.ts';
import type { ExportDocument } from './data-rights.schema.ts';

/**
 * The export as one readable, printable HTML page: no script, no outside requests; the only
 * style is the block below, allowed by its hash in the Content-Security-Policy (both the header
 * and a meta tag, so the policy still holds when the file is opened from disk).
 */
const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;color:#1d1b19;background:#fff;max-width:46rem;margin:2rem auto;padding:0 1rem}
h1{font-size:1.75rem;margin-bottom:.25rem}h2{font-size:1.35rem;border-bottom:2px solid #b08a3e;margin-top:2.5rem}
h3{font-size:1.05rem;margin:1.5rem 0 .25rem}dl{margin:.25rem 0 .75rem}dt{font-weight:600;margin-top:.5rem}
dd{margin:0 0 0 1rem;white-space:pre-wrap;overflow-wrap:anywhere}article{border-left:3px solid #e6dccb;padding-left:.75rem;margin:.75rem 0}
.empty{color:#5a554f;font-style:italic}.lead{color:#3d3934}
@media print{body{margin:0;max-width:none}article{break-inside:avoid}h2{break-after:avoid}}
`;
const styleHash = createHash('sha256').update(STYLE).digest('base64');

export const EXPORT_CSP = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
const META_CSP = EXPORT_CSP.replace(/; frame-ancestors 'none'$/, '');

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

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

function formatDate(iso: string, timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(iso));
  } catch {
    return iso;
  }
}

function renderValue(value: unknown, timeZone: string, depth: number): string {
  if (value === null || value === undefined) return escapeHtml(exportWords.none);
  if (typeof value === 'boolean') return value ? exportWords.yes : exportWords.no;
  if (typeof value === 'number' || typeof value === 'bigint') return escapeHtml(String(value));
  if (typeof value === 'string')
    return escapeHtml(ISO.test(value) ? formatDate(value, timeZone) : value);
  if (value instanceof Date) return escapeHtml(formatDate(value.toISOString(), timeZone));
  if (Array.isArray(value)) {
    if (value.length === 0) return `<p class="empty">${escapeHtml(exportWords.nothing)}</p>`;
    if (value.every((v) => v === null || typeof v !== 'object')) {
      return `<ul>${value.map((v) => `<li>${renderValue(v, timeZone, depth + 1)}</li>`).join('')}</ul>`;
    }
    return value.map((v) => `<article>${renderValue(v, timeZone, depth + 1)}</article>`).join('');
  }
  if (typeof value === 'object') {
    // Bare ids mean nothing to a reader; they stay in the JSON.
    const entries = Object.entries(value as Record<string, unknown>).filter(
      ([, v]) => !(typeof v === 'string' && UUID.test(v)),
    );
    if (entries.length === 0) return `<p class="empty">${escapeHtml(exportWords.nothing)}</p>`;
    if (depth > 12) return escapeHtml(JSON.stringify(value));
    return `<dl>${entries
      .map(
        ([k, v]) =>
          `<dt>${escapeHtml(humanize(k))}</dt><dd>${renderValue(v, timeZone, depth + 1)}</dd>`,
      )
      .join('')}</dl>`;
  }
  return escapeHtml(String(value));
}

export function renderExportHtml(document: ExportDocument, timeZone = 'UTC'): string {
  const sections = Object.entries(document.sections)
    .map(([name, data]) => {
      const heading = sectionLabels[name] ?? humanize(name);
      const body =
        data && typeof data === 'object' && !Array.isArray(data)
          ? Object.entries(data as Record<string, unknown>)
              .map(([k, v]) => `<h3>${escapeHtml(humanize(k))}</h3>${renderValue(v, timeZone, 1)}`)
              .join('')
          : renderValue(data, timeZone, 1);
      return `<section><h2>${escapeHtml(heading)}</h2>${body}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(META_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(exportWords.documentTitle)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(exportWords.documentTitle)}</h1>
<p class="lead">${escapeHtml(exportWords.documentLead)}</p>
<p>${escapeHtml(exportWords.exportedAt(formatDate(document.exportedAt, timeZone)))}</p>
${sections}
</main>
</body>
</html>
`;
}
