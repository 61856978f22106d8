import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from '../navigation.ts';

interface FoldSectionProps {
  /** Its address on the page: `#<id>` opens it (`/account#reminders`). */
  id: string;
  /** The heading's id, which also names the section for screen readers (a region). */
  headingId: string;
  heading: string;
  /** More classes for the card (a feature's own styles). */
  class?: string;
  /** While the section's own data is loading. */
  busy?: boolean;
  /** Opens it from outside too, whenever this turns true (it does not close it). */
  open?: boolean;
  children: ComponentChildren;
}

/**
 * A card of a long page that opens on demand (decision 140): its heading is the line that opens
 * it, a native `<details>`/`<summary>`, so keyboards and screen readers get it for free. Its id is
 * its address: arriving at `#<id>` (a link from another screen or a mail) opens it, brings it into
 * view and puts focus on its opening line, so a screen reader says where it is.
 */
export function FoldSection({
  id,
  headingId,
  heading,
  class: extra,
  busy,
  open: openFromOutside = false,
  children,
}: FoldSectionProps) {
  const { hash } = useLocation();
  const asked = hash === `#${id}`;
  const [open, setOpen] = useState(asked || openFromOutside);
  const section = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!asked) return;
    setOpen(true);
    // After the page has settled its own focus on the h1 (the shell does that first).
    const frame = requestAnimationFrame(() => {
      section.current?.querySelector('summary')?.focus({ preventScroll: true });
      section.current?.scrollIntoView({ block: 'start' });
    });
    return () => cancelAnimationFrame(frame);
  }, [asked]);

  useEffect(() => {
    if (openFromOutside) setOpen(true);
  }, [openFromOutside]);

  return (
    <section
      ref={section}
      id={id}
      class={`card fold-section${extra ? ` ${extra}` : ''}`}
      aria-labelledby={headingId}
      aria-busy={busy || undefined}
    >
      <details
        class="fold-card"
        open={open}
        onToggle={(event) => setOpen(event.currentTarget.open)}
      >
        <summary>
          <h2 id={headingId}>{heading}</h2>
        </summary>
        {children}
      </details>
    </section>
  );
}
