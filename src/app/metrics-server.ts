import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import type { Logger } from '../shared/logger';

export interface MetricsRenderer {
  render(): Promise<{ contentType: string; body: string }>;
}

/**
 * GET /metrics for a process that runs no web role (a worker): the same bearer token as the web
 * role's endpoint, nothing else served. Prometheus scrapes each worker instance on this port.
 */
export async function startMetricsServer(options: {
  port: number;
  token: string;
  metrics: MetricsRenderer;
  logger: Logger;
}): Promise<{ port: number; close(): Promise<void> }> {
  const expected = digest(options.token);
  const server = createServer((request, response) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    } else if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      response
        .writeHead(401, {
          'content-type': 'text/plain; charset=utf-8',
          'www-authenticate': 'Bearer realm="metrics"',
        })
        .end('missing or wrong metrics token\n');
    } else {
      options.metrics.render().then(
        ({ contentType, body }) => response.writeHead(200, { 'content-type': contentType }).end(body),
        (error: unknown) => {
          options.logger.error({ err: error }, 'metrics: render failed');
          response.writeHead(500).end();
        },
      );
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '0.0.0.0', resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  options.logger.info({ port }, 'metrics listening');
  return {
    port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}
