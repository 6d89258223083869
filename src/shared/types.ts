/**
 * Domain types shared by every stage. A stage may import these and the *types* of earlier
 * stages, never the code of a later one (see docs/architecture.md).
 */

/** One article as normalized by the sources stage: plain text only, links already http(s). */
export interface Article {
  id: string;
  sourceId: string;
  /** Display name of the outlet, e.g. "BBC News". */
  outlet: string;
  section: string;
  guid: string;
  /** Canonical http(s) URL. */
  url: string;
  /** Plain text, sanitized, whitespace collapsed. */
  title: string;
  /** The feed item had no title: `title` is the first sentence of the text (shown in source lists, never a headline). */
  titleDerived?: boolean;
  /**
   * Plain-text body: paragraphs separated by blank lines, at most the first few thousand
   * characters. Page furniture (captions, bylines, prompts…) is still in it; every stage reads
   * it through src/shared/text/article-text.ts, which removes it.
   */
  text: string;
  publishedAt: Date | null;
  /** True when the feed gave no date and `publishedAt` is the fetch time. */
  publishedEstimated?: boolean;
  /** ISO 639-1 code ("en"), declared by the feed or detected; null when unknown. */
  language?: string | null;
  fetchedAt: Date;
}

/** The minimal view of an article the content stages (cluster, summarize) need. */
export interface ContentDoc {
  id: string;
  title: string;
  /** The title was made from the text (Article.titleDerived): it heads no story. */
  titleDerived?: boolean;
  text: string;
  publishedAt: Date | null;
  /** Outlet name or domain; '' when unknown. */
  outlet: string;
  url: string;
}

/** A point of a story summary with the ids of every article whose text supports it. */
export interface SummaryPoint {
  text: string;
  sources: string[];
}

/** One entry of a story's source list (outlet • date • title, linked). */
export interface SourceRef {
  articleId: string;
  outlet: string;
  title: string;
  url: string;
  publishedAt: Date | null;
  /** The wire whose text this outlet carries ("AP"), shown as "via AP"; null for its own report. */
  via: string | null;
}

export interface StorySummary {
  headline: string;
  points: SummaryPoint[];
  /** Distinct outlets that carried the story. */
  outletCount: number;
  /**
   * Independent reports ("Summary based on N sources"): outlets carrying one wire text count
   * once, as the text is one report.
   */
  reportCount: number;
  /** One independent report only. */
  singleSource: boolean;
  /** Newest first. */
  sources: SourceRef[];
}

export type SubscriberStatus = 'pending' | 'active' | 'paused' | 'unsubscribed' | 'bounced' | 'complained';
export type Frequency = 'daily' | 'weekdays' | 'weekly';
/** The reader's choice of email: HTML with a plain-text alternative, or plain text only. */
export type EmailFormat = 'html' | 'text';

export interface Subscriber {
  id: string;
  email: string;
  status: SubscriberStatus;
  sections: string[];
  /** IANA time zone, e.g. "Europe/Paris". */
  timezone: string;
  /** Local hour 0–23 at which the digest is due. */
  sendHour: number;
  frequency: Frequency;
  /** ISO weekday 1 (Mon) – 7 (Sun) used when frequency is weekly. */
  weeklyDay: number;
  pausedUntil: Date | null;
  tokenVersion: number;
  emailFormat: EmailFormat;
}

export type DeliveryKind = 'scheduled' | 'resend';
export type DeliveryStatus =
  | 'queued'
  | 'sending'
  | 'sent'
  | 'failed_retryable'
  | 'failed_permanent'
  | 'suppressed'
  /** Not sent on purpose, with the reason in last_error (e.g. nothing new for the reader). */
  | 'skipped';

/** One source of a frozen story; dates are ISO strings because the edition is stored as JSON. */
export interface EditionSource {
  articleId: string;
  outlet: string;
  title: string;
  url: string;
  publishedAt: string | null;
  /** See SourceRef.via; absent in editions frozen before it existed. */
  via?: string | null;
}

/** A story frozen into an edition: everything the templates need, nothing more. */
export interface EditionStory {
  storyId: string;
  section: string;
  headline: string;
  /** Each point's `sources` are article ids found in `sources`. */
  points: SummaryPoint[];
  outletCount: number;
  /** Independent reports ("Summary based on N sources"); absent in editions frozen before it existed. */
  reportCount?: number;
  singleSource: boolean;
  /** Newest first. */
  sources: EditionSource[];
}

export interface EditionSection {
  id: string;
  title: string;
  stories: EditionStory[];
}

/** The frozen content of an edition (`editions.content`). */
export interface EditionContent {
  editionId: string;
  /** ISO timestamp of the UTC hour the edition was built for. */
  slot: string;
  builtAt: string;
  sections: EditionSection[];
}
