import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shared reference samples, read where they are: never copied into the repository. */
export const SAMPLES = join(process.cwd(), '..', 'shared', 'samples');

export function sampleText(path: string): string {
  return readFileSync(join(SAMPLES, path), 'utf8');
}

export function sampleJson(path: string): unknown {
  return JSON.parse(sampleText(path));
}
