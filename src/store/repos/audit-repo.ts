import type { Kysely } from 'kysely';
import type { Database } from '../schema';

export interface AuditEntry {
  id: string;
  at: Date;
  /** "operator:<name>", "subscriber:<id>", "system". */
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Record<string, unknown>;
}

/** Append-only record of who did what: resends, unsubscribes, preference changes. */
export class AuditRepo {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditEntry): Promise<void> {
    await this.db
      .insertInto('audit_log')
      .values({
        id: entry.id,
        at: entry.at.toISOString(),
        actor: entry.actor,
        action: entry.action,
        subject_type: entry.subjectType,
        subject_id: entry.subjectId,
        details: JSON.stringify(entry.details),
      })
      .execute();
  }

  async forSubject(subjectType: string, subjectId: string): Promise<AuditEntry[]> {
    const rows = await this.db
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .orderBy('at')
      .execute();
    return rows.map((row) => ({
      id: row.id,
      at: new Date(row.at),
      actor: row.actor,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      details: JSON.parse(row.details) as Record<string, unknown>,
    }));
  }
}
