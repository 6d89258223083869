import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { createMetrics, type Metrics } from '../../jobs/metrics';
import { queueDashboard } from '../../jobs/queue-dashboard';
import { runCycle } from '../../jobs/run-cycle';
import { startMetricsServer } from '../../src/app/metrics-server';
import { silentLogger } from '../../src/shared/logger';
import { DASHBOARD_CSP } from '../../src/web/security-headers';
import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { FIXTURE_FEEDS, ROOT } from '../support/paths';
import { addReader, type Pipeline, startPipeline } from '../support/pipeline';
import { ADMIN_TOKEN, createHarness, type Harness, PUBLIC_URL } from './support/web-harness';

jest.setTimeout(120_000);

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789';

/** A value of the exposition text: `name{labels} value`. */
function sample(body: string, series: string): number | undefined {
  const line = body.split('\n').find((row) => row.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

/**
 * GET /metrics and the queue dashboard on the web role, after a real morning run through the
 * queues with the workers counting into the same metrics.
 */
describe('metrics and the queue dashboard', () => {
  let database: TestDatabase;
  let pipeline: Pipeline;
  let metrics: Metrics;
  let harness: Harness;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    metrics = createMetrics();
    // The fixture feeds plus one the feed server does not have (a 404).
    const fixtures = parseYaml(readFileSync(join(FIXTURE_FEEDS, 'sources.yaml'), 'utf8')) as {
      sources: { id: string; outlet: string; url: string; section: string }[];
    };
    const missing = { id: 'missing-feed', outlet: 'Nowhere', url: '/missing.xml', section: 'world' };
    pipeline = await startPipeline(database, {
      smtpUrl: null,
      metrics: metrics.jobs,
      feeds: { dir: FIXTURE_FEEDS, sources: [...fixtures.sources, missing] },
    });
    metrics.watchSharedState(pipeline.context.store, pipeline.queues);
    await addReader(pipeline.context, 'one@example.org', 'UTC', ['world']);
    await addReader(pipeline.context, 'two@example.org', 'UTC', ['world', 'business']);
    await runCycle(pipeline.context, pipeline.queues, pipeline.connection, 120_000);
    harness = await createHarness(database, {
      config: { metricsToken: METRICS_TOKEN },
      metrics,
      queueDashboard: queueDashboard(pipeline.queues),
    });
  });

  afterAll(async () => {
    await harness?.close();
    await pipeline?.close();
    await database?.drop();
  });

  test('/metrics needs its own bearer token', async () => {
    expect((await harness.app.inject({ url: '/metrics' })).statusCode).toBe(401);
    const admin = await harness.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}` },
    });
    expect(admin.statusCode).toBe(401);
    expect(admin.body).not.toContain('brief_');
  });

  test('/metrics reports what the run did, the shared state and the process', async () => {
    const answer = await harness.app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(answer.statusCode).toBe(200);
    expect(answer.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = answer.body;
    const articles = await pipeline.context.store.articles.count();
    expect(sample(body, 'brief_articles_ingested_total')).toBe(articles);
    expect(articles).toBeGreaterThan(0);
    expect(sample(body, 'brief_editions_total')).toBe(1);
    expect(sample(body, 'brief_deliveries_total{status="sent"}')).toBe(2);
    expect(sample(body, 'brief_send_duration_seconds_count')).toBe(2);
    expect(sample(body, 'brief_stories')).toBe(await pipeline.context.store.stories.countLive());
    expect(sample(body, 'brief_queue_jobs{queue="send",state="completed"}')).toBe(2);
    expect(sample(body, 'brief_queue_jobs{queue="send",state="failed"}')).toBe(0);
    expect(body).toContain('# TYPE brief_source_errors_total counter');
    expect(body).toContain('process_resident_memory_bytes');
  });

  test('every series the Grafana dashboard in docs/ queries is one this endpoint exposes', async () => {
    const body = (
      await harness.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).body;
    const exposed = new Set(body.split('\n').map((line) => /^([a-z_][a-z0-9_]*)[{ ]/.exec(line)?.[1]));
    const dashboard = readFileSync(join(ROOT, 'docs/grafana-dashboard.json'), 'utf8');
    const queried = new Set(
      [...dashboard.matchAll(/\b((?:brief|process|nodejs)_[a-z0-9_]+)/g)].map((match) => match[1] as string),
    );
    expect(queried.size).toBeGreaterThanOrEqual(8);
    expect([...queried].filter((name) => !exposed.has(name))).toEqual([]);
  });

  test('a feed that fails is counted by error class', async () => {
    const body = (
      await harness.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
    ).body;
    expect(body.split('\n').filter((line) => line.startsWith('brief_source_errors_total{'))).toEqual([
      'brief_source_errors_total{class="not_found"} 1',
    ]);
  });

  test('the dashboard answers only with the admin token; its API lists our queues', async () => {
    expect((await harness.app.inject({ url: '/admin/queues/ui/' })).statusCode).toBe(401);
    const auth = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const page = await harness.app.inject({ url: '/admin/queues/ui/', headers: auth });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    // Its own policy (it needs inline styles and a <base>); scripts still only from our origin.
    expect(page.headers['content-security-policy']).toBe(DASHBOARD_CSP);
    expect((await harness.app.inject({ url: '/' })).headers['content-security-policy']).not.toContain(
      'unsafe-inline',
    );
    const api = await harness.app.inject({ url: '/admin/queues/ui/api/queues', headers: auth });
    expect(api.statusCode).toBe(200);
    const names = (api.json() as { queues: { name: string }[] }).queues.map((queue) => queue.name).sort();
    expect(names).toEqual(['build', 'fanout', 'ingest', 'readers', 'send']);
  });

  test('a browser signs in with the token and gets a cookie for the dashboard only', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: PUBLIC_URL };
    const wrong = await harness.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: form,
      payload: 'token=nope',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const crossSite = await harness.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: { ...form, origin: 'https://evil.example' },
      payload: `token=${ADMIN_TOKEN}`,
    });
    expect(crossSite.statusCode).toBe(403);

    const signedIn = await harness.app.inject({
      method: 'POST',
      url: '/admin/login',
      headers: form,
      payload: `token=${encodeURIComponent(ADMIN_TOKEN)}`,
    });
    expect(signedIn.statusCode).toBe(303);
    expect(signedIn.headers.location).toBe('/admin/queues/ui/');
    const cookie = String(signedIn.headers['set-cookie']);
    expect(cookie).toMatch(
      /^brief_admin=\d+\.[\w-]{43}; Path=\/admin\/queues\/ui; HttpOnly; SameSite=Strict;/,
    );
    expect(cookie).toContain('Secure');
    expect(cookie).not.toContain(ADMIN_TOKEN);
    const session = cookie.split(';')[0] as string;

    const api = await harness.app.inject({
      url: '/admin/queues/ui/api/queues',
      headers: { cookie: session },
    });
    expect(api.statusCode).toBe(200);
    // The cookie opens the dashboard, not the JSON admin API.
    expect(
      (await harness.app.inject({ url: '/admin/queues', headers: { cookie: session } })).statusCode,
    ).toBe(401);
    const forged = session.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect(
      (await harness.app.inject({ url: '/admin/queues/ui/', headers: { cookie: forged } })).statusCode,
    ).toBe(401);
    // Past its twelve hours the session is over.
    harness.clock.now = new Date(harness.clock.now.getTime() + 13 * 3600 * 1000);
    expect(
      (await harness.app.inject({ url: '/admin/queues/ui/', headers: { cookie: session } })).statusCode,
    ).toBe(401);
  });
});

describe('a worker process without the web role', () => {
  test('serves /metrics on its own port behind the same token, and nothing else', async () => {
    const metrics = createMetrics();
    metrics.jobs.deliveries.inc({ status: 'sent' });
    const server = await startMetricsServer({ port: 0, token: METRICS_TOKEN, metrics, logger: silentLogger });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      expect((await fetch(`${base}/metrics`)).status).toBe(401);
      const answer = await fetch(`${base}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(answer.status).toBe(200);
      const body = await answer.text();
      expect(sample(body, 'brief_deliveries_total{status="sent"}')).toBe(1);
      expect(body).not.toContain('brief_queue_jobs');
      expect(
        (await fetch(`${base}/admin/queues`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } }))
          .status,
      ).toBe(404);
    } finally {
      await server.close();
    }
  });
});
