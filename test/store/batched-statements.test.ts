import { randomUUID } from 'node:crypto';
import type { Subscriber } from '../../src/shared/types';
import { openStore, type Store } from '../../src/store';
import { dialects, type TestDatabase } from '../support/databases';

const now = new Date('2026-11-28T06:00:00.000Z');
const later = new Date('2026-11-28T06:05:00.000Z');

/** The statements the fan-out and the send workers run for many rows at once, on both databases. */
describe.each(dialects)('batched statements on %s', (_name, createDatabase) => {
  let database: TestDatabase;
  let store: Store;

  beforeEach(async () => {
    database = await createDatabase();
    store = await openStore(database.url, process.cwd());
  });

  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  async function readers(count: number): Promise<Subscriber[]> {
    const made: Subscriber[] = [];
    for (let n = 0; n < count; n += 1) {
      const { subscriber } = await store.subscribers.create(
        {
          id: randomUUID(),
          email: `reader${n}@example.org`,
          status: 'active',
          sections: ['world'],
          timezone: 'UTC',
          sendHour: 5,
          frequency: 'daily',
          consent: null,
        },
        now,
      );
      made.push(subscriber);
    }
    return made;
  }

  test('a batch of claims takes only the claimable deliveries, each once', async () => {
    const edition = await store.editions.createForSlot({
      editionId: randomUUID(),
      slot: '2026-11-28T05:00:00.000Z',
      builtAt: now.toISOString(),
      sections: [],
    });
    const outcomes = await store.deliveries.createScheduledMany(
      (await readers(12)).map((reader) => ({
        id: randomUUID(),
        subscriberId: reader.id,
        editionId: edition.id,
        localDate: '2026-11-28',
        variantKey: 'world',
        skipReason: null,
      })),
      now,
    );
    const ids = outcomes.map((outcome) => outcome.id);
    await store.deliveries.markSent(ids[0] as string, '<sent@x>', now);
    await store.deliveries.markFailed(ids[1] as string, 'failed_retryable', 'smtp 451', now);
    await store.deliveries.markFailed(ids[2] as string, 'failed_permanent', 'smtp 550', now);
    const first = await store.deliveries.claimMany([...ids, randomUUID()], later);
    expect(first.map((delivery) => delivery.id).sort()).toEqual(
      ids
        .slice(1)
        .filter((id) => id !== ids[2])
        .sort(),
    );
    expect(first.every((delivery) => delivery.status === 'sending' && delivery.attempts === 1)).toBe(true);
    expect(await store.deliveries.claimMany(ids, later)).toEqual([]);
  });

  test('pages of due readers come in id order; next due times are set per reader, not over a change', async () => {
    const all = await readers(25);
    const ids = all.map((reader) => reader.id).sort();
    const pages: string[][] = [];
    for (let afterId = ''; ; ) {
      const page = await store.subscribers.pageDue(now, afterId, 10);
      if (page.length === 0) break;
      pages.push(page.map((reader) => reader.id));
      afterId = page.at(-1)?.id as string;
    }
    expect(pages.map((page) => page.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(ids);

    const changed = ids[3] as string;
    await store.subscribers.updatePreferences(changed, { sendHour: 6 }, later);
    const due = (n: number) => new Date(Date.UTC(2026, 10, 29, 5, n)).toISOString();
    await store.subscribers.setNextDue(
      ids.map((id, n) => ({ id, nextDueAt: due(n) })),
      now,
    );
    const dueBy = async (at: string) =>
      (await store.subscribers.pageDue(new Date(at), '', 100)).map((reader) => reader.id);
    expect(await dueBy(later.toISOString())).toEqual([changed]);
    // Each reader's own time: by the 10th reader's, the first ten are due again.
    expect(await dueBy(due(9))).toEqual(ids.filter((id, n) => n <= 9 || id === changed));
    expect(await dueBy(due(24))).toEqual(ids);
  });
});
