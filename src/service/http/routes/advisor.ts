import { type FastifyInstance } from 'fastify';

import { type AdvisorSuggestion } from '../../../api/types';
import { SingleFlightCache } from '../../advisor/cache';
import { suggestionsFor } from '../../advisor/run';
import { type ServiceContext } from '../../context';
import { boolean, type Query } from '../params';

/** Query parameters each route accepts. */
const SUGGESTIONS_QUERY = ['refresh'];

/**
 * GET /api/v1/advisor/suggestions: the pack's alerts with thresholds advised from Prometheus' history,
 * each backtested against the rule in use; `refresh=true` recomputes instead of reusing the last answer.
 * Without advisor.prometheus it answers the default pack, every rule saying why it was kept.
 */
export function advisorRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  const cache = new SingleFlightCache<AdvisorSuggestion[]>();

  app.get(
    '/api/v1/advisor/suggestions',
    { config: { query: SUGGESTIONS_QUERY } },
    async (request): Promise<AdvisorSuggestion[]> => {
      const refresh = boolean(request.query as Query, 'refresh') ?? false;
      const config = ctx.config.advisor;
      const logger = ctx.logger.child({ component: 'advisor' });
      return cache.get(JSON.stringify(config), config.cacheTtl, refresh, () => suggestionsFor(config, logger));
    }
  );
}
