import { ParsePool } from '../sources/parse-pool';
import type { AppContext } from './context';

/** One pool of parse workers per process (per context), sized by ingest.parseWorkers; 0: none. */
const pools = new WeakMap<AppContext, ParsePool>();

export function parsePoolOf(context: AppContext): ParsePool | null {
  const size = context.config.ingest.parseWorkers;
  if (size < 1) return null;
  let pool = pools.get(context);
  if (!pool) {
    pool = new ParsePool(size, context.config.ingest.maxFeedBytes);
    pools.set(context, pool);
  }
  return pool;
}

/** Ends the context's parse workers, if it started any. */
export async function closeParsePool(context: AppContext): Promise<void> {
  const pool = pools.get(context);
  pools.delete(context);
  await pool?.close();
}
