import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** A sign-up form as submitted: kept until the job that handles it has run, then deleted. */
export interface SignupRequest {
  id: string;
  email: string;
  sections: string[];
  timezone: string;
  sendHour: number;
  /** The client IP, only when `recordConsentIp` is on. */
  consentIp: string | null;
  consentTextVersion: string;
  createdAt: Date;
}

/**
 * Sign-up requests. The web only inserts one per valid form, whatever the address, so a
 * sign-up costs the same on the request path for a new, pending or active address.
 */
export class SignupsRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async record(request: SignupRequest): Promise<void> {
    await this.db
      .insertInto('signup_requests')
      .values({
        id: request.id,
        email: request.email,
        sections: JSON.stringify(request.sections),
        timezone: request.timezone,
        send_hour: request.sendHour,
        consent_ip: request.consentIp,
        consent_text_version: request.consentTextVersion,
        created_at: request.createdAt.toISOString(),
      })
      .execute();
  }

  async get(id: string): Promise<SignupRequest | undefined> {
    const row = await this.db
      .selectFrom('signup_requests')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      id: row.id,
      email: row.email,
      sections: JSON.parse(row.sections) as string[],
      timezone: row.timezone,
      sendHour: Number(row.send_hour),
      consentIp: row.consent_ip,
      consentTextVersion: row.consent_text_version,
      createdAt: new Date(row.created_at),
    };
  }

  async delete(id: string): Promise<void> {
    await this.db.deleteFrom('signup_requests').where('id', '=', id).execute();
  }

  /** Ids of requests still waiting since before `before` (their job was lost), oldest first. */
  async listWaitingSince(before: Date, limit: number): Promise<string[]> {
    const rows = await this.db
      .selectFrom('signup_requests')
      .select('id')
      .where('created_at', '<', before.toISOString())
      .orderBy('created_at')
      .limit(limit)
      .execute();
    return rows.map((row) => row.id);
  }

  /** Deletes requests created before `before`; returns how many. */
  async deleteCreatedBefore(before: Date): Promise<number> {
    const result = await this.db
      .deleteFrom('signup_requests')
      .where('created_at', '<', before.toISOString())
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
