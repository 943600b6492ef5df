import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { notFound } from '../lib/errors.ts';
import { auditRoutes } from './audit/index.ts';
import { authRoutes } from './auth/index.ts';
import { awardRoutes } from './awards/index.ts';
import { contestRoutes } from './contests/index.ts';
import { dashboardRoutes } from './dashboards/index.ts';
import { entryRoutes } from './entries/index.ts';
import { documentRoutes } from './documents/index.ts';
import { exportRoutes } from './exports/index.ts';
import { publicationRoutes } from './publications/index.ts';
import { publicRoutes } from './public/index.ts';
import { judgingRoutes } from './judging/index.ts';
import { mailRoutes } from './mail/index.ts';
import { passwordLinkRoutes } from './password-links/index.ts';
import { resultRoutes } from './results/index.ts';
import { roundRoutes } from './rounds/index.ts';
import { screeningRoutes } from './screening/index.ts';
import { healthRoutes } from './health/index.ts';
import { importRoutes } from './imports/index.ts';
import { meRoutes } from './me/index.ts';
import { setupRoutes } from './setup/index.ts';
import { unitRoutes } from './units/index.ts';
import { userRoutes } from './users/index.ts';
import { peopleRoutes } from './people/index.ts';

/** Everything under /api, one plugin per resource. */
export const apiRoutes: FastifyPluginAsyncTypebox = async (api) => {
  await api.register(healthRoutes);
  await api.register(setupRoutes);
  await api.register(authRoutes);
  await api.register(meRoutes);
  await api.register(unitRoutes);
  await api.register(userRoutes);
  await api.register(importRoutes);
  await api.register(peopleRoutes);
  await api.register(contestRoutes);
  await api.register(entryRoutes);
  await api.register(screeningRoutes);
  await api.register(roundRoutes);
  await api.register(judgingRoutes);
  await api.register(resultRoutes);
  await api.register(awardRoutes);
  await api.register(exportRoutes);
  await api.register(publicationRoutes);
  await api.register(publicRoutes);
  await api.register(documentRoutes);
  await api.register(dashboardRoutes);
  await api.register(auditRoutes);
  await api.register(mailRoutes);
  await api.register(passwordLinkRoutes);

  api.get('/openapi.json', { schema: { hide: true } }, async () => api.swagger());
  // Unknown API paths answer JSON, never fall through to an HTML page.
  api.all('/*', { schema: { hide: true } }, async () => {
    throw notFound();
  });
};
