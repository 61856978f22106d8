import { registerAccountRoutes } from '../features/accounts/accounts.routes.server.ts';
import { registerCoupleRoutes } from '../features/couples/couples.routes.server.ts';
import { buildServer, type BuildOptions, type RegisterRoutes } from '../platform/server/build-server.ts';

/** Every feature's routes, in one list: the platform knows none of them by name. */
export const features: RegisterRoutes[] = [registerAccountRoutes, registerCoupleRoutes];

export function createApp(options: Omit<BuildOptions, 'features'>) {
  return buildServer({ ...options, features });
}
