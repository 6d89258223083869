import { Command } from 'commander';
import { addSource } from '../../app/add-source';
import { type AppContext, closeContext } from '../../app/context';
import { ingestById } from '../../app/ingest';
import { sourceListing } from '../../app/source-listing';
import { loadConfigOrExit, openContextOnly } from '../runtime';

/** Opens the store, brings the sources table in line with sources.yaml, runs `work`, closes. */
async function withSources(work: (context: AppContext) => Promise<void>): Promise<void> {
  const config = loadConfigOrExit();
  // Logs (a generated development key, a poll) go to stderr: stdout is the listing, `--json` one array.
  const context = await openContextOnly(config, { logToStderr: true });
  try {
    await context.store.sources.syncFromConfig(config.sources, context.now());
    await work(context);
  } finally {
    await closeContext(context);
  }
}

async function requireSource(context: AppContext, id: string) {
  const row = await context.store.sources.get(id);
  if (!row || row.origin === 'removed')
    throw new Error(`sources: no source "${id}" (see brief sources list)`);
  return row;
}

export function sourcesCommand(): Command {
  const command = new Command('sources').description('List, add, remove, enable and disable the feeds');
  command
    .command('list', { isDefault: true })
    .description('Show every source: status, error class, last and next poll, articles stored')
    .option('--json', 'print one JSON array')
    .action((options: { json?: boolean }) =>
      withSources(async (context) => {
        const sources = await sourceListing(context.store);
        if (options.json) {
          process.stdout.write(`${JSON.stringify(sources, null, 2)}\n`);
          return;
        }
        for (const source of sources) {
          const error = source.last_error ? `\n    ! ${source.error_class}: ${source.last_error}` : '';
          process.stdout.write(
            `${source.id.padEnd(28)} ${source.section.padEnd(9)} ${source.status.padEnd(8)} ` +
              `errors=${source.error_count} articles=${source.articles} last=${source.last_poll_at ?? 'never'} ` +
              `next=${source.next_poll_at}\n    ${source.url}${error}\n`,
          );
        }
      }),
    );
  command
    .command('add <url>')
    .description('Add a feed, or a site whose page links to its feed; it is fetched once to validate it')
    .option('--section <id>', 'section of the digest (default: the first default section)')
    .option('--outlet <name>', 'outlet name shown with its articles (default: the host name)')
    .option('--id <id>', 'source id (default: from the outlet and section)')
    .action((url: string, options: { section?: string; outlet?: string; id?: string }) =>
      withSources(async (context) => {
        const added = await addSource(context, { url, ...options });
        const via = added.discovered ? ` (found through ${url})` : '';
        process.stdout.write(
          `added ${added.source.id}: ${added.source.url}${via}, ${added.items} items, section ${added.source.section}, outlet "${added.source.outlet}"\n`,
        );
      }),
    );
  command
    .command('remove <id>')
    .description('Remove a source added here (sources in sources.yaml are removed from the file)')
    .action((id: string) =>
      withSources(async (context) => {
        const row = await requireSource(context, id);
        if (row.origin === 'config')
          throw new Error(`sources: "${id}" is declared in sources.yaml; remove it there (the file wins)`);
        const how = await context.store.sources.removeCliSource(id);
        process.stdout.write(
          how === 'deleted' ? `removed ${id}\n` : `removed ${id} (its stored articles stay)\n`,
        );
      }),
    );
  for (const [name, enabled] of [
    ['enable', true],
    ['disable', false],
  ] as const) {
    command
      .command(`${name} <id>`)
      .description(enabled ? 'Resume polling a source now, errors cleared' : 'Stop polling a source')
      .action((id: string) =>
        withSources(async (context) => {
          const row = await requireSource(context, id);
          if (enabled && row.enabled === 0)
            throw new Error(
              `sources: "${id}" has enabled: false in sources.yaml; change it there (the file wins)`,
            );
          await context.store.sources.setOperatorEnabled(id, enabled, context.now());
          process.stdout.write(`${name}d ${id}\n`);
        }),
      );
  }
  command
    .command('poll <id>')
    .description('Poll one source now, in this process, and print the outcome')
    .action((id: string) =>
      withSources(async (context) => {
        const outcome = await ingestById(context, id);
        if (!outcome) throw new Error(`source ${id} is unknown or disabled`);
        const detail = outcome.error ? `: ${outcome.error.message}` : '';
        process.stdout.write(
          `${id}: ${outcome.status}, ${outcome.fetched} items, ${outcome.inserted.length} new, next poll ${outcome.nextFetchAt.toISOString()}${detail}\n`,
        );
        if (outcome.status === 'error') process.exitCode = 1;
      }),
    );
  return command;
}
