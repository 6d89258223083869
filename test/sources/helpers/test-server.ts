import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

export interface TestServer {
  /** Absolute URL of `path` on this server. */
  url(path: string): string;
  /** Replaces (or adds) the handler of one path. */
  route(path: string, handler: Handler): void;
  /** Headers of every request received, in order. */
  requests: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/**
 * A real HTTP server on 127.0.0.1 and an OS-chosen port, answering each path with the handler
 * the test gave it (404 otherwise). Tests use it to misbehave on purpose.
 */
export async function startTestServer(routes: Record<string, Handler> = {}): Promise<TestServer> {
  const handlers = new Map(Object.entries(routes));
  const requests: TestServer['requests'] = [];
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.push({ path, headers: request.headers });
    const handler = handlers.get(path);
    if (handler) return handler(request, response);
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    route: (path, handler) => handlers.set(path, handler),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Serves `body` with the given status and headers. */
export function reply(
  status: number,
  headers: Record<string, string | number>,
  body: Buffer | string = '',
): Handler {
  return (_request, response) => {
    response.writeHead(status, headers);
    response.end(body);
  };
}

/** Serves a feed with an ETag and Last-Modified, answering If-None-Match with 304 like a well-behaved server. */
export function conditionalFeed(
  body: Buffer,
  contentType: string,
  etag: string,
  lastModified: string,
): Handler {
  return (request, response) => {
    if (request.headers['if-none-match'] === etag) {
      response.writeHead(304, { etag, 'last-modified': lastModified });
      response.end();
      return;
    }
    response.writeHead(200, { 'content-type': contentType, etag, 'last-modified': lastModified });
    response.end(body);
  };
}
