import type { Logger } from '../shared/logger';

/** One thing to stop, in order: first what takes new work, then what finishes it, then connections. */
export interface ShutdownStep {
  name: string;
  run(): Promise<void>;
}

export type ShutdownOutcome = { finished: true } | { finished: false; waitingFor: string };

/**
 * Runs the steps one after the other, but gives up after `timeoutMs`: something that never ends
 * (an SMTP relay that accepted the connection and then went silent, a feed that trickles) must
 * not keep a stopping process alive past the orchestrator's kill deadline (docs/operations.md).
 * Resolves with the step still running when the time ran out; the caller exits either way.
 */
export async function runShutdown(
  steps: ShutdownStep[],
  options: { timeoutMs: number; logger: Logger },
): Promise<ShutdownOutcome> {
  let current = 'nothing';
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<ShutdownOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ finished: false, waitingFor: current }), options.timeoutMs);
  });
  const all = (async (): Promise<ShutdownOutcome> => {
    for (const step of steps) {
      current = step.name;
      const started = Date.now();
      try {
        await step.run();
      } catch (error) {
        options.logger.warn({ err: error, step: step.name }, 'shutdown: a step failed; going on');
      }
      options.logger.info({ step: step.name, ms: Date.now() - started }, 'shutdown: step done');
    }
    return { finished: true };
  })();
  const outcome = await Promise.race([all, expired]);
  clearTimeout(timer);
  if (!outcome.finished) {
    options.logger.error(
      { waiting_for: outcome.waitingFor, timeout_ms: options.timeoutMs },
      'shutdown: timed out; exiting with work unfinished (it is retried elsewhere)',
    );
  }
  return outcome;
}
