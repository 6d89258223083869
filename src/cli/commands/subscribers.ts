import { Command } from 'commander';
import { closeContext } from '../../app/context';
import { variantKeyFor } from '../../app/variants';
import type { Frequency } from '../../shared/types';
import { signToken } from '../../subscriptions';
import { loadConfigOrExit, openContextOnly } from '../runtime';
import { subscribersImportCommand } from './subscribers-import';
import { subscribersFindCommand, subscribersListCommand } from './subscribers-lookup';

export function subscribersCommand(): Command {
  const command = new Command('subscribers').description('Add, import, list and find readers (operators)');
  command
    .command('add <email>')
    .description('Add an active reader (the operator vouches for consent)')
    .option('--timezone <zone>', 'IANA time zone')
    .option('--hour <hour>', 'local delivery hour 0-23')
    .option('--sections <ids>', 'comma-separated sections')
    .option('--frequency <f>', 'daily | weekdays | weekly', 'daily')
    .action(
      async (
        email: string,
        options: { timezone?: string; hour?: string; sections?: string; frequency: string },
      ) => {
        const config = loadConfigOrExit();
        const context = await openContextOnly(config);
        try {
          const sections = options.sections
            ? options.sections.split(',').map((id) => id.trim())
            : [...config.defaultSections];
          const known = new Set(config.sections.map((section) => section.id));
          const unknown = sections.filter((id) => !known.has(id));
          if (unknown.length > 0)
            throw new Error(`unknown section(s) ${unknown.join(', ')}; configured: ${[...known].join(', ')}`);
          const hour = options.hour === undefined ? config.schedule.defaultSendHour : Number(options.hour);
          if (!Number.isInteger(hour) || hour < 0 || hour > 23)
            throw new Error(`--hour ${options.hour}: expected 0-23`);
          if (!['daily', 'weekdays', 'weekly'].includes(options.frequency))
            throw new Error(`--frequency ${options.frequency}: expected daily, weekdays or weekly`);
          const timezone = options.timezone ?? config.schedule.defaultTimezone;
          if (!Intl.supportedValuesOf('timeZone').includes(timezone) && timezone !== 'UTC')
            throw new Error(`--timezone ${timezone}: not an IANA time zone`);
          if (await context.store.readerData.isErased(email))
            throw new Error(
              `${email} asked to be deleted; only a new sign-up through the form, once confirmed, may add it again`,
            );
          const now = context.now();
          const { subscriber, created } = await context.store.subscribers.create(
            {
              id: context.newId(),
              email,
              status: 'active',
              sections,
              timezone,
              sendHour: hour,
              frequency: options.frequency as Frequency,
              consent: { at: now, method: 'operator', ip: null, textVersion: 'operator' },
            },
            now,
          );
          process.stdout.write(
            `${created ? 'added' : 'already subscribed'}: ${subscriber.id} (${variantKeyFor(config, subscriber.sections)}, ${subscriber.sendHour}:00 ${subscriber.timezone})\n`,
          );
        } finally {
          await closeContext(context);
        }
      },
    );
  command
    .command('link <reader>')
    .description("Print a reader's preferences link (id or email)")
    .action(async (reader: string) => {
      const config = loadConfigOrExit();
      const context = await openContextOnly(config);
      try {
        const subscriber = reader.includes('@')
          ? await context.store.subscribers.getByEmail(reader)
          : await context.store.subscribers.get(reader);
        if (!subscriber) throw new Error(`no subscriber ${reader}`);
        const token = signToken(context.tokenSecret, {
          purpose: 'manage',
          subscriberId: subscriber.id,
          version: subscriber.tokenVersion,
        });
        process.stdout.write(`${config.publicUrl.replace(/\/+$/, '')}/p/${token}\n`);
      } finally {
        await closeContext(context);
      }
    });
  command.addCommand(subscribersImportCommand());
  command.addCommand(subscribersListCommand());
  command.addCommand(subscribersFindCommand());
  return command;
}
