import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { configJsonSchema } from '../../src/service/cli/schema';
import { tempDir } from '../helpers/tmp';

const ROOT = join(__dirname, '..', '..');

function cli(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/service/cli/bin.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, KKT_LOG_LEVEL: 'silent' },
  });
}

test('check-config accepts the bundled example', () => {
  const result = cli('check-config', join(ROOT, 'examples/kkt-monitor.yaml'));
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stdout, /kkt-monitor\.yaml: ok/);
});

test('check-config names each problem with its path and exits 1', (t) => {
  const file = join(tempDir(t), 'bad.yaml');
  writeFileSync(file, 'collectors:\n  files:\n    - name: a\n      format: atol9\n      paths: [x]\n      device: d\n');

  const result = cli('check-config', file);

  assert.equal(result.status, 1);
  assert.match(result.stderr, /collectors\.files\[0\]\.format: unknown format "atol9" \(expected one of: atol,/);
});

test('check-config refuses a timeFormat the parsers cannot read and lists what they can', (t) => {
  const file = join(tempDir(t), 'bad-time.yaml');
  const collector = '    - name: pos\n      format: jsonl\n      paths: [x]\n      device: d\n';
  writeFileSync(file, `collectors:\n  files:\n${collector}      timeFormat: 'QQQ'\n`);

  const result = cli('check-config', file);

  assert.equal(result.status, 1);
  assert.match(
    result.stderr,
    /collectors\.files\[0\]\.timeFormat: "QQQ" has no year \(YYYY or YY\); accepted: auto, iso,/
  );
});

test('an unknown command or option is an error, not ignored', () => {
  const command = cli('frobnicate');
  const option = cli('run', '--confg', 'x.yaml');

  assert.equal(command.status, 2);
  assert.match(command.stderr, /unknown command "frobnicate"/);
  assert.notEqual(option.status, 0);
  assert.match(option.stderr, /--confg/);
});

test('the shipped JSON Schema is the one the loader validates with', () => {
  const shipped = JSON.parse(readFileSync(join(ROOT, 'schema/kkt-monitor.schema.json'), 'utf8'));
  assert.deepEqual(
    shipped,
    configJsonSchema(),
    'regenerate with: npx tsx src/service/cli/bin.ts schema > schema/kkt-monitor.schema.json'
  );
});

test('--version names the version package.json gives', () => {
  const result = cli('--version');
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

  assert.equal(result.status, 0);
  assert.equal(result.stdout.trim(), `kkt-monitor ${version}`);
});
