import { type FastifyInstance } from 'fastify';

import { type ErrorEventView, type Page } from '../../../api/types';
import { type ServiceContext } from '../../context';
import { CODE_FAMILIES } from '../../domain/errorEvent';
import { SEVERITIES } from '../../domain/severity';
import { KktError } from '../../errors';
import { list, paging, type Query, text, time } from '../params';
import { errorEventView } from '../views';

export function errorRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get('/api/v1/errors', async (request): Promise<Page<ErrorEventView>> => {
    const query = request.query as Query;
    const { limit, offset } = paging(query);
    const from = time(query, 'from');
    const to = time(query, 'to');
    if (from !== undefined && to !== undefined && from >= to) {
      throw new KktError('BAD_PARAMETER', 'from must be earlier than to');
    }

    const filter = {
      deviceIds: list(query, 'device'),
      severities: list(query, 'severity', SEVERITIES),
      families: list(query, 'family', CODE_FAMILIES),
      condition: text(query, 'condition'),
      from,
      to,
    };
    const { items, total } = ctx.store.events.query(filter, limit, offset);
    return { items: items.map(errorEventView), total, limit, offset };
  });
}
