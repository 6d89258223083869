/**
 * Row shapes of the store. Timestamps are ISO-8601 UTC strings (`Date#toISOString()`, fixed width,
 * so they sort as text) in both SQLite and PostgreSQL: one code path, no driver-specific date types.
 * JSON columns are text. Ids are text (UUIDs) so no dialect-specific sequences are needed.
 */
export interface SourcesTable {
  id: string;
  outlet: string;
  url: string;
  section: string;
  enabled: number;
  etag: string | null;
  last_modified: string | null;
  next_fetch_at: string;
  last_fetched_at: string | null;
  error_count: number;
  last_error: string | null;
  status: string;
  /** URL as declared (sources.yaml or `brief sources add`); `url` follows permanent redirects. */
  declared_url: string | null;
  /** 'config' (sources.yaml) or 'cli' (`brief sources add`). */
  origin: string;
  error_class: string | null;
  note: string | null;
}

export interface ArticleOutletsTable {
  article_id: string;
  source_id: string;
  outlet: string;
  seen_at: string;
}

export interface ArticlesTable {
  id: string;
  source_id: string;
  outlet: string;
  section: string;
  guid: string;
  canonical_url: string;
  title: string;
  text: string;
  published_at: string | null;
  fetched_at: string;
  content_hash: string;
  story_id: string | null;
  published_estimated: number;
  language: string | null;
  /** 1 when the feed item had no title and `title` is the first sentence of its text. */
  title_derived: number;
}

export interface StoriesTable {
  id: string;
  section: string;
  first_seen_at: string;
  last_seen_at: string;
  /** Serialized story memory of the clusterer (centroid and counters). */
  centroid: string;
  article_count: number;
  outlet_count: number;
  merged_into: string | null;
}

export interface TermStatsTable {
  term: string;
  df: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface EditionsTable {
  id: string;
  slot: string;
  built_at: string;
  content: string;
  status: string;
}

/** One row per story of an edition: which editions a story appeared in (story pages). */
export interface EditionStoriesTable {
  edition_id: string;
  story_id: string;
  /** The edition's slot, so a story's editions sort without a join. */
  slot: string;
}

export interface EditionVariantsTable {
  edition_id: string;
  variant_key: string;
  subject: string;
  html: string;
  text: string;
  created_at: string;
}

export interface SubscribersTable {
  id: string;
  email: string;
  status: string;
  sections: string;
  timezone: string;
  send_hour: number;
  frequency: string;
  weekly_day: number;
  paused_until: string | null;
  token_version: number;
  created_at: string;
  updated_at: string;
  consent_at: string | null;
  consent_method: string | null;
  consent_ip: string | null;
  consent_text_version: string | null;
  confirmed_at: string | null;
  unsubscribed_at: string | null;
  email_format: string;
  confirm_sent_at: string | null;
  confirm_request_id: string | null;
  hard_bounces: number;
  bounced_at: string | null;
  last_bounce: string | null;
  /** When the fan-out next needs to look at this reader; null: at its next run. */
  next_due_at: string | null;
}

export interface BouncesTable {
  /** Where the bounce came from: `smtp:<delivery id>` or `dsn:<report id>:<recipient>`. */
  id: string;
  subscriber_id: string;
  at: string;
  /** 'smtp' (5xx at send time), 'dsn' (delivery report). */
  source: string;
  reason: string;
}

export interface SignupRequestsTable {
  id: string;
  email: string;
  sections: string;
  timezone: string;
  send_hour: number;
  consent_ip: string | null;
  consent_text_version: string;
  created_at: string;
}

export interface ConsentRecordsTable {
  id: string;
  subscriber_id: string;
  at: string;
  /** 'given' or 'withdrawn'. */
  event: string;
  method: string;
  ip: string | null;
  text_version: string | null;
}

export interface ErasedAddressesTable {
  hash: string;
  erased_at: string;
}

export interface DeliveriesTable {
  id: string;
  subscriber_id: string;
  edition_id: string;
  local_date: string;
  kind: string;
  status: string;
  variant_key: string;
  message_id: string | null;
  attempts: number;
  last_error: string | null;
  sent_at: string | null;
  requested_by: string | null;
  request_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  details: string;
}

export interface Database {
  sources: SourcesTable;
  articles: ArticlesTable;
  article_outlets: ArticleOutletsTable;
  stories: StoriesTable;
  term_stats: TermStatsTable;
  settings: SettingsTable;
  editions: EditionsTable;
  edition_variants: EditionVariantsTable;
  edition_stories: EditionStoriesTable;
  subscribers: SubscribersTable;
  deliveries: DeliveriesTable;
  audit_log: AuditLogTable;
  signup_requests: SignupRequestsTable;
  consent_records: ConsentRecordsTable;
  erased_addresses: ErasedAddressesTable;
  bounces: BouncesTable;
}
