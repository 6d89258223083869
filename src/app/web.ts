import type { Redis } from 'ioredis';
import { type AdminService, buildApp, type WebDeps } from '../web';
import type { AppContext } from './context';

/** What the web role needs from this process besides the store. */
export interface WebServices {
  admin: AdminService | null;
  /** Queues the job that handles a stored sign-up request. */
  queueSignup(signupId: string): Promise<void>;
  health: WebDeps['health'];
  metrics?: WebDeps['metrics'];
  queueDashboard?: WebDeps['queueDashboard'];
}

/** The web role's dependencies, taken from the application context. */
export function webDeps(context: AppContext, services: WebServices): WebDeps {
  const { config, store } = context;
  return {
    config: {
      publicUrl: config.publicUrl,
      sections: config.sections,
      defaultSections: config.defaultSections,
      schedule: config.schedule,
      adminToken: config.adminToken,
      metricsToken: config.metricsToken,
      tokenSecrets: context.tokenSecrets,
      siteName: config.sender.name,
      trustProxy: config.web.trustProxy,
      recordConsentIp: config.web.recordConsentIp,
      postsPerMinute: config.web.postsPerMinute,
      oneClickPerMinute: config.web.oneClickPerMinute,
      pendingExpiryDays: config.web.pendingExpiryDays,
    },
    logger: context.logger,
    now: context.now,
    newId: context.newId,
    subscribers: store.subscribers,
    signups: store.signups,
    readerData: store.readerData,
    audit: store.audit,
    editions: store.editions,
    stories: store.stories,
    ...services,
  };
}

/**
 * Starts the web role on the configured port, on every interface unless `host` says otherwise;
 * `close` stops taking requests and drains.
 */
export async function startWeb(
  context: AppContext,
  services: Omit<WebServices, 'health'>,
  redis: Redis,
  host = '0.0.0.0',
) {
  const { config, store, logger } = context;
  const app = buildApp(
    webDeps(context, {
      ...services,
      health: async () => {
        const checks: Record<string, string> = {};
        checks.store = await store.ping().then(
          () => 'ok',
          (error: Error) => `error: ${error.message}`,
        );
        checks.redis = await redis.ping().then(
          (reply) => (reply === 'PONG' ? 'ok' : `unexpected reply ${reply}`),
          (error: Error) => `error: ${error.message}`,
        );
        return { ok: Object.values(checks).every((value) => value === 'ok'), checks };
      },
    }),
  );
  await app.listen({ port: config.port, host });
  logger.info({ port: config.port, public_url: config.publicUrl }, 'web listening');
  return { app, close: () => app.close() };
}
