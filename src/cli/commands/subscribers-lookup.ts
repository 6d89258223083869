import { Command, Option } from 'commander';
import { closeContext } from '../../app/context';
import type { Subscriber, SubscriberStatus } from '../../shared/types';
import { loadConfigOrExit, openContextOnly } from '../runtime';

const STATUSES: SubscriberStatus[] = ['pending', 'active', 'paused', 'unsubscribed', 'bounced', 'complained'];

function line(subscriber: Subscriber): string {
  const hour = String(subscriber.sendHour).padStart(2, '0');
  return [
    subscriber.id,
    subscriber.email,
    subscriber.status,
    subscriber.sections.join(';'),
    `${hour}:00 ${subscriber.timezone}`,
    subscriber.frequency,
  ].join('\t');
}

/** `brief subscribers list [--status S]`: one reader a line (tab-separated), or JSON. */
export function subscribersListCommand(): Command {
  return new Command('list')
    .description('List readers: id, email, status, sections, hour and zone, frequency')
    .addOption(new Option('--status <status>', 'only readers with this status').choices(STATUSES))
    .option('--json', 'print JSON')
    .action(async (options: { status?: SubscriberStatus; json?: boolean }) => {
      const context = await openContextOnly(loadConfigOrExit());
      try {
        const subscribers = await context.store.subscribers.list(options.status);
        if (options.json) process.stdout.write(`${JSON.stringify(subscribers, null, 2)}\n`);
        else process.stdout.write(subscribers.map((subscriber) => `${line(subscriber)}\n`).join(''));
        process.stderr.write(`${subscribers.length} reader(s)\n`);
      } finally {
        await closeContext(context);
      }
    });
}

/** `brief subscribers find EMAIL`: the reader, their consent history and recent deliveries. */
export function subscribersFindCommand(): Command {
  return new Command('find')
    .argument('<email>', 'address (any case)')
    .description('Show a reader: preferences, consent records and deliveries')
    .action(async (email: string) => {
      const context = await openContextOnly(loadConfigOrExit());
      try {
        const subscriber = await context.store.subscribers.getByEmail(email);
        if (!subscriber) {
          const erased = await context.store.readerData.isErased(email);
          process.stdout.write(
            erased ? `${email}: deleted at the reader's request\n` : `${email}: not found\n`,
          );
          process.exitCode = 1;
          return;
        }
        const record = await context.store.readerData.export(subscriber.id);
        process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
      } finally {
        await closeContext(context);
      }
    });
}
