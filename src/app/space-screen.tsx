// "Our space" with its notices and time apart, in its own chunk: loaded the first time it is
// shown, so the first page's JS stays within its budget (decision 165).
import { OurSpacePage } from '../features/couples/ui/later.ts';
import { NoticesPanel } from '../features/data-rights/ui/index.ts';
import { TimeApartSection } from '../features/time-apart/ui/later.ts';

export function SpaceScreen() {
  return <OurSpacePage notices={<NoticesPanel />} more={<TimeApartSection />} />;
}
