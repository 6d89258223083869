import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Where a Debian or distribution Chromium usually lives. */
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * The flags of @sparticuz/chromium that would weaken what the tests check (same-origin, mixed
 * content) or make one crash take the whole browser down are left out.
 */
const UNWANTED_NPM_FLAGS = new Set([
  '--disable-web-security',
  '--allow-running-insecure-content',
  '--single-process',
]);

export interface ChromiumChoice {
  executablePath: string;
  args: string[];
  from: 'system' | 'npm';
}

/**
 * The system Chromium when one is installed, else the one @sparticuz/chromium ships (unpacked to
 * the temporary folder once). `TEST_CHROMIUM=npm` skips the system one, to test that fallback.
 * The npm package is ESM only, so it is asked in a child Node process rather than through jest.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): ChromiumChoice {
  const system = env.TEST_CHROMIUM === 'npm' ? undefined : SYSTEM_CHROMIUM.find((path) => existsSync(path));
  if (system) {
    return {
      executablePath: system,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
      from: 'system',
    };
  }
  const script =
    "import c from '@sparticuz/chromium'; process.stdout.write(JSON.stringify({ path: await c.executablePath(), args: c.args }));";
  const answer = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 120_000,
    }),
  ) as { path: string; args: string[] };
  return {
    executablePath: answer.path,
    args: answer.args.filter((flag) => !UNWANTED_NPM_FLAGS.has(flag)),
    from: 'npm',
  };
}

/** Launches the system Chromium, or the one from npm on a machine without it. */
export async function launchChromium(): Promise<Browser> {
  const chosen = findChromium();
  if (chosen.from === 'npm')
    process.stderr.write(`tests: Chromium from npm (@sparticuz/chromium) at ${chosen.executablePath}\n`);
  return chromium.launch({ executablePath: chosen.executablePath, args: chosen.args, headless: true });
}
