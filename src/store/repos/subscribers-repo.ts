import type { Kysely, Selectable } from 'kysely';
import type { Frequency, Subscriber, SubscriberStatus } from '../../shared/types';
import type { Database, SubscribersTable } from '../schema';

export type SubscriberRow = Selectable<SubscribersTable>;

export interface NewSubscriber {
  id: string;
  email: string;
  status: SubscriberStatus;
  sections: string[];
  timezone: string;
  sendHour: number;
  frequency: Frequency;
  weeklyDay?: number;
  consent: Consent | null;
}

/** What the reader agreed to, when, and how (the record kept for each opt-in). */
export interface Consent {
  at: Date;
  method: string;
  ip: string | null;
  textVersion: string;
}

export interface PreferencePatch {
  sections?: string[];
  timezone?: string;
  sendHour?: number;
  frequency?: Frequency;
  weeklyDay?: number;
  pausedUntil?: Date | null;
}

/** Lower-cases and trims an address; the unique index is on this normalized form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function consentColumns(
  consent: Consent | null,
): Pick<SubscriberRow, 'consent_at' | 'consent_method' | 'consent_ip' | 'consent_text_version'> {
  return {
    consent_at: consent ? consent.at.toISOString() : null,
    consent_method: consent?.method ?? null,
    consent_ip: consent?.ip ?? null,
    consent_text_version: consent?.textVersion ?? null,
  };
}

export class SubscribersRepo {
  constructor(private readonly db: Kysely<Database>) {}

  /** Inserts a subscriber; returns the existing one unchanged when the address is already known. */
  async create(input: NewSubscriber, now: Date): Promise<{ subscriber: Subscriber; created: boolean }> {
    const email = normalizeEmail(input.email);
    const stamp = now.toISOString();
    const rows = await this.db
      .insertInto('subscribers')
      .values({
        id: input.id,
        email,
        status: input.status,
        sections: JSON.stringify(input.sections),
        timezone: input.timezone,
        send_hour: input.sendHour,
        frequency: input.frequency,
        weekly_day: input.weeklyDay ?? 1,
        paused_until: null,
        token_version: 1,
        created_at: stamp,
        updated_at: stamp,
        ...consentColumns(input.consent),
        confirmed_at: input.status === 'active' ? stamp : null,
        unsubscribed_at: null,
      })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .execute();
    const subscriber = await this.getByEmail(email);
    if (!subscriber) throw new Error(`store: subscriber ${input.id} vanished after insert`);
    return { subscriber, created: rows.length > 0 };
  }

  async get(id: string): Promise<Subscriber | undefined> {
    const row = await this.db.selectFrom('subscribers').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSubscriber(row) : undefined;
  }

  async getByEmail(email: string): Promise<Subscriber | undefined> {
    const row = await this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    return row ? toSubscriber(row) : undefined;
  }

  /** Subscribers who may be owed a digest: active, or paused (the pause may have ended). */
  async listReceiving(): Promise<Subscriber[]> {
    const rows = await this.db
      .selectFrom('subscribers')
      .selectAll()
      .where('status', 'in', ['active', 'paused'])
      .execute();
    return rows.map(toSubscriber);
  }

  async updatePreferences(id: string, patch: PreferencePatch, now: Date): Promise<Subscriber | undefined> {
    const set: Partial<SubscriberRow> = { updated_at: now.toISOString() };
    if (patch.sections) set.sections = JSON.stringify(patch.sections);
    if (patch.timezone) set.timezone = patch.timezone;
    if (patch.sendHour !== undefined) set.send_hour = patch.sendHour;
    if (patch.frequency) set.frequency = patch.frequency;
    if (patch.weeklyDay !== undefined) set.weekly_day = patch.weeklyDay;
    if (patch.pausedUntil !== undefined)
      set.paused_until = patch.pausedUntil ? patch.pausedUntil.toISOString() : null;
    await this.db.updateTable('subscribers').set(set).where('id', '=', id).execute();
    return this.get(id);
  }

  async setStatus(id: string, status: SubscriberStatus, now: Date): Promise<Subscriber | undefined> {
    const stamp = now.toISOString();
    const set: Partial<SubscriberRow> = { status, updated_at: stamp };
    if (status === 'unsubscribed') set.unsubscribed_at = stamp;
    if (status === 'active') {
      set.unsubscribed_at = null;
      set.paused_until = null;
    }
    await this.db.updateTable('subscribers').set(set).where('id', '=', id).execute();
    return this.get(id);
  }

  async confirm(id: string, now: Date): Promise<Subscriber | undefined> {
    const stamp = now.toISOString();
    await this.db
      .updateTable('subscribers')
      .set({ status: 'active', confirmed_at: stamp, updated_at: stamp })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .execute();
    return this.get(id);
  }

  /**
   * A reader who had unsubscribed opts in again: active, with the new consent replacing the old
   * one (the old opt-in was withdrawn by the unsubscribe). Only from `unsubscribed`, so a replayed
   * link cannot overwrite the record of a reader who never left.
   */
  async resubscribe(id: string, consent: Consent, now: Date): Promise<Subscriber | undefined> {
    const stamp = now.toISOString();
    await this.db
      .updateTable('subscribers')
      .set({
        status: 'active',
        confirmed_at: stamp,
        unsubscribed_at: null,
        paused_until: null,
        ...consentColumns(consent),
        updated_at: stamp,
      })
      .where('id', '=', id)
      .where('status', '=', 'unsubscribed')
      .execute();
    return this.get(id);
  }

  /** Invalidates every link issued so far (tokens carry the version they were signed with). */
  async revokeTokens(id: string, now: Date): Promise<Subscriber | undefined> {
    await this.db
      .updateTable('subscribers')
      .set((eb) => ({ token_version: eb('token_version', '+', 1), updated_at: now.toISOString() }))
      .where('id', '=', id)
      .execute();
    return this.get(id);
  }

  async countByStatus(): Promise<Record<string, number>> {
    const rows = await this.db
      .selectFrom('subscribers')
      .select(['status', (eb) => eb.fn.countAll<string | number>().as('n')])
      .groupBy('status')
      .execute();
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  }
}

export function toSubscriber(row: SubscriberRow): Subscriber {
  return {
    id: row.id,
    email: row.email,
    status: row.status as SubscriberStatus,
    sections: JSON.parse(row.sections) as string[],
    timezone: row.timezone,
    sendHour: Number(row.send_hour),
    frequency: row.frequency as Frequency,
    weeklyDay: Number(row.weekly_day),
    pausedUntil: row.paused_until ? new Date(row.paused_until) : null,
    tokenVersion: Number(row.token_version),
  };
}
