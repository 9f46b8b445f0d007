import { type ScopedVars } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';

import { filterList } from '../services/filters';

const joinValues = (value: string | string[]) => (Array.isArray(value) ? value.join(',') : value);

/**
 * Interpolates a filter such as "$device" or "$store,Central" into the comma-separated list the
 * service expects. A variable set to All (or to a regex-style all value) means no filter at all.
 */
export function interpolateFilter(
  templateSrv: TemplateSrv,
  value: string | undefined,
  scopedVars: ScopedVars = {}
): string | undefined {
  if (value === undefined || value.trim() === '') {
    return undefined;
  }
  return filterList(templateSrv.replace(value, scopedVars, joinValues));
}
