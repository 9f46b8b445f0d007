import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface FakeAnswer {
  status?: number;
  body: unknown;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
}

/** Answers one path; gets the URL (with its query) and the request headers. */
export type Route = (url: URL, headers: IncomingHttpHeaders) => FakeAnswer;

/** The part of node:test's context the helpers use. */
export interface TestContextLike {
  after(fn: () => Promise<void> | void): void;
}

export interface FakeService {
  url: string;
  requests: RecordedRequest[];
}

/**
 * A stand-in for the kkt-monitor service on a free loopback port: each route (by path) answers JSON,
 * anything else is the service's 404. Every request is recorded. Closed when the test ends.
 */
export async function startFakeService(t: TestContextLike, routes: Record<string, Route>): Promise<FakeService> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers });
    const route = routes[url.pathname];
    const answer = route
      ? route(url, request.headers)
      : { status: 404, body: { error: { code: 'NOT_FOUND', message: `no route ${request.method} ${url.pathname}` } } };
    response.writeHead(answer.status ?? 200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer.body));
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(() => resolve())));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { url: `http://127.0.0.1:${port}`, requests };
}
