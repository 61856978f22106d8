import './checkins.css';
import { areaById } from '../../../content/areas.ts';
import { PageHeader } from '../../../platform/web/ui/page-header.tsx';
import { DailySection } from './daily-section.tsx';
import { WeeklySection } from './weekly-section.tsx';

export function CheckinsPage() {
  return (
    <>
      <PageHeader shared title={areaById('check-ins').heading} />
      <DailySection />
      <WeeklySection />
    </>
  );
}
