import type { FastifyInstance } from 'fastify';
import { errorMessage } from '../../shared/errors';
import type { WebContext } from '../web-context';

/**
 * Liveness answers as long as the process serves HTTP; readiness asks the dependencies (store,
 * Redis…) so a load balancer stops routing to an instance that cannot do its work.
 */
export function registerHealthRoutes(app: FastifyInstance, context: WebContext): void {
  app.get('/healthz', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send({ ok: true }),
  );

  app.get('/readyz', async (request, reply) => {
    reply.header('cache-control', 'no-store');
    try {
      const report = await context.deps.health();
      return reply.code(report.ok ? 200 : 503).send(report);
    } catch (error) {
      request.log.warn({ err: error }, 'web: readiness check failed');
      return reply.code(503).send({ ok: false, checks: { health: errorMessage(error) } });
    }
  });
}
