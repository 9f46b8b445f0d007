import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { fileProblem } from './fileProblem';

function failureOf(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  assert.fail('the action was expected to fail');
}

test('real file system failures are told in words', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kkt-file-problem-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'plain'), 'x');

  assert.equal(fileProblem(failureOf(() => readFileSync(join(dir, 'none')))), 'no such file or directory');
  assert.equal(
    fileProblem(failureOf(() => readFileSync(join(dir, 'plain', 'below')))),
    'a part of the path is a file, not a directory'
  );
  assert.equal(fileProblem(new Error('something else')), 'something else');
});
