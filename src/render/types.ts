import type { TrimPlan } from './digest-view';

/** Who sends the brief; printed in the masthead and the footer. */
export interface Brand {
  senderName: string;
  /** Operator's postal address, printed in every email (CAN-SPAM). */
  postalAddress: string;
  /** Base URL of the web role, linked from the footer. */
  publicUrl: string;
}

/** The three parts of a variant, each a string with per-recipient markers (`[[mb:name]]`). */
export interface VariantParts {
  subject: string;
  html: string;
  text: string;
}

/**
 * One edition rendered for one set of sections, with per-recipient markers still in place.
 * Plain JSON, so it can be stored (one row per edition and variant) and shared by workers.
 */
export interface RenderedVariant extends VariantParts {
  editionId: string;
  /** Sorted section ids joined by '+', e.g. "business+world". */
  variantKey: string;
  sectionIds: string[];
  storyCount: number;
  /** UTF-8 bytes of the HTML part with markers; personal URLs add a few hundred bytes. */
  htmlBytes: number;
  /** What the size budget kept of each story (see budget.ts). */
  plan: TrimPlan;
  /** True when the budget had to drop points, sources or stories to stay under the size cap. */
  trimmed: boolean;
  omittedStories: number;
}

/** Turns an MJML document into HTML. Injectable so tests can count compilations. */
export type CompileMjml = (mjml: string) => Promise<string>;

export interface RenderOptions {
  /** Defaults to the real MJML compiler (`compileMjml`). */
  compile?: CompileMjml;
  /** Defaults to the repository's `templates/` folder. */
  templatesDir?: string;
}

/** What one recipient gets; the subject and both parts are ready for `buildMessage`. */
export interface PersonalizedMessage {
  subject: string;
  html: string;
  text: string;
}

export interface PersonalFields {
  /** Signed preferences link (http/https). */
  preferencesUrl: string;
  /** Signed one-click unsubscribe page link (http/https). */
  unsubscribeUrl: string;
  /** The recipient's local date, e.g. "Saturday 29 November". */
  localDateLabel: string;
}
