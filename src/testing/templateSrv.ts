import { type ScopedVars } from '@grafana/data';
import { type TemplateSrv } from '@grafana/runtime';

type Format = string | ((value: string | string[]) => string) | undefined;

/**
 * A template service over fixed variable values, replacing $name and ${name} the way Grafana does:
 * a function format receives the raw value (a list for multi-value variables).
 */
export function fakeTemplateSrv(values: Record<string, string | string[]>): TemplateSrv {
  const replace = (target?: string, scopedVars?: ScopedVars, format?: Format): string =>
    (target ?? '').replace(/\$\{(\w+)\}|\$(\w+)/g, (match: string, braced?: string, plain?: string) => {
      const name = braced ?? plain ?? '';
      const scoped = scopedVars?.[name]?.value;
      const value = typeof scoped === 'string' ? scoped : values[name];
      if (value === undefined) {
        return match;
      }
      if (typeof format === 'function') {
        return format(value);
      }
      return Array.isArray(value) ? `{${value.join(',')}}` : value;
    });

  return {
    getVariables: () => [],
    replace,
    containsTemplate: (target?: string) => /\$/.test(target ?? ''),
    updateTimeRange: () => undefined,
  };
}
