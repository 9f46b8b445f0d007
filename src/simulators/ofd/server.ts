import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';

import { type Logger } from '../../service/logger';
import { GENERIC_FAULTS, genericFault } from './faultReplies';
import { type FaultBoard } from './faults';

/** A request as an operator module sees it. */
export interface SimRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
  /** Requests in flight with the same credential, this one included. */
  inFlightWithToken: number;
}

export interface SimReply {
  status: number;
  /** An object is sent as JSON; a string is sent as is. */
  body?: unknown;
  headers?: Record<string, string>;
}

export interface SimRoute {
  method: 'GET' | 'POST';
  pattern: RegExp;
  kind: 'login' | 'list' | 'documents';
  handle(request: SimRequest, match: RegExpExecArray): SimReply | Promise<SimReply>;
}

export interface SimServerOptions {
  operator: string;
  routes: readonly SimRoute[];
  faults: FaultBoard;
  logger: Logger;
  now: () => number;
  /** Added to every answer, as a real operator's network and servers would. */
  latencyMs: number;
  /** The credential a request carries, for per-token concurrency. */
  tokenOf?(request: IncomingMessage): string | null;
  host?: string;
  port?: number;
}

export interface SimStats {
  requests: number;
  byKind: Record<string, number>;
  statuses: Record<string, number>;
  /** Most requests ever in flight with one token. */
  peakInFlightPerToken: number;
}

export interface RunningSimServer {
  url: string;
  port: number;
  stats: SimStats;
  close(): Promise<void>;
}

/** One operator's simulator on loopback: routing, latency, generic faults and counters. */
export async function startSimServer(options: SimServerOptions): Promise<RunningSimServer> {
  const stats: SimStats = { requests: 0, byKind: {}, statuses: {}, peakInFlightPerToken: 0 };
  const inFlight = new Map<string, number>();

  const server = createServer((req, res) => {
    void serve(req, res, options, stats, inFlight).catch((error: unknown) => {
      options.logger.error({ err: error }, 'simulator failed to answer');
      send(res, { status: 500, body: { error: 'simulator error' } });
    });
  });
  server.keepAliveTimeout = 30_000;

  await listen(server, options);
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    port,
    stats,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The simulator could not take its address: the port is in use, or not ours to take. */
export class ListenError extends Error {
  constructor(
    readonly address: string,
    readonly operator: string,
    reason: string
  ) {
    super(`cannot listen on ${address} for ${operator}: ${reason}`);
    this.name = 'ListenError';
  }
}

const LISTEN_FAILURES: Record<string, string> = {
  EADDRINUSE: 'the port is already in use',
  EACCES: 'the system does not allow this port',
  EADDRNOTAVAIL: 'the address is not available on this machine',
};

function listen(server: Server, options: SimServerOptions): Promise<void> {
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const failed = (error: NodeJS.ErrnoException) => {
      const reason = LISTEN_FAILURES[error.code ?? ''] ?? error.message;
      reject(new ListenError(`${host}:${options.port ?? 0}`, options.operator, reason));
    };
    server.once('error', failed);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', failed);
      resolve();
    });
  });
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  options: SimServerOptions,
  stats: SimStats,
  inFlight: Map<string, number>
): Promise<void> {
  const body = await readAll(req);
  const url = new URL(req.url ?? '/', 'http://simulator');
  const token = options.tokenOf?.(req) ?? '';
  const count = (inFlight.get(token) ?? 0) + 1;
  inFlight.set(token, count);
  stats.peakInFlightPerToken = Math.max(stats.peakInFlightPerToken, count);

  try {
    const reply = await route(
      options,
      {
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body,
        inFlightWithToken: count,
      },
      stats
    );
    stats.statuses[reply.status] = (stats.statuses[reply.status] ?? 0) + 1;
    options.logger.debug(
      { operator: options.operator, path: url.pathname, status: reply.status },
      'simulator answered'
    );
    send(res, reply);
  } finally {
    inFlight.set(token, (inFlight.get(token) ?? 1) - 1);
  }
}

async function route(options: SimServerOptions, request: SimRequest, stats: SimStats): Promise<SimReply> {
  stats.requests++;
  for (const candidate of options.routes) {
    const match = candidate.method === request.method ? candidate.pattern.exec(request.path) : null;
    if (!match) {
      continue;
    }

    stats.byKind[candidate.kind] = (stats.byKind[candidate.kind] ?? 0) + 1;
    await delay(options.latencyMs);
    const fault = options.faults.take(candidate.kind, GENERIC_FAULTS);
    if (fault?.kind === 'slow') {
      await delay(fault.delayMs);
    } else if (fault) {
      return genericFault(fault, options.now());
    }
    return candidate.handle(request, match);
  }
  return { status: 404, body: { error: `no such endpoint in the ${options.operator} simulator` } };
}

function send(res: ServerResponse, reply: SimReply): void {
  if (res.headersSent) {
    return;
  }
  const text = typeof reply.body === 'string' ? reply.body : reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    ...reply.headers,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function delay(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
