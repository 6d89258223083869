import { Command } from 'commander';
import { BOUNCED_SHOWN } from '../../../jobs/admin-service';
import { createQueues, QUEUE_NAMES } from '../../../jobs/queues';
import { closeContext } from '../../app/context';
import { connectRedis, pingRedis } from '../../app/redis';
import { maskEmail } from '../../shared/logger';
import { urlWithoutPassword } from '../../shared/url-without-password';
import { upcomingSlots } from '../../subscriptions';
import { loadConfigOrExit, openContextOnly } from '../runtime';

export function statusCommand(): Command {
  return new Command('status')
    .description(
      'Show subscribers, the next delivery hours with their reader counts, recent editions and their deliveries, failing sources and queue depths',
    )
    .option('--json', 'print JSON')
    .option('--slots <n>', 'how many upcoming delivery hours to show', '5')
    .action(async (options: { json?: boolean; slots: string }) => {
      const config = loadConfigOrExit();
      const context = await openContextOnly(config);
      try {
        const subscribers = await context.store.subscribers.countByStatus();
        const bounced = (await context.store.subscribers.listBounced(BOUNCED_SHOWN)).map((reader) => ({
          id: reader.id,
          email: maskEmail(reader.email),
          hardBounces: reader.hardBounces,
          bouncedAt: reader.bouncedAt?.toISOString() ?? null,
          lastBounce: reader.lastBounce,
        }));
        const editions = await context.store.editions.latest(3);
        const deliveries = await Promise.all(
          editions.map(async (edition) => ({
            id: edition.id,
            slot: edition.slot,
            stories: edition.content.sections.reduce((sum, section) => sum + section.stories.length, 0),
            deliveries: await context.store.deliveries.countsByEdition(edition.id),
          })),
        );
        const failing = (await context.store.sources.list()).filter(
          (row) => row.enabled && row.error_count > 0,
        );
        const queues = await queueDepths(config.redisUrl, config.queuePrefix);
        const receiving = [
          ...(await context.store.subscribers.list('active')),
          ...(await context.store.subscribers.list('paused')),
        ];
        const nextSlots = upcomingSlots(receiving, context.now(), Number(options.slots)).map((entry) => ({
          slot: entry.slot.toISOString(),
          readers: entry.readers,
        }));
        const status = {
          subscribers,
          nextSlots,
          bounced,
          editions: deliveries,
          failingSources: failing.map((row) => ({
            id: row.id,
            errors: row.error_count,
            lastError: row.last_error,
          })),
          queues,
        };
        if (options.json) {
          process.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
          return;
        }
        process.stdout.write(`subscribers: ${JSON.stringify(subscribers)}\n`);
        process.stdout.write(`next slots: ${nextSlots.length === 0 ? 'none' : ''}\n`);
        for (const entry of nextSlots) process.stdout.write(`  ${entry.slot}: ${entry.readers} reader(s)\n`);
        process.stdout.write(`suppressed after hard bounces: ${bounced.length === 0 ? 'none' : ''}\n`);
        for (const reader of bounced)
          process.stdout.write(
            `  ${reader.id} ${reader.email}: ${reader.hardBounces} bounces, since ${reader.bouncedAt}, last: ${reader.lastBounce}\n`,
          );
        for (const edition of deliveries)
          process.stdout.write(
            `edition ${edition.id} ${edition.slot}: ${edition.stories} stories, deliveries ${JSON.stringify(edition.deliveries)}\n`,
          );
        process.stdout.write(`failing sources: ${failing.length === 0 ? 'none' : ''}\n`);
        for (const row of failing)
          process.stdout.write(`  ${row.id}: ${row.error_count} errors, ${row.last_error}\n`);
        process.stdout.write(
          `queues: ${queues ? JSON.stringify(queues) : `Redis not answering at ${urlWithoutPassword(config.redisUrl)}`}\n`,
        );
      } finally {
        await closeContext(context);
      }
    });
}

async function queueDepths(url: string, prefix: string) {
  if (!(await pingRedis(url))) return null;
  const connection = connectRedis(url);
  const queues = createQueues(connection, prefix, { maxAttempts: 1, retryDelayMs: 1000 });
  try {
    const entries = await Promise.all(
      QUEUE_NAMES.map(async (name) => [name, await queues[name].getJobCounts()] as const),
    );
    return Object.fromEntries(entries);
  } finally {
    await queues.close();
    connection.disconnect();
  }
}
