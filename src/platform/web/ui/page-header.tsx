import type { ComponentChildren } from 'preact';
import { SpacePausedNotice } from './space-paused-notice.tsx';

interface PageHeaderProps {
  title: string;
  lead?: ComponentChildren;
  /** A place that writes to the partner: says so under the heading while time apart is on. */
  shared?: boolean;
}

/**
 * The page's one h1. It takes focus after each navigation (see shell), so a screen reader
 * hears where it is and keyboard users continue from the top of the new page.
 */
export function PageHeader({ title, lead, shared }: PageHeaderProps) {
  return (
    <>
      <header class="page-header">
        <h1 tabIndex={-1} class="page-title">
          {title}
        </h1>
        {lead ? <p class="lead">{lead}</p> : null}
      </header>
      {shared ? <SpacePausedNotice /> : null}
    </>
  );
}
