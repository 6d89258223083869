import type { FastifyPluginCallback } from 'fastify';
import type { Logger } from '../shared/logger';
import type { EditionContent, Subscriber, SubscriberStatus } from '../shared/types';
import type { AuditEntry } from '../store/repos/audit-repo';
import type { ReaderExport } from '../store/repos/reader-data-repo';
import type { SignupRequest } from '../store/repos/signups-repo';
import type { Consent, PreferencePatch } from '../store/repos/subscribers-repo';

/**
 * What the web role needs, declared here so the store (or a fake) adapts to us, not the other way
 * round. `SubscribersRepo` and `AuditRepo` satisfy these structurally.
 */
export interface SubscriberStore {
  get(id: string): Promise<Subscriber | undefined>;
  updatePreferences(id: string, patch: PreferencePatch, now: Date): Promise<Subscriber | undefined>;
  setStatus(id: string, status: SubscriberStatus, now: Date): Promise<Subscriber | undefined>;
  /** pending → active; a no-op for any other status. */
  confirm(id: string, now: Date): Promise<Subscriber | undefined>;
  /** unsubscribed → active with a new consent record; a no-op for any other status. */
  resubscribe(id: string, consent: Consent, now: Date): Promise<Subscriber | undefined>;
  reactivateBounced(id: string, consent: Consent, now: Date): Promise<Subscriber | undefined>;
  /** pending, active or paused → unsubscribed, with a withdrawal record; false when nothing changed. */
  unsubscribe(id: string, method: string, now: Date): Promise<boolean>;
}

/** Sign-up forms as submitted; a job handles each one (creates the reader, emails the link). */
export interface SignupStore {
  record(request: SignupRequest): Promise<void>;
}

/** A reader's data as a whole: "Download my data" and "Delete me". */
export interface ReaderDataStore {
  export(id: string): Promise<ReaderExport | undefined>;
  /** Deletes the reader and their data, keeping only a salted hash of the address. */
  erase(id: string, now: Date): Promise<boolean>;
  /** A confirmed new opt-in lifts an earlier erasure mark. */
  forgetErased(email: string): Promise<void>;
}

/** A frozen edition as the public pages read it. */
export interface PublicEdition {
  id: string;
  slot: string;
  builtAt: Date;
  content: EditionContent;
}

/** The stored editions, read-only: the public pages never write. `EditionsRepo` satisfies it. */
export interface EditionReader {
  /** A value that changes whenever an edition is added (the public pages' cache generation). */
  generation(): Promise<string>;
  get(id: string): Promise<PublicEdition | undefined>;
  /** Newest first. */
  page(offset: number, limit: number): Promise<PublicEdition[]>;
  count(): Promise<number>;
  /** Editions the story appeared in, newest first. */
  withStory(storyId: string): Promise<{ id: string; slot: string }[]>;
}

/** Where a story merged into another went (its id leads to the survivor). `StoriesRepo` satisfies it. */
export interface StoryReader {
  byIds(ids: string[]): Promise<{ id: string; merged_into: string | null }[]>;
}

export interface AuditStore {
  record(entry: AuditEntry): Promise<void>;
}

/**
 * Operator actions over the queues. Implementations throw `BriefError` with codes the web maps to
 * HTTP: NOT_FOUND → 404, CONFLICT / ALREADY_* → 409, INVALID* / BAD_REQUEST → 400.
 * Both resends are idempotent per `requestId`, and the implementation audits them.
 */
export interface AdminService {
  resendToSubscriber(input: {
    /** Subscriber id or email address. */
    subscriber: string;
    /** Defaults to the latest edition. */
    editionId?: string;
    requestId: string;
    operator: string;
  }): Promise<{ deliveryId: string; created: boolean }>;
  resendFailed(input: {
    editionId: string;
    requestId: string;
    operator: string;
  }): Promise<{ queued: number }>;
  queueCounts(): Promise<Record<string, Record<string, number>>>;
  editionReport(editionId: string): Promise<{ counts: Record<string, number> } | null>;
  /** Applies RFC 3464 delivery reports (an mbox or one message) as hard bounces. */
  importBounces(reports: string): Promise<{
    messages: number;
    reports: number;
    counted: number;
    suppressed: number;
    ignored: { recipient: string; reason: string }[];
  }>;
  /** Readers suppressed after hard bounces, most recent first (addresses masked). */
  bouncedReaders(): Promise<
    { id: string; email: string; hardBounces: number; bouncedAt: string | null; lastBounce: string | null }[]
  >;
}

/** Prometheus exposition of this process's metrics (GET /metrics). */
export interface MetricsSource {
  render(): Promise<{ contentType: string; body: string }>;
}

/** A Fastify plugin serving the queue dashboard, given the public path it is mounted at. */
export type QueueDashboard = (basePath: string) => FastifyPluginCallback;

export interface WebConfig {
  /** Base URL readers see; its path, if any, prefixes every page link (reverse proxy mount). */
  publicUrl: string;
  sections: readonly { id: string; title: string }[];
  defaultSections: readonly string[];
  schedule: { defaultSendHour: number; defaultTimezone: string };
  /** Admin API is mounted only when set. */
  adminToken: string | null;
  /** GET /metrics is mounted only when set, behind this bearer token. */
  metricsToken?: string | null;
  /**
   * HMAC keys for reader links: the first signs, every one verifies (rotation). The caller
   * resolves a missing one before building the app.
   */
  tokenSecrets: readonly string[];
  /** Brand shown on pages. Default "Morning Brief". */
  siteName?: string;
  /** Consent wording shown at signup; `version` is stored with the subscriber. */
  consent?: { text: string; version: string };
  /** Store the signup IP with the consent record. Default false (data minimisation). */
  recordConsentIp?: boolean;
  /** Trust X-Forwarded-For (behind a reverse proxy) for the client IP. Default false. */
  trustProxy?: boolean;
  /** POSTs per minute per client IP across reader forms. Default 30. */
  postsPerMinute?: number;
  /** RFC 8058 one-click unsubscribe POSTs per minute per client IP. Default 600. */
  oneClickPerMinute?: number;
  /** Days a confirmation link works. Default 7. */
  pendingExpiryDays?: number;
  /** How long public pages trust the newest edition's id before reading it again. Default 1,000 ms. */
  pageRecheckMs?: number;
}

export interface HealthReport {
  ok: boolean;
  checks: Record<string, string>;
}

export interface WebDeps {
  config: WebConfig;
  logger: Logger;
  now: () => Date;
  newId: () => string;
  subscribers: SubscriberStore;
  signups: SignupStore;
  readerData: ReaderDataStore;
  audit: AuditStore;
  editions: EditionReader;
  stories: StoryReader;
  admin: AdminService | null;
  /**
   * Queues the job that handles a stored sign-up request; the web never waits on the store work
   * or the email that follows, so the answer cannot tell a new address from a known one.
   */
  queueSignup(signupId: string): Promise<void>;
  health(): Promise<HealthReport>;
  /** Served at GET /metrics when `config.metricsToken` is set. */
  metrics?: MetricsSource | null;
  /** Mounted at /admin/queues/ui behind the admin token. */
  queueDashboard?: QueueDashboard | null;
}

export const DEFAULT_CONSENT = {
  text:
    'I agree to receive the Morning Brief by email at the time I chose. I can change my settings or ' +
    'unsubscribe with one click from any email.',
  version: '2026-11-1',
} as const;
