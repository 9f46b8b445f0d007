import { type QueryType } from '../../api/query';
import { type Frame } from '../frames/frame';
import { badQuery } from '../errors';
import { type QueryContext, type QueryHandler } from './context';
import { clustersQuery } from './types/clusters';
import { devicesQuery } from './types/devices';
import { documentsQuery } from './types/documents';
import { errorSeriesQuery } from './types/errorSeries';
import { errorsQuery } from './types/errors';
import { fiscalDrivesQuery } from './types/fiscalDrives';
import { fleetStatsQuery } from './types/fleetStats';
import { ofdBacklogQuery } from './types/ofdBacklog';

/** Each query type's table answer; errors also answer "series". */
const TABLES: Record<QueryType, QueryHandler> = {
  devices: devicesQuery,
  fiscalDrives: fiscalDrivesQuery,
  documents: documentsQuery,
  ofdBacklog: ofdBacklogQuery,
  errors: errorsQuery,
  clusters: clustersQuery,
  fleetStats: fleetStatsQuery,
};

/** The frames answering one query. */
export async function runQuery(ctx: QueryContext): Promise<Frame[]> {
  const { queryType, format = 'table' } = ctx.query;
  if (format === 'series') {
    if (queryType !== 'errors') {
      throw badQuery(`The format "series" is for errors; ${queryType} answers a table`);
    }
    return errorSeriesQuery(ctx);
  }
  return TABLES[queryType](ctx);
}
