import type { FastifyInstance } from 'fastify';
import { hasBearer } from '../admin-session';
import type { MetricsSource } from '../web-deps';
import type { FailureLimit } from './admin-routes';

/**
 * Prometheus scrape endpoint, mounted only when METRICS_TOKEN is set (docs/operations.md), with
 * its own bearer token so a monitoring system never holds the admin one.
 */
export function registerMetricsRoutes(
  scope: FastifyInstance,
  metricsToken: string,
  metrics: MetricsSource,
  failures: FailureLimit,
): void {
  scope.get('/metrics', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    if (!hasBearer(request, metricsToken)) {
      const limit = await failures(request);
      const refused = !limit.isAllowed && limit.isExceeded;
      if (refused) reply.header('retry-after', String(limit.ttlInSeconds));
      else reply.header('www-authenticate', 'Bearer realm="metrics"');
      return reply
        .code(refused ? 429 : 401)
        .type('text/plain; charset=utf-8')
        .send(refused ? 'too many wrong metrics tokens\n' : 'missing or wrong metrics token\n');
    }
    const { contentType, body } = await metrics.render();
    return reply.type(contentType).send(body);
  });
}
