import { PAGE_SIZE } from '../client/pages';
import { deviceSchema, pageSchema } from '../client/schemas';
import { badQuery } from '../errors';
import { fleetParams } from './common';
import { type QueryContext } from './context';

/**
 * The device filter for endpoints that know registers only by id (errors, documents, clusters). A store
 * or operator filter is resolved to the ids of its registers first; null means nothing matches.
 */
export async function deviceFilter(ctx: QueryContext): Promise<string | undefined | null> {
  const { query } = ctx;
  if (!query.store && !query.operator) {
    return query.device;
  }

  const page = await ctx.client.get('devices', { ...fleetParams(query), limit: PAGE_SIZE }, pageSchema(deviceSchema));
  if (page.total > PAGE_SIZE) {
    throw badQuery(
      `The store and operator filters match ${page.total} registers, more than the ${PAGE_SIZE} this query can name: narrow them or filter by device`
    );
  }
  return page.items.length === 0 ? null : page.items.map((d) => d.id).join(',');
}
