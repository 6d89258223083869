import { Command, Option } from 'commander';
import { heartbeatPath, heartbeatProblem, readHeartbeat } from '../../../jobs/scheduler-heartbeat';
import { pingRedis } from '../../app/redis';
import type { AppConfig } from '../../config/load-config';
import { errorMessage } from '../../shared/errors';
import { openStore } from '../../store';
import { loadConfigOrExit } from '../runtime';

type Role = 'worker' | 'scheduler' | 'web';

/**
 * The container health check of each role (docs/operations.md): it checks what that role needs
 * to do its work, prints one line, and exits 0 (healthy) or 1.
 */
export function healthCommand(): Command {
  return new Command('health')
    .description(
      'Exit 0 when this role can do its work: worker = store + Redis; scheduler = recent tick; web = /readyz',
    )
    .addOption(
      new Option('--role <role>', 'which role to check')
        .choices(['worker', 'scheduler', 'web'])
        .makeOptionMandatory(),
    )
    .option('--grace-seconds <n>', 'scheduler: how late the next tick may be', '120')
    .action(async (options: { role: Role; graceSeconds: string }) => {
      const config = loadConfigOrExit();
      const problems = await checkRole(config, options.role, Number(options.graceSeconds) * 1000);
      process.stdout.write(
        problems.length === 0 ? `${options.role}: healthy\n` : `${options.role}: ${problems.join('; ')}\n`,
      );
      process.exitCode = problems.length === 0 ? 0 : 1;
    });
}

async function checkRole(config: Readonly<AppConfig>, role: Role, graceMs: number): Promise<string[]> {
  if (role === 'scheduler') {
    const problem = heartbeatProblem(readHeartbeat(heartbeatPath(config.queuePrefix)), new Date(), graceMs);
    return problem ? [problem] : [];
  }
  if (role === 'web') return checkWeb(config.port);
  const problems: string[] = [];
  if (!(await pingRedis(config.redisUrl, 3000))) problems.push('Redis is not answering');
  const storeProblem = await checkStore(config);
  if (storeProblem) problems.push(storeProblem);
  return problems;
}

async function checkStore(config: Readonly<AppConfig>): Promise<string | null> {
  try {
    const store = await openStore(config.databaseUrl, process.cwd());
    try {
      await store.ping();
      return null;
    } finally {
      await store.close();
    }
  } catch (error) {
    return `store is not answering (${errorMessage(error).split('\n')[0]})`;
  }
}

async function checkWeb(port: number): Promise<string[]> {
  try {
    const answer = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(5000) });
    return answer.ok ? [] : [`/readyz answered ${answer.status}: ${await answer.text()}`];
  } catch (error) {
    return [`/readyz did not answer (${errorMessage(error)})`];
  }
}
