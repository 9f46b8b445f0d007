import { type z } from 'zod';

import { pageSchema } from './schemas';
import { type Params, type ServiceClient } from './serviceClient';

/** The service's largest page. */
export const PAGE_SIZE = 1000;

/** Pages fetched at once after the first, which tells the total. */
const PARALLEL_PAGES = 4;

export interface Rows<T> {
  items: T[];
  /** Rows the service has for the filter; more than items.length when maxRows cut the list. */
  total: number;
}

/** Up to maxRows items of a paged list, in the service's order. */
export async function fetchRows<T>(
  client: ServiceClient,
  path: string,
  params: Params,
  item: z.ZodType<T>,
  maxRows: number
): Promise<Rows<T>> {
  const schema = pageSchema(item);
  const first = await client.get(path, { ...params, limit: Math.min(PAGE_SIZE, maxRows), offset: 0 }, schema);
  const wanted = Math.min(first.total, maxRows);

  const offsets: number[] = [];
  for (let offset = first.items.length; offset < wanted && first.items.length > 0; offset += PAGE_SIZE) {
    offsets.push(offset);
  }

  const rest: T[][] = [];
  for (let i = 0; i < offsets.length; i += PARALLEL_PAGES) {
    const batch = offsets.slice(i, i + PARALLEL_PAGES).map(async (offset) => {
      const page = await client.get(path, { ...params, limit: Math.min(PAGE_SIZE, wanted - offset), offset }, schema);
      return page.items;
    });
    rest.push(...(await Promise.all(batch)));
  }
  return { items: [...first.items, ...rest.flat()].slice(0, wanted), total: first.total };
}
