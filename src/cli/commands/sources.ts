import { Command } from 'commander';
import { closeContext } from '../../app/context';
import { ingestById } from '../../app/ingest';
import { loadConfigOrExit, openContextOnly } from '../runtime';

export function sourcesCommand(): Command {
  const command = new Command('sources').description(
    'List the configured feeds and how their last polls went',
  );
  command
    .command('list', { isDefault: true })
    .description('Show every source: status, errors, last and next poll')
    .option('--json', 'print JSON')
    .action(async (options: { json?: boolean }) => {
      const config = loadConfigOrExit();
      const context = await openContextOnly(config);
      try {
        await context.store.sources.syncFromConfig(config.sources, context.now());
        const rows = await context.store.sources.list();
        if (options.json) {
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        for (const row of rows) {
          const state = row.enabled ? row.status : 'off';
          const last = row.last_fetched_at ?? 'never';
          const error = row.last_error ? `  ! ${row.last_error}` : '';
          process.stdout.write(
            `${row.id.padEnd(28)} ${row.section.padEnd(9)} ${state.padEnd(8)} errors=${row.error_count} last=${last} next=${row.next_fetch_at}${error}\n`,
          );
        }
      } finally {
        await closeContext(context);
      }
    });
  command
    .command('poll <id>')
    .description('Poll one source now, in this process, and print the outcome')
    .action(async (id: string) => {
      const config = loadConfigOrExit();
      const context = await openContextOnly(config);
      try {
        await context.store.sources.syncFromConfig(config.sources, context.now());
        const outcome = await ingestById(context, id);
        if (!outcome) throw new Error(`source ${id} is unknown or disabled`);
        const detail = outcome.error ? `: ${outcome.error.message}` : '';
        process.stdout.write(
          `${id}: ${outcome.status}, ${outcome.fetched} items, ${outcome.inserted.length} new, next poll ${outcome.nextFetchAt.toISOString()}${detail}\n`,
        );
        if (outcome.status === 'error') process.exitCode = 1;
      } finally {
        await closeContext(context);
      }
    });
  return command;
}
