import { type FastifyInstance } from 'fastify';

import { type ClusterView, type Page } from '../../../api/types';
import { type ClusterEngine } from '../../clustering/engine';
import { clusterView, findClusters } from '../../clustering/views';
import { type ServiceContext } from '../../context';
import { SEVERITIES } from '../../domain/severity';
import { KktError } from '../../errors';
import { boolean, list, paging, type Query, time, NO_PARAMETERS } from '../params';

/** Query parameters each route accepts. */
const CLUSTERS_QUERY = ['device', 'severity', 'novel', 'from', 'to', 'limit', 'offset'];

/** /api/v1/clusters: error clusters, biggest first, and one cluster with its devices and sample lines. */
export function clusterRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get<{ Querystring: Query }>(
    '/api/v1/clusters',
    { config: { query: CLUSTERS_QUERY } },
    async (request): Promise<Page<ClusterView>> => {
      const engine = enabled(ctx);
      const query = request.query;
      const { limit, offset } = paging(query);
      const from = time(query, 'from');
      const to = time(query, 'to');
      if (from !== undefined && to !== undefined && from >= to) {
        throw new KktError('BAD_PARAMETER', 'from must be earlier than to');
      }

      const filter = {
        from,
        to,
        devices: list(query, 'device'),
        severities: list(query, 'severity', SEVERITIES),
        novel: boolean(query, 'novel'),
      };
      const now = Date.now();
      const matches = findClusters(engine, filter, now);
      const items = matches
        .slice(offset, offset + limit)
        .map((c) => clusterView(engine, c, { now, trendEnd: to ?? now, detail: false }));
      return { items, total: matches.length, limit, offset };
    }
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/clusters/:id',
    { config: { query: NO_PARAMETERS } },
    async (request): Promise<ClusterView> => {
      const engine = enabled(ctx);
      const { id } = request.params;
      const cluster = engine.clusters.get(id);
      if (!cluster) {
        throw new KktError('NOT_FOUND', `no cluster with id "${id}"`);
      }
      const now = Date.now();
      return clusterView(engine, cluster, { now, trendEnd: now, detail: true });
    }
  );
}

function enabled(ctx: ServiceContext): ClusterEngine {
  if (!ctx.clusters) {
    throw new KktError('NOT_FOUND', 'clustering is off; set clustering.enabled to true');
  }
  return ctx.clusters.engine;
}
