import { stringify } from 'yaml';

/** YAML as the repository's Prettier writes it: single quotes, long lines kept whole. */
export function toYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, singleQuote: true });
}
