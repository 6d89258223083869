import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import type { FastifyPluginCallback } from 'fastify';
import { QUEUE_NAMES, type Queues } from './queues';

/**
 * The bull-board queue dashboard over our five queues, as a Fastify plugin the web role mounts
 * behind the admin token at `basePath` (the public path, so its asset links work behind a
 * reverse proxy mounted under a path).
 */
export function queueDashboard(queues: Queues): (basePath: string) => FastifyPluginCallback {
  return (basePath) => {
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(basePath);
    createBullBoard({
      queues: QUEUE_NAMES.map((name) => new BullMQAdapter(queues[name])),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Morning Brief queues' } },
    });
    return serverAdapter.registerPlugin();
  };
}
