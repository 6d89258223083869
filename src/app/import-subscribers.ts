import type { ImportRow } from '../subscriptions';
import type { AppContext } from './context';

export interface ImportReport {
  imported: number;
  /** Already on the list (any status but the two below): left as they are. */
  existing: number;
  /** Bounced or complained: never mailed again by an import. */
  suppressed: number;
  /** The reader asked to be deleted: only their own confirmed sign-up may add them back. */
  deleted: number;
}

/**
 * Adds the readers of a validated CSV as active subscribers in one transaction, so a failure
 * leaves nothing half-imported. Each gets a consent record naming `consentSource` (where the
 * operator collected the opt-in); the import itself is one audit entry.
 */
export async function importSubscribers(
  context: AppContext,
  rows: readonly ImportRow[],
  options: { consentSource: string; operator: string },
): Promise<ImportReport> {
  const now = context.now();
  const report: ImportReport = { imported: 0, existing: 0, suppressed: 0, deleted: 0 };
  await context.store.transaction(async (store) => {
    for (const row of rows) {
      if (await store.readerData.isErased(row.email)) {
        report.deleted++;
        continue;
      }
      const known = await store.subscribers.getByEmail(row.email);
      if (known) {
        if (known.status === 'bounced' || known.status === 'complained') report.suppressed++;
        else report.existing++;
        continue;
      }
      await store.subscribers.create(
        {
          id: context.newId(),
          email: row.email,
          status: 'active',
          sections: row.sections,
          timezone: row.timezone,
          sendHour: row.sendHour,
          frequency: 'daily',
          consent: { at: now, method: options.consentSource, ip: null, textVersion: 'import' },
        },
        now,
      );
      report.imported++;
    }
    await store.audit.record({
      id: context.newId(),
      at: now,
      actor: options.operator,
      action: 'import_subscribers',
      subjectType: 'subscribers',
      subjectId: options.consentSource,
      details: { ...report, rows: rows.length },
    });
  });
  return report;
}
