import { exportWords as words } from '../../../content/data-rights.ts';

/** Downloads of everything I wrote and everything shared with me (plain links: the server sends files). */
export function YourDataSection() {
  return (
    <section class="card" aria-labelledby="your-data-heading">
      <h2 id="your-data-heading">{words.heading}</h2>
      <p>{words.lead}</p>
      <div class="actions">
        <a class="btn btn--secondary" href="/api/v1/export/html" download>
          {words.html}
        </a>
        <a class="btn btn--secondary" href="/api/v1/export" download>
          {words.json}
        </a>
      </div>
      <p class="muted">{words.htmlNote}</p>
    </section>
  );
}
