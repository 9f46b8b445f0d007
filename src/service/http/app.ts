import Fastify, {
  type FastifyBaseLogger,
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  LogController,
} from 'fastify';

import { type ApiError } from '../../api/types';
import { type ServiceContext } from '../context';
import { isKktError } from '../errors';
import { answerClientError } from './clientError';
import { requireApiKey } from './auth';
import { onlyKnown, type Query } from './params';
import { advisorRoutes } from './routes/advisor';
import { clusterRoutes } from './routes/clusters';
import { deviceRoutes } from './routes/devices';
import { documentRoutes } from './routes/documents';
import { errorRoutes } from './routes/errors';
import { healthRoutes } from './routes/health';
import { metricsRoutes } from './routes/metrics';

type RouteModule = (app: FastifyInstance, ctx: ServiceContext) => void;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Query parameters the route accepts; any other is refused with BAD_PARAMETER. */
    query?: readonly string[];
  }
}

/** Every route module of the API; each registers its own paths under /api/v1. */
export const ROUTES: RouteModule[] = [
  healthRoutes,
  metricsRoutes,
  deviceRoutes,
  errorRoutes,
  documentRoutes,
  clusterRoutes,
  advisorRoutes,
];

/** The HTTP surface without the socket: tests call inject() on it. */
export function buildHttpApp(ctx: ServiceContext, routes: RouteModule[] = ROUTES): FastifyInstance {
  const app = Fastify({
    loggerInstance: ctx.logger.child({ component: 'http' }) as FastifyBaseLogger,
    // Per-request lines go out at debug from the onResponse hook below.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
    clientErrorHandler: answerClientError,
    // A URL Fastify cannot decode gets the same error shape as every other bad request.
    frameworkErrors: (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
      reply.code(400).send({ error: { code: 'BAD_REQUEST', message: `the URL cannot be read: ${error.message}` } }),
  });

  app.addHook('onRequest', async (request) => {
    // The info route stays open: the datasource's health check reads the version before it has a key.
    if (request.url.startsWith('/api/') && request.routeOptions.url !== '/api/v1/info') {
      requireApiKey(request, ctx.config.server.apiKeys);
    }
  });

  app.addHook('preValidation', async (request) => {
    const known = request.routeOptions.config.query;
    if (known) {
      onlyKnown(request.query as Query, known);
    }
  });

  app.addHook('onResponse', async (request, reply) => {
    // The route pattern, not the URL, keeps the label set bounded; unmatched paths share one value.
    const route = request.routeOptions.url ?? 'unmatched';
    const labels = { route, method: request.method, status: String(reply.statusCode) };
    ctx.metrics.httpRequestDuration.observe(labels, reply.elapsedTime / 1000);
    request.log.debug({ method: request.method, url: request.url, status: reply.statusCode }, 'request served');
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const body = errorBody(error);
    if (reply.statusCode >= 500 || !isKktError(error)) {
      request.log.error({ err: error, url: request.url }, 'request failed');
    }
    return reply.code(statusOf(error)).send(body);
  });

  app.setNotFoundHandler(async (request, reply) =>
    reply
      .code(404)
      .send({ error: { code: 'NOT_FOUND', message: `no route ${request.method} ${request.url.split('?')[0]}` } })
  );

  for (const register of routes) {
    register(app, ctx);
  }
  return app;
}

function statusOf(error: FastifyError): number {
  if (isKktError(error)) {
    return error.status;
  }
  return error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
}

function errorBody(error: FastifyError): ApiError {
  if (isKktError(error)) {
    return { error: { code: error.code, message: error.message } };
  }
  if (error.statusCode && error.statusCode < 500) {
    return { error: { code: 'BAD_REQUEST', message: error.message } };
  }
  // Internal details go to the log; the client gets a sentence, never a stack.
  return { error: { code: 'INTERNAL', message: 'internal error; the service log has the details' } };
}
