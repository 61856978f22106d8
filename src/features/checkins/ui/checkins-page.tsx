import styles from './checkins.module.css';
import { useEffect, useRef } from 'preact/hooks';
import { areaById } from '../../../content/areas.ts';
import { checkinParts as parts } from '../../../content/checkins.ts';
import { useLocation } from '../../../platform/web/navigation.ts';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { DailySection } from './daily-section.tsx';
import { WeeklySection } from './weekly-section.tsx';

type Part = 'daily' | 'weekly' | 'day';

const links: readonly { part: Part; href: string; label: string }[] = [
  { part: 'daily', href: '/check-ins', label: parts.daily },
  { part: 'weekly', href: '/check-ins#weekly', label: parts.weekly },
  { part: 'day', href: '/check-ins#day', label: parts.day },
];

/**
 * Today's check-in, the weekly one, and the weekly one's day, each on its own tab (the address
 * keeps which: `#weekly`, `#day`), so no part makes the others scroll on a phone.
 */
export function CheckinsPage() {
  const { hash } = useLocation();
  const part: Part = hash === '#weekly' ? 'weekly' : hash === '#day' ? 'day' : 'daily';
  const first = useRef(true);
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // On a change of tab (not on arrival), focus goes to the new part's heading once it is there.
    if (first.current) {
      first.current = false;
      return;
    }
    let tries = 0;
    const timer = setInterval(() => {
      const heading = body.current?.querySelector<HTMLElement>('h2');
      if (heading || ++tries > 40) {
        clearInterval(timer);
        if (heading) {
          heading.tabIndex = -1;
          heading.focus();
        }
      }
    }, 50);
    return () => clearInterval(timer);
  }, [part]);
  return (
    <>
      <PageHeader shared title={areaById('check-ins').heading} />
      <nav aria-label={parts.label} class={styles.checkinParts}>
        <ul>
          {links.map((l) => (
            <li key={l.part}>
              <a href={l.href} aria-current={l.part === part ? 'page' : undefined}>
                {l.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div ref={body}>
        {part === 'daily' ? <DailySection /> : <WeeklySection key={part} part={part} />}
      </div>
    </>
  );
}
