/**
 * Gathers calls made in the same turn of the event loop into one call of `run` (at most `max`
 * keys at a time), so concurrent send jobs share one store round trip for their claims and
 * status updates (docs/architecture.md "Sending"). Each caller gets its own result (a key asked
 * twice in one batch: the first caller's); a failed batch fails each of its callers.
 */
export class Batcher<K, V> {
  private pending: { key: K; resolve: (value: V | undefined) => void; reject: (error: unknown) => void }[] =
    [];
  private scheduled = false;

  constructor(
    private readonly run: (keys: K[]) => Promise<Map<K, V>>,
    private readonly max = 200,
  ) {}

  load(key: K): Promise<V | undefined> {
    return new Promise((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length >= this.max) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending.splice(0, this.max);
    if (this.pending.length > 0 && !this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (batch.length === 0) return;
    this.run([...new Set(batch.map((entry) => entry.key))]).then(
      (results) => {
        // A key asked twice in one batch: its result goes to the first caller only (for claims,
        // the second caller is a second claimant, and loses as it would against another process).
        const served = new Set<K>();
        for (const entry of batch) {
          entry.resolve(served.has(entry.key) ? undefined : results.get(entry.key));
          served.add(entry.key);
        }
      },
      (error: unknown) => {
        for (const entry of batch) entry.reject(error);
      },
    );
  }
}
