import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { ERRORS, KktError, STARTUP_ERRORS } from './errors';

test('every error code is documented in docs/errors.md with its status', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'errors.md'), 'utf8');
  for (const [code, { status }] of Object.entries(ERRORS)) {
    const cells = doc
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .find((row) => row[1] === `\`${code}\``);
    assert.ok(cells, `${code} has a row`);
    // Start-up errors never reach HTTP, so their rows show a dash.
    const shown = cells[2];
    const expected = STARTUP_ERRORS.has(code as keyof typeof ERRORS) ? '—' : String(status);
    assert.equal(shown, expected, `${code} row shows ${expected}`);
  }
});

test('an error carries its code, status and source', () => {
  const error = new KktError('OFD_AUTH_FAILED', 'account platforma-main');

  assert.equal(error.code, 'OFD_AUTH_FAILED');
  assert.equal(error.status, 502);
  assert.equal(error.source, 'downstream');
  assert.equal(error.message, 'the OFD rejected the credentials: account platforma-main');
  assert.equal(new KktError('BAD_PARAMETER').source, 'user');
});
