import type { ComponentChildren } from 'preact';

export type NoticeTone = 'info' | 'success' | 'error';

interface NoticeProps {
  tone?: NoticeTone;
  children: ComponentChildren;
}

/**
 * A calm message in a box. Errors are announced at once (role=alert); the rest politely.
 * Render the Notice only when there is something to say, so the announcement fires.
 */
export function Notice({ tone = 'info', children }: NoticeProps) {
  return (
    <div class={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
