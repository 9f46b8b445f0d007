import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const DIR = resolve('test/backend/golden');

/**
 * Compares a decoded frame with test/backend/golden/<name>.json. KKT_UPDATE_GOLDEN=1 writes the file
 * instead; a written file is checked by hand before it is committed.
 */
export function assertGolden(name: string, actual: unknown): void {
  const file = join(DIR, `${name}.json`);
  if (process.env.KKT_UPDATE_GOLDEN === '1') {
    writeFileSync(file, `${JSON.stringify(actual, null, 2)}\n`);
    return;
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(file, 'utf8')), `frame differs from ${file}`);
}
