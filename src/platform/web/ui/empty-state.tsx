import type { ComponentChildren } from 'preact';
import { Seam } from './seam.tsx';

interface EmptyStateProps {
  heading: string;
  body: readonly string[];
  note?: string;
  children?: ComponentChildren;
}

/** What will live in a place that is still empty, said plainly. */
export function EmptyState({ heading, body, note, children }: EmptyStateProps) {
  return (
    <section class="empty-state card" aria-labelledby="empty-heading">
      <Seam />
      <h2 id="empty-heading">{heading}</h2>
      {body.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      {note ? <p class="muted">{note}</p> : null}
      {children}
    </section>
  );
}
