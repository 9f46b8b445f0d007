import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { test } from 'node:test';

import { tempDir } from '../../../test/helpers/tmp';
import { isKktError } from '../errors';
import { StoreLock } from './lock';

/** A process of its own that takes the store's lock, says so, and holds it until killed. */
async function holder(storePath: string) {
  const script = `
    const { StoreLock } = require(${JSON.stringify(join(__dirname, 'lock.ts'))});
    StoreLock.acquire(${JSON.stringify(storePath)});
    process.stdout.write('locked\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  assert.equal(chunk.toString().trim(), 'locked');
  return child;
}

test('a second process on the same store is refused, and a killed one leaves the store free', async (t) => {
  const storePath = join(tempDir(t), 'kkt.db');
  const child = await holder(storePath);
  t.after(() => child.kill('SIGKILL'));

  assert.throws(
    () => StoreLock.acquire(storePath),
    (e: unknown) => isKktError(e) && e.code === 'STORE_IN_USE' && e.message.includes(storePath)
  );

  child.kill('SIGKILL');
  await once(child, 'exit');
  const lock = StoreLock.acquire(storePath);
  lock.release();
});

test('within one process the lock is taken once and free again after release', (t) => {
  const storePath = join(tempDir(t), 'kkt.db');
  const first = StoreLock.acquire(storePath);

  assert.throws(
    () => StoreLock.acquire(storePath),
    (e: unknown) => isKktError(e) && e.code === 'STORE_IN_USE'
  );

  first.release();
  StoreLock.acquire(storePath).release();
});
