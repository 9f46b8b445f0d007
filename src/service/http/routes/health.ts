import { type FastifyInstance } from 'fastify';

import { type ServiceInfo } from '../../../api/types';
import { type ServiceContext } from '../../context';
import { NO_PARAMETERS } from '../params';

export function healthRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    if (!ctx.ready) {
      return reply.code(503).send({ status: 'starting' });
    }
    try {
      ctx.store.db.prepare('SELECT 1').get();
    } catch {
      return reply.code(503).send({ status: 'store unavailable' });
    }
    return { status: 'ready' };
  });

  app.get('/api/v1/info', { config: { query: NO_PARAMETERS } }, async (): Promise<ServiceInfo> => ({
    name: 'kkt-monitor',
    version: ctx.version,
    apiVersion: 1,
    startedAt: new Date(ctx.startedAt).toISOString(),
  }));
}
