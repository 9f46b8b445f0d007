import { type ScopedVars } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';

/** Values that mean "every register" when a variable is set to All. */
const WILDCARDS = new Set(['', '*', '.*', '$__all', 'All']);

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

  const joined = templateSrv.replace(value, scopedVars, (v: string | string[]) => (Array.isArray(v) ? v.join(',') : v));
  const parts = joined
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');

  if (parts.some((part) => WILDCARDS.has(part))) {
    return undefined;
  }
  return [...new Set(parts)].join(',');
}
