import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename } from 'node:path';
import { Command } from 'commander';
import { closeContext } from '../../app/context';
import { importSubscribers } from '../../app/import-subscribers';
import { parseSubscriberCsv } from '../../subscriptions';
import { loadConfigOrExit, openContextOnly } from '../runtime';

/** `brief subscribers import FILE.csv`: all rows or none (docs/operations.md). */
export function subscribersImportCommand(): Command {
  return new Command('import')
    .argument('<file>', 'CSV with the header email,sections,hour,timezone (sections separated by ";")')
    .description('Add readers from a CSV whose opt-in the operator collected; all rows or none')
    .option('--consent-source <text>', 'where these readers opted in, kept with each consent record')
    .option('--operator <name>', 'recorded in the audit log', userInfo().username)
    .action(async (file: string, options: { consentSource?: string; operator: string }) => {
      const config = loadConfigOrExit();
      const parsed = parseSubscriberCsv(readFileSync(file, 'utf8'), {
        sections: new Set(config.sections.map((section) => section.id)),
        defaultSections: config.defaultSections,
        defaultHour: config.schedule.defaultSendHour,
        defaultTimezone: config.schedule.defaultTimezone,
      });
      if (!parsed.ok) {
        process.stderr.write(
          `${file}: nothing imported; fix these lines:\n  ${parsed.errors.join('\n  ')}\n`,
        );
        process.exitCode = 1;
        return;
      }
      const context = await openContextOnly(config);
      try {
        const report = await importSubscribers(context, parsed.rows, {
          consentSource: `import: ${options.consentSource ?? basename(file)}`,
          operator: `operator:${options.operator}`,
        });
        process.stdout.write(
          `${file}: ${parsed.rows.length} rows; imported ${report.imported}; skipped ${report.existing} already subscribed, ${report.suppressed} suppressed (bounced or complained), ${report.deleted} deleted at their request\n`,
        );
      } finally {
        await closeContext(context);
      }
    });
}
