import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  type SqliteDatabase as KyselySqlite,
  type LogEvent,
  PostgresDialect,
  SqliteDialect,
} from 'kysely';
import { Pool } from 'pg';
import { type Logger, silentLogger } from '../shared/logger';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';

export interface OpenedDatabase {
  db: Kysely<Database>;
  dialect: Dialect;
}

/**
 * Opens the store named by a `sqlite:<path>` or `postgres://…` URL. SQLite runs in WAL mode with a
 * busy timeout so the scheduler, workers and web role can share one file on one machine.
 */
export function openDatabase(
  url: string,
  cwd: string,
  logger: Logger = silentLogger,
  onQuery?: (sql: string) => void,
): OpenedDatabase {
  // Kysely calls `log` once per statement executed: a count of store round trips (bench:send).
  const log = onQuery ? (event: LogEvent) => onQuery(event.query.sql) : undefined;
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) {
    const pool = new Pool({ connectionString: url, max: 10 });
    // An idle pooled connection can fail on its own (the server restarts, an administrator or a
    // failover ends it). The pool drops it and the next query opens a new one; without a
    // listener the 'error' event would end the process.
    pool.on('error', (error: Error & { code?: string }) => {
      logger.warn(
        { err: error.message, code: error.code },
        'store: an idle PostgreSQL connection was closed by the server; the pool opens a new one',
      );
    });
    return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }), log }), dialect: 'postgres' };
  }
  const path = url.replace(/^sqlite:/, '');
  const file = path === ':memory:' ? path : resolve(cwd, path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const sqlite = new SqliteDatabase(file);
  sqlite.pragma('journal_mode = WAL');
  // Writers from other processes wait instead of failing with SQLITE_BUSY.
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return {
    db: new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }), log }),
    dialect: 'sqlite',
  };
}

/** Far more than the distinct statements the code issues; a runaway set is dropped, not kept. */
const MAX_STATEMENTS = 1000;

/**
 * Kysely's SQLite driver prepares each statement anew on every query; preparing was about a tenth
 * of a preferences page's CPU time (docs/subscriptions.md "Speed"). Statements are kept by their
 * SQL text and reused: the driver runs one query at a time on this connection, and SQLite
 * re-prepares a kept statement by itself after a schema change.
 */
function reusingStatements(sqlite: SqliteDatabase.Database): KyselySqlite {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      const kept = statements.get(sql);
      if (kept) return kept;
      if (statements.size >= MAX_STATEMENTS) statements.clear();
      const statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      return statement;
    },
  };
}
