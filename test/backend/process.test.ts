import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

import { packagedExecutable } from './helpers/executable';
import { startUntilFirstLine } from './helpers/process';

const HANDSHAKE = /^1\|2\|tcp\|127\.0\.0\.1:\d+\|grpc$/;
const GRAFANA_ENV = { ...process.env, grafana_plugin_type: 'datasource', PLUGIN_PROTOCOL_VERSIONS: '2' };

test('without the magic cookie the executable refuses to start: a message on stderr, nothing on stdout, exit 1', async () => {
  const env = { ...process.env };
  delete env.grafana_plugin_type;
  const started = await startUntilFirstLine(packagedExecutable(), [], env);

  assert.equal(await started.exit, 1);
  assert.equal(started.stdout(), '');
  assert.match(
    started.stderr(),
    /Grafana starts it\.\nIt does not run on its own \(grafana_plugin_type=datasource is not set/
  );
});

test('SIGTERM stops the executable cleanly after the handshake', async (t) => {
  const started = await startUntilFirstLine(packagedExecutable(), [], GRAFANA_ENV);
  t.after(() => started.child.kill('SIGKILL'));
  assert.match(started.firstLine, HANDSHAKE);

  started.child.kill('SIGTERM');
  assert.equal(await started.exit, 0);
  assert.match(started.stderr(), /"@message":"datasource backend stopping"[^\n]*"reason":"SIGTERM"/);
});

test('a module that writes to stdout while it loads cannot get ahead of the handshake', async (t) => {
  const started = await startUntilFirstLine(
    process.execPath,
    ['--import', 'tsx', 'test/backend/fixtures/noisyEntry.ts'],
    GRAFANA_ENV
  );
  t.after(() => started.child.kill('SIGKILL'));
  assert.match(started.firstLine, HANDSHAKE);

  started.child.kill('SIGINT');
  assert.equal(await started.exit, 0);
  assert.equal(started.stdout(), `${started.firstLine}\n`);
  const redirected = started
    .stderr()
    .split('\n')
    .filter((line) => line.includes('redirected'))
    .map((line) => JSON.parse(line));
  assert.deepEqual(
    redirected.map((entry) => [entry['@level'], entry.text]),
    [
      ['warn', 'noise from console.log\n'],
      ['warn', 'noise from process.stdout.write\n'],
    ]
  );
});

test('by construction the guard is the only module the entry loads before it is installed', () => {
  const entry = readFileSync('src/backend/entry.ts', 'utf8');
  const guard = readFileSync('src/backend/guard.ts', 'utf8');

  assert.deepEqual(
    [...entry.matchAll(/^import .* from '(.+)';$/gm)].map((m) => m[1]),
    ['./guard']
  );
  assert.ok(entry.indexOf('installStdoutGuard()') < entry.indexOf("import('./main')"));
  assert.deepEqual([...guard.matchAll(/^import /gm)], []);
});
