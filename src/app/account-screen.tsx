// The account page with every feature's section, in its own chunk: loaded the first time it is
// shown, so the first page's JS stays within its budget (decision 165). Each section opens on
// demand and has its own address, e.g. /account#reminders (decision 140).
import { sessionStore } from '../features/accounts/ui/index.ts';
import { AccountPage } from '../features/accounts/ui/later.ts';
import { YourDataSection } from '../features/data-rights/ui/index.ts';
import { RemindersSection } from '../features/reminders/ui/later.ts';
import { useStore } from '../platform/web/store.ts';

export function AccountScreen() {
  return <AccountPage first={<AccountReminders />} last={<YourDataSection />} />;
}

/** Reminders go to the address of the signed-in person. */
function AccountReminders() {
  const session = useStore(sessionStore);
  return session.status === 'signed-in' ? <RemindersSection email={session.me.email} /> : null;
}
