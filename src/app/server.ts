import { accountsModule } from '../features/accounts/accounts.routes.server.ts';
import { couplesModule } from '../features/couples/couples.routes.server.ts';
import { checkinsModule } from '../features/checkins/checkins.routes.server.ts';
import { timelineModule } from '../features/timeline/timeline.routes.server.ts';
import { journalModule } from '../features/journal/journal.routes.server.ts';
import { lettersModule } from '../features/letters/letters.routes.server.ts';
import { wavesModule } from '../features/waves/waves.routes.server.ts';
import { questionsModule } from '../features/questions/questions.routes.server.ts';
import { visionModule } from '../features/vision/vision.routes.server.ts';
import { memoriesModule } from '../features/memories/memories.routes.server.ts';
import { talksModule } from '../features/talks/talks.routes.server.ts';
import { dataRightsModule } from '../features/data-rights/data-rights.routes.server.ts';
import { pathModule } from '../features/path/path.routes.server.ts';
import { reflectionModule } from '../features/reflection/reflection.routes.server.ts';
import { safetyModule } from '../features/safety/safety.routes.server.ts';
import { timeApartModule } from '../features/time-apart/time-apart.routes.server.ts';
import { todayModule } from '../features/today/today.routes.server.ts';
import { agreementsModule } from '../features/agreements/agreements.routes.server.ts';
import { promisesModule } from '../features/promises/promises.routes.server.ts';
import { remindersModule } from '../features/reminders/reminders.routes.server.ts';
import { firstWeekModule } from '../features/first-week/first-week.routes.server.ts';
import { apiDescription } from './api-description.ts';
import {
  buildServer,
  type BuildOptions,
  type FeatureModule,
} from '../platform/server/build-server.ts';

/** Every feature, in one list: the platform knows none of them by name. */
export const features: readonly FeatureModule[] = [
  accountsModule,
  couplesModule,
  reflectionModule,
  pathModule,
  safetyModule,
  todayModule,
  timeApartModule,
  dataRightsModule,
  checkinsModule,
  timelineModule,
  journalModule,
  lettersModule,
  talksModule,
  agreementsModule,
  promisesModule,
  remindersModule,
  firstWeekModule,
  wavesModule,
  questionsModule,
  visionModule,
  memoriesModule,
];

export function createApp(options: Omit<BuildOptions, 'features'>) {
  return buildServer({ api: apiDescription, ...options, features });
}
