import assert from 'node:assert/strict';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';

import { tempDir } from '../../../../test/helpers/tmp';
import { ReadTail, TAIL_BYTES } from './readTail';

test('the bytes just before the read offset tell a rewritten file from the same one grown', async (t) => {
  const path = join(tempDir(t), 'a.log');
  const text = Buffer.from(Array.from({ length: 40 }, (_, i) => `line ${i}\n`).join(''));
  await writeFile(path, text);
  const handle = await open(path, 'r');
  t.after(() => handle.close());

  const tail = new ReadTail();
  tail.note(text.subarray(0, 100), 0);
  tail.note(text.subarray(100, 300), 100);
  assert.equal(tail.start, 300 - TAIL_BYTES);
  assert.equal(await tail.matches(handle, null), true);

  tail.note(text.subarray(10, 20), 10);
  assert.equal(tail.start, 10, 'a chunk out of sequence starts the tail anew');
  assert.equal(await tail.matches(handle, text.subarray(0, 256)), true);

  await writeFile(path, Buffer.concat([text.subarray(0, 15), Buffer.from('X'), text.subarray(16)]));
  assert.equal(await tail.matches(handle, null), false);
});
