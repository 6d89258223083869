import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { DateTime } from 'luxon';
import pino from 'pino';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { queueSignups } from '../../../jobs/processors';
import { runCycle } from '../../../jobs/run-cycle';
import { startWorkers } from '../../../jobs/workers';
import type { AppContext } from '../../app/context';
import { startWeb } from '../../app/web';
import { startFeedServer } from '../../demo/feed-server';
import { editionPath } from '../../shared/public-paths';
import { loadConfigOrExit, openRuntime, type Runtime } from '../runtime';

const FIXTURES = 'test/fixtures/feeds';
const DEMO_DB = 'data/demo.db';

/** Three readers around the world, each due right now in their own time zone. */
const DEMO_READERS = [
  {
    email: 'reader.london@example.org',
    timezone: 'Europe/London',
    sections: ['world', 'business', 'science'],
  },
  { email: 'reader.newyork@example.org', timezone: 'America/New_York', sections: ['world', 'business'] },
  { email: 'reader.tokyo@example.org', timezone: 'Asia/Tokyo', sections: ['world', 'science'] },
];

export function demoCommand(): Command {
  return new Command('demo')
    .description(
      'Run one full morning cycle on demo feeds (no network), for three demo readers; writes to the outbox',
    )
    .option('--serve', 'then keep the web role up on the demo data until Ctrl-C')
    .option('--port <port>', 'port of the web role with --serve (default: PORT, 8080)', parsePort)
    .action(async (options: { serve?: boolean; port?: number }) => {
      const operator = loadConfigOrExit(); // the operator's configuration must be valid before anything is written
      const port = options.port ?? operator.port;
      const feeds = await startFeedServer({ dir: resolve(FIXTURES) });
      try {
        const sourcesFile = writeDemoSources(feeds.baseUrl);
        const queuePrefix = `brief-demo-${process.pid}`;
        const config = loadConfigOrExit({
          databaseUrl: `sqlite:./${DEMO_DB}`,
          sourcesFile,
          smtpUrl: null,
          queuePrefix,
          // The emails link to the pages this demo serves.
          ...(options.serve ? { publicUrl: `http://127.0.0.1:${port}`, port } : {}),
        });
        removeDatabase(DEMO_DB);
        const runtime = await openRuntime(config, { allowPrivateRedis: true });
        const workers = await startWorkers(runtime.context, runtime.queues, runtime.connection);
        try {
          await runtime.context.store.sources.syncFromConfig(config.sources, runtime.context.now());
          await addDemoReaders(runtime.context);
          const started = Date.now();
          const report = await runCycle(runtime.context, runtime.queues, runtime.connection);
          printReport(runtime.context, report, Date.now() - started, started);
          if (options.serve) await serveUntilStopped(runtime, report.editionId);
        } finally {
          await workers.close();
          for (const queue of [
            runtime.queues.ingest,
            runtime.queues.build,
            runtime.queues.fanout,
            runtime.queues.send,
            runtime.queues.readers,
          ]) {
            await queue.obliterate({ force: true });
          }
          await runtime.close();
        }
      } finally {
        await feeds.close();
      }
    });
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d{1,5}$/.test(value) || port < 1 || port > 65535)
    throw new InvalidArgumentError('a port is a number from 1 to 65535');
  return port;
}

/**
 * `--serve`: the web role on the demo data, on loopback only, until Ctrl-C (SIGINT) or SIGTERM.
 * Sign-ups go through the workers still running, so their confirmation emails land in the outbox.
 * The last line printed before serving names the edition page.
 */
async function serveUntilStopped(runtime: Runtime, editionId: string): Promise<void> {
  const { context, queues } = runtime;
  const web = await startWeb(
    context,
    { admin: null, queueSignup: (signupId) => queueSignups(queues, [signupId]) },
    runtime.connection,
    '127.0.0.1',
  );
  const base = `http://127.0.0.1:${context.config.port}`;
  flushLogs(context);
  process.stdout.write(`Serving the demo until Ctrl-C. Latest edition: ${base}/\n`);
  process.stdout.write(`Edition page: ${base}${editionPath(editionId)}\n`);
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
  await web.close();
}

/**
 * Writes out the log lines still queued: pino writes to stdout asynchronously, so without this
 * the web role's "listening" lines would land after the edition page line.
 */
function flushLogs(context: AppContext): void {
  const stream = (context.logger as unknown as Record<symbol, { flushSync?: () => void } | undefined>)[
    pino.symbols.streamSym
  ];
  try {
    stream?.flushSync?.();
  } catch {
    // A pretty-printing transport has no sync flush; its lines may interleave, nothing is lost.
  }
}

/** The fixture manifest lists paths; the demo points them at the local feed server. */
function writeDemoSources(baseUrl: string): string {
  const manifest = parseYaml(readFileSync(join(FIXTURES, 'sources.yaml'), 'utf8')) as {
    sources: { url: string }[];
  };
  const sources = manifest.sources.map((source) => ({
    ...source,
    url: new URL(source.url, baseUrl).toString(),
  }));
  mkdirSync('data', { recursive: true });
  const file = 'data/demo-sources.yaml';
  writeFileSync(
    file,
    `# Written by \`brief demo\`: the fixture feeds served on ${baseUrl}\n${stringifyYaml({ sources })}`,
  );
  return file;
}

function removeDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
}

async function addDemoReaders(context: AppContext): Promise<void> {
  const now = context.now();
  for (const reader of DEMO_READERS) {
    const sendHour = DateTime.fromJSDate(now).setZone(reader.timezone).hour;
    await context.store.subscribers.create(
      {
        id: context.newId(),
        email: reader.email,
        status: 'active',
        sections: reader.sections,
        timezone: reader.timezone,
        sendHour,
        frequency: 'daily',
        consent: { at: now, method: 'demo', ip: null, textVersion: 'demo' },
      },
      now,
    );
  }
}

function printReport(
  context: AppContext,
  report: Awaited<ReturnType<typeof runCycle>>,
  elapsedMs: number,
  startedAt: number,
): void {
  const outbox = resolve(context.config.outboxDir);
  const fresh = existsSync(outbox)
    ? readdirSync(outbox, { withFileTypes: true }).filter((entry) => entry.isFile())
    : [];
  const lines = [
    '',
    `Demo done in ${(elapsedMs / 1000).toFixed(1)} s: polled ${report.polled} demo feeds, built edition ${report.editionId}.`,
    `Sent ${report.sends.sent} emails (failed ${report.sends.failed}, skipped ${report.sends.skipped}) to the outbox:`,
    `  ${outbox}`,
    ...fresh
      .map((entry) => join(outbox, entry.name))
      .filter((file) => isNewerThan(file, startedAt))
      .sort()
      .map((file) => `  - ${file}`),
    'Open an .html preview in a browser, or an .eml file in a mail client.',
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

function isNewerThan(file: string, since: number): boolean {
  return existsSync(file) && statSync(file).mtimeMs >= since;
}
