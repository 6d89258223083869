/** Stops the embedded PostgreSQL that test/support/global-setup.ts started, if it did. */
export default async function globalTeardown(): Promise<void> {
  await globalThis.briefEmbeddedPostgres?.stop();
}
