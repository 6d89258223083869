import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Store } from '../src/store';
import { QUEUE_NAMES, type Queues } from './queues';

/** What the workers count as they go; each process counts its own work (Prometheus sums instances). */
export interface JobMetrics {
  articlesIngested: Counter;
  sourceErrors: Counter<'class'>;
  editions: Counter;
  deliveries: Counter<'status'>;
  sendDuration: Histogram;
}

export interface Metrics {
  jobs: JobMetrics;
  /**
   * Adds the gauges read at scrape time from shared state: live stories and jobs per queue and
   * state. Only the web role calls it, so they are exposed once per web instance, not per worker.
   */
  watchSharedState(store: Store, queues: Queues): void;
  /** The exposition text of every metric of this process, for GET /metrics. */
  render(): Promise<{ contentType: string; body: string }>;
}

/** BullMQ job states worth a gauge; "paused" and "prioritized" fold into waiting for an operator. */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed'] as const;

/**
 * Prometheus metrics of one process (docs/operations.md): the default process metrics and the job
 * counters; the web role adds the shared-state gauges.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const jobs: JobMetrics = {
    articlesIngested: new Counter({
      name: 'brief_articles_ingested_total',
      help: 'Articles the store accepted as new from polled feeds.',
      registers: [registry],
    }),
    sourceErrors: new Counter({
      name: 'brief_source_errors_total',
      help: 'Failed feed polls, by error class (docs/ingest.md).',
      labelNames: ['class'],
      registers: [registry],
    }),
    editions: new Counter({
      name: 'brief_editions_total',
      help: 'Editions built and frozen.',
      registers: [registry],
    }),
    deliveries: new Counter({
      name: 'brief_deliveries_total',
      help: 'Send attempts by outcome: sent, retry (4xx or dropped connection), failed, skipped.',
      labelNames: ['status'],
      registers: [registry],
    }),
    // A pooled send to a relay on the same host takes a few milliseconds, one across a network tens
    // to hundreds; the SMTP socket timeout (src/deliver/smtp-mailer.ts) is 120 s.
    sendDuration: new Histogram({
      name: 'brief_send_duration_seconds',
      help: 'Time to send one message, from claiming the delivery to the relay answer.',
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120],
      registers: [registry],
    }),
  };
  return {
    jobs,
    watchSharedState: (store, queues) => {
      storiesGauge(registry, store);
      queueGauge(registry, queues);
    },
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}

function storiesGauge(registry: Registry, store: Store): void {
  new Gauge({
    name: 'brief_stories',
    help: 'Live stories (clusters not merged into another).',
    registers: [registry],
    async collect() {
      this.set(await store.stories.countLive());
    },
  });
}

function queueGauge(registry: Registry, queues: Queues): void {
  new Gauge({
    name: 'brief_queue_jobs',
    help: 'Jobs in each queue by state.',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      for (const queue of QUEUE_NAMES) {
        const counts = await queues[queue].getJobCounts(...QUEUE_STATES);
        for (const state of QUEUE_STATES) this.set({ queue, state }, counts[state] ?? 0);
      }
    },
  });
}
