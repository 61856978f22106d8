import { useEffect, useId, useRef } from 'preact/hooks';
import type { IconName } from '../../content/areas.ts';
import { shell } from '../../content/shell.ts';
import { Icon } from './ui/icon.tsx';

export interface NavItem {
  href: string;
  label: string;
  icon: IconName;
  /** One of the few shown in the phone's bottom bar. */
  onPhoneBar: boolean;
  group: 'areas' | 'us';
}

interface NavProps {
  items: readonly NavItem[];
  currentPath: string;
}

function isCurrent(item: NavItem, path: string): boolean {
  return path === item.href || path.startsWith(`${item.href}/`);
}

function NavLink({
  item,
  currentPath,
  compact,
}: {
  item: NavItem;
  currentPath: string;
  compact?: boolean;
}) {
  const current = isCurrent(item, currentPath);
  return (
    <a
      href={item.href}
      class={compact ? 'tab' : 'nav-link'}
      aria-current={current ? 'page' : undefined}
    >
      <Icon name={item.icon} />
      <span>{item.label}</span>
    </a>
  );
}

function NavList({ items, currentPath }: NavProps) {
  const areas = items.filter((i) => i.group === 'areas');
  const us = items.filter((i) => i.group === 'us');
  return (
    <>
      <ul class="nav-list" role="list">
        {areas.map((item) => (
          <li key={item.href}>
            <NavLink item={item} currentPath={currentPath} />
          </li>
        ))}
      </ul>
      <ul class="nav-list nav-list--us" role="list">
        {us.map((item) => (
          <li key={item.href}>
            <NavLink item={item} currentPath={currentPath} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** Wide screens: every place, listed down the side. */
export function SideNav({ items, currentPath }: NavProps) {
  return (
    <nav class="side-nav" aria-label={shell.mainNavLabel}>
      <NavList items={items} currentPath={currentPath} />
    </nav>
  );
}

/**
 * Phones: a bottom bar with the few most used places and "More", which opens a sheet listing
 * everything. The sheet is a modal <dialog>: it keeps focus inside and Esc closes it.
 */
export function PhoneNav({ items, currentPath }: NavProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bar = items.filter((i) => i.onPhoneBar);
  const inMore =
    !bar.some((item) => isCurrent(item, currentPath)) &&
    items.some((i) => isCurrent(i, currentPath));

  // Close the sheet when a link in it took us somewhere.
  useEffect(() => {
    if (dialog.current?.open) dialog.current.close();
  }, [currentPath]);

  return (
    <nav class="phone-nav" aria-label={shell.mainNavLabel}>
      <ul class="tabs" role="list">
        {bar.map((item) => (
          <li key={item.href}>
            <NavLink item={item} currentPath={currentPath} compact />
          </li>
        ))}
        <li>
          <button
            type="button"
            class={`tab${inMore ? ' tab--current' : ''}`}
            aria-haspopup="dialog"
            onClick={() => dialog.current?.showModal()}
          >
            <Icon name="more" />
            <span>{shell.moreButton}</span>
          </button>
        </li>
      </ul>
      <dialog
        ref={dialog}
        class="sheet"
        aria-labelledby={titleId}
        onClick={(event) => {
          // A tap on the dimmed backdrop, or on any link in the sheet, closes it.
          const target = event.target;
          if (target === dialog.current || (target instanceof Element && target.closest('a'))) {
            dialog.current?.close();
          }
        }}
      >
        <div class="sheet-inner">
          <div class="sheet-head">
            <h2 id={titleId} class="sheet-title">
              {shell.moreTitle}
            </h2>
            <button type="button" class="icon-button" onClick={() => dialog.current?.close()}>
              <Icon name="close" />
              <span class="visually-hidden">{shell.moreClose}</span>
            </button>
          </div>
          <NavList items={items} currentPath={currentPath} />
        </div>
      </dialog>
    </nav>
  );
}
