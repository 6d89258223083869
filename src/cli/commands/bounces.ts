import { readFile } from 'node:fs/promises';
import { Command } from 'commander';
import { importBounces } from '../../app/bounces';
import { closeContext } from '../../app/context';
import { loadConfigOrExit, openContextOnly } from '../runtime';

/** `brief bounces import FILE`: delivery status notifications (RFC 3464) from a mailbox file. */
export function bouncesCommand(): Command {
  const command = new Command('bounces').description('Hard bounces that arrive later, as delivery reports');
  command
    .command('import')
    .description(
      'Read RFC 3464 delivery reports (an mbox or one .eml) and count each permanent failure as a hard bounce',
    )
    .argument('<file>', 'mbox or .eml file')
    .option('--json', 'print JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      const text = await readFile(file, 'utf8');
      const config = loadConfigOrExit();
      const context = await openContextOnly(config);
      try {
        const result = await importBounces(context, text);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
          return;
        }
        process.stdout.write(
          `${result.messages} messages, ${result.reports} recipient reports: ${result.counted} hard bounces counted, ${result.suppressed} readers suppressed (limit ${config.delivery.bounceLimit})\n`,
        );
        for (const entry of result.ignored)
          process.stdout.write(`  ignored ${entry.recipient}: ${entry.reason}\n`);
      } finally {
        await closeContext(context);
      }
    });
  return command;
}
