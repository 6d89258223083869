import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What a running scheduler last did, written to a small file after every tick so that the
 * container's health check (`brief health --role scheduler`) can tell a live scheduler from one
 * whose cron stopped or whose ticks keep failing. It is a file, not a Redis key: with two
 * schedulers, each container must judge its own process.
 */
export interface Heartbeat {
  pid: number;
  startedAt: string;
  /** Last tick that completed; null until the first one. */
  lastTickAt: string | null;
  /** When cron fires next. */
  nextTickAt: string | null;
}

export function heartbeatPath(queuePrefix: string, dir = tmpdir()): string {
  return join(dir, `brief-scheduler-${queuePrefix.replace(/[^A-Za-z0-9_-]/g, '_')}.json`);
}

export function writeHeartbeat(path: string, heartbeat: Heartbeat): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(heartbeat));
  renameSync(temporary, path);
}

export function readHeartbeat(path: string): Heartbeat | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Heartbeat;
  } catch {
    return null;
  }
}

/**
 * Healthy while the next tick is not overdue by more than `graceMs`: a tick that failed does not
 * move `nextTickAt` forward, so a scheduler that cannot reach its store turns unhealthy one tick
 * interval plus the grace later.
 */
export function heartbeatProblem(heartbeat: Heartbeat | null, now: Date, graceMs: number): string | null {
  if (!heartbeat) return 'no scheduler heartbeat (not started, or another QUEUE_PREFIX)';
  if (!heartbeat.nextTickAt) return 'the scheduler has no next tick';
  const overdueMs = now.getTime() - Date.parse(heartbeat.nextTickAt);
  if (overdueMs > graceMs) {
    return `tick overdue by ${Math.round(overdueMs / 1000)} s (last completed ${heartbeat.lastTickAt ?? 'never'})`;
  }
  return null;
}
