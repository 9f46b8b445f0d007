import { type FastifyInstance } from 'fastify';

import { type FiscalDocumentView, type Page } from '../../../api/types';
import { type ServiceContext } from '../../context';
import { DOCUMENT_TYPE_NAMES } from '../../domain/document';
import { list, paging, type Query, time } from '../params';
import { documentView } from '../views';

/** Query parameters each route accepts. */
const DOCUMENTS_QUERY = ['device', 'type', 'from', 'to', 'limit', 'offset'];

export function documentRoutes(app: FastifyInstance, ctx: ServiceContext): void {
  app.get(
    '/api/v1/documents',
    { config: { query: DOCUMENTS_QUERY } },
    async (request): Promise<Page<FiscalDocumentView>> => {
      const query = request.query as Query;
      const { limit, offset } = paging(query);
      const filter = {
        deviceIds: list(query, 'device'),
        types: list(query, 'type', DOCUMENT_TYPE_NAMES),
        from: time(query, 'from'),
        to: time(query, 'to'),
      };
      const { items, total } = ctx.store.documents.query(filter, limit, offset);
      return { items: items.map(documentView), total, limit, offset };
    }
  );
}
