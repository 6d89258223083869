import cron from 'node-cron';
import type { AppContext } from '../src/app/context';
import { slotOf } from '../src/edition/freeze-edition';
import { jobId, type Queues } from './queues';
import { heartbeatPath, writeHeartbeat } from './scheduler-heartbeat';

export interface TickResult {
  ingest: number;
  slot: string;
}

/**
 * One scheduler tick: enqueue a poll of every due source, the build of the current hour's edition
 * and a fan-out. Every job id is derived from what it is for (source + due time, slot, tick
 * minute), so a repeated tick or a second scheduler adds nothing new: BullMQ ignores a job whose
 * id it already holds.
 */
export async function tick(context: AppContext, queues: Queues): Promise<TickResult> {
  const now = context.now();
  const due = await context.store.sources.listDue(now);
  await queues.ingest.addBulk(
    due.map((source) => ({
      name: 'ingest',
      data: { sourceId: source.id },
      opts: { jobId: jobId('ingest', source.id, source.next_fetch_at) },
    })),
  );
  const slot = slotOf(now).toISOString();
  await queues.build.add('build', { slot }, { jobId: jobId('build', slot) });
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000).toISOString();
  await queues.fanout.add('fanout', { slot }, { jobId: jobId('fanout', slot, minute) });
  // Expired sign-ups are deleted once an hour; the slot is that hour.
  await queues.readers.add('purge', { hour: slot }, { jobId: jobId('purge', slot) });
  context.logger.debug({ ingest: due.length, slot }, 'tick');
  return { ingest: due.length, slot };
}

/**
 * Runs `tick` on the configured cron expression until stopped, writing a heartbeat (see
 * scheduler-heartbeat.ts) at start and after each completed tick.
 */
export function startScheduler(
  context: AppContext,
  queues: Queues,
  options: { heartbeatFile?: string } = {},
): { stop(): Promise<void> } {
  const heartbeatFile = options.heartbeatFile ?? heartbeatPath(context.config.queuePrefix);
  const startedAt = context.now().toISOString();
  let lastTickAt: string | null = null;
  const beat = () =>
    writeHeartbeat(heartbeatFile, {
      pid: process.pid,
      startedAt,
      lastTickAt,
      nextTickAt: task.getNextRun()?.toISOString() ?? null,
    });
  const task = cron.schedule(
    context.config.schedule.tickCron,
    async () => {
      try {
        await tick(context, queues);
        lastTickAt = context.now().toISOString();
        beat();
      } catch (error) {
        context.logger.error({ err: error }, 'scheduler tick failed; the next tick will catch up');
      }
    },
    { noOverlap: true },
  );
  beat();
  context.logger.info({ cron: context.config.schedule.tickCron }, 'scheduler started');
  return {
    stop: async () => {
      await task.stop();
    },
  };
}
