import type { FastifyInstance } from 'fastify';
import { TIME_ZONE_SCRIPT, TIME_ZONE_SCRIPT_PATH } from '../assets/time-zone-script';
import { PAGE_CSS, PAGE_CSS_PATH } from '../pages/styles';

/**
 * The stylesheet and the one script, from our own origin (the CSP allows nothing else). Their
 * URLs carry a version, so they can be cached for a year (RFC 8246 immutable).
 */
export function registerAssetRoutes(app: FastifyInstance): void {
  const cached = 'public, max-age=31536000, immutable';
  app.get(PAGE_CSS_PATH, async (_request, reply) =>
    reply.header('cache-control', cached).type('text/css; charset=utf-8').send(PAGE_CSS),
  );
  app.get(TIME_ZONE_SCRIPT_PATH, async (_request, reply) =>
    reply.header('cache-control', cached).type('text/javascript; charset=utf-8').send(TIME_ZONE_SCRIPT),
  );
}
