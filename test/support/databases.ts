import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** PostgreSQL server used for throwaway databases; each test gets its own database on it. */
export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  dialect: 'sqlite' | 'postgres';
  url: string;
  drop(): Promise<void>;
}

export async function createSqliteDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'brief-test-'));
  return {
    dialect: 'sqlite',
    url: `sqlite:${join(dir, 'brief.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  const name = `brief_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    dialect: 'postgres',
    url: url.toString(),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export const dialects: ['sqlite' | 'postgres', () => Promise<TestDatabase>][] = [
  ['sqlite', createSqliteDatabase],
  ['postgres', createPostgresDatabase],
];

async function adminQuery(text: string): Promise<void> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}
