import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const FIXTURE_FEEDS = join(ROOT, 'test/fixtures/feeds');
/** The Redis every test shares; each test isolates itself with its own key prefix. */
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
