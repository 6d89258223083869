import { type Kysely, sql } from 'kysely';
import type { Logger } from '../shared/logger';
import { type Dialect, openDatabase } from './database';
import { migrateToLatest } from './migrate';
import { ArticlesRepo } from './repos/articles-repo';
import { AuditRepo } from './repos/audit-repo';
import { DeliveriesRepo } from './repos/deliveries-repo';
import { EditionsRepo } from './repos/editions-repo';
import { ReaderDataRepo } from './repos/reader-data-repo';
import { SignupsRepo } from './repos/signups-repo';
import { SourcesRepo } from './repos/sources-repo';
import { StoriesRepo } from './repos/stories-repo';
import { SubscribersRepo } from './repos/subscribers-repo';
import type { Database } from './schema';

export type { ArticleRow } from './repos/articles-repo';
export { rowToArticle } from './repos/articles-repo';
export type { AuditEntry } from './repos/audit-repo';
export type { Delivery } from './repos/deliveries-repo';
export type { StoredEdition, VariantRow } from './repos/editions-repo';
export type { ReaderExport } from './repos/reader-data-repo';
export type { SignupRequest } from './repos/signups-repo';
export type { FetchUpdate, SourceDefinition, SourceRow } from './repos/sources-repo';
export type { StoryRow } from './repos/stories-repo';
export type {
  BouncedReader,
  Consent,
  HardBounce,
  NewSubscriber,
  PreferencePatch,
} from './repos/subscribers-repo';
export { normalizeEmail } from './repos/subscribers-repo';

/** The repositories, bound to one connection or one transaction. */
export interface Repositories {
  sources: SourcesRepo;
  articles: ArticlesRepo;
  stories: StoriesRepo;
  editions: EditionsRepo;
  subscribers: SubscribersRepo;
  deliveries: DeliveriesRepo;
  audit: AuditRepo;
  signups: SignupsRepo;
  readerData: ReaderDataRepo;
}

export interface Store extends Repositories {
  dialect: Dialect;
  /** Runs `work` atomically: every repository it is given writes in one transaction. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /** Cheap round trip for health checks. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens the database named by `url`, brings its schema up to date, and returns the repositories.
 * `logger` hears of connections the database server closed while idle; `onQuery` is called once
 * per statement run, with its SQL (to count round trips).
 */
export async function openStore(
  url: string,
  cwd: string,
  logger?: Logger,
  onQuery?: (sql: string) => void,
): Promise<Store> {
  const { db, dialect } = openDatabase(url, cwd, logger, onQuery);
  try {
    await migrateToLatest(db, dialect);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    dialect,
    ...repositories(db, dialect),
    transaction: (work) => db.transaction().execute((trx) => work(repositories(trx, dialect))),
    ping: async () => {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}

function repositories(db: Kysely<Database>, dialect: Dialect): Repositories {
  return {
    sources: new SourcesRepo(db),
    articles: new ArticlesRepo(db),
    stories: new StoriesRepo(db),
    editions: new EditionsRepo(db),
    subscribers: new SubscribersRepo(db, dialect),
    deliveries: new DeliveriesRepo(db, dialect),
    audit: new AuditRepo(db),
    signups: new SignupsRepo(db),
    readerData: new ReaderDataRepo(db),
  };
}
