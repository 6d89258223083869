import type { Redis } from 'ioredis';
import { maskEmail } from '../shared/logger';
import { type AdminService, buildApp } from '../web';
import { confirmationMessage } from './confirmation-email';
import type { AppContext } from './context';

/** Starts the web role on the configured port; `close` stops taking requests and drains. */
export async function startWeb(context: AppContext, admin: AdminService | null, redis: Redis) {
  const { config, store, logger } = context;
  const app = buildApp({
    config: {
      publicUrl: config.publicUrl,
      sections: config.sections,
      defaultSections: config.defaultSections,
      schedule: config.schedule,
      adminToken: config.adminToken,
      tokenSecret: context.tokenSecret,
      siteName: config.sender.name,
      trustProxy: config.web.trustProxy,
      recordConsentIp: config.web.recordConsentIp,
      postsPerMinute: config.web.postsPerMinute,
    },
    logger,
    now: context.now,
    newId: context.newId,
    subscribers: store.subscribers,
    audit: store.audit,
    admin,
    sendConfirmation: async (subscriber, confirmUrl) => {
      const result = await context.mailer.send(confirmationMessage(context, subscriber, confirmUrl));
      logger.info(
        { subscriber_id: subscriber.id, to: maskEmail(subscriber.email), message_id: result.messageId },
        'confirmation sent',
      );
    },
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
  });
  await app.listen({ port: config.port, host: '0.0.0.0' });
  logger.info({ port: config.port, public_url: config.publicUrl }, 'web listening');
  return { app, close: () => app.close() };
}
