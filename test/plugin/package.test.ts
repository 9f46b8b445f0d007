// npm run package on a small built plugin: the zip Grafana installs, with the executables still executable.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { tempDir } from '../helpers/tmp';
import { ROOT } from './manifest';

const hasZip = spawnSync('zip', ['-v'], { stdio: 'ignore' }).status === 0;
const hasUnzip = spawnSync('unzip', ['-v'], { stdio: 'ignore' }).status === 0;
const skip = hasZip && hasUnzip ? false : 'the zip and unzip commands are needed; install the zip and unzip packages';

function fakeDist(dir: string): void {
  mkdirSync(join(dir, 'datasource'), { recursive: true });
  writeFileSync(join(dir, 'plugin.json'), JSON.stringify({ id: 'kkt-monitor-app', info: { version: '1.2.3' } }));
  writeFileSync(join(dir, 'module.js'), 'define([], () => ({}));');
  writeFileSync(join(dir, 'datasource', 'plugin.json'), '{}');
  writeFileSync(join(dir, 'gpx_kkt_monitor_linux_amd64'), '#!/bin/sh\n');
  chmodSync(join(dir, 'gpx_kkt_monitor_linux_amd64'), 0o755);
}

function packageInto(dist: string, out: string) {
  const script = join(ROOT, 'scripts', 'package-plugin.mjs');
  return spawnSync(process.execPath, [script, '--dist', dist, '--out', out], { encoding: 'utf8' });
}

test('the zip holds dist under a folder named after the app, executables kept executable', { skip }, (t) => {
  const dir = tempDir(t);
  fakeDist(join(dir, 'dist'));

  const run = packageInto(join(dir, 'dist'), join(dir, 'out'));
  assert.equal(run.status, 0, run.stderr);

  const zip = join(dir, 'out', 'kkt-monitor-app-1.2.3.zip');
  const listing = spawnSync('zipinfo', [zip], { encoding: 'utf8' }).stdout;
  assert.match(listing, /^-rwxr-xr-x .* kkt-monitor-app\/gpx_kkt_monitor_linux_amd64$/m);
  assert.match(listing, / kkt-monitor-app\/datasource\/plugin\.json$/m);
  const names = spawnSync('zipinfo', ['-1', zip], { encoding: 'utf8' }).stdout.trim().split('\n');
  assert.ok(
    names.every((name) => name.startsWith('kkt-monitor-app/')),
    names.join(', ')
  );

  const sha1 = createHash('sha1').update(readFileSync(zip)).digest('hex');
  assert.equal(readFileSync(`${zip}.sha1`, 'utf8'), `${sha1}  kkt-monitor-app-1.2.3.zip\n`);
  assert.match(readFileSync(`${zip}.md5`, 'utf8'), /^[0-9a-f]{32} {2}kkt-monitor-app-1\.2\.3\.zip\n$/);
});

test('packaging refuses a backend executable without its run bit', { skip }, (t) => {
  const dir = tempDir(t);
  fakeDist(join(dir, 'dist'));
  chmodSync(join(dir, 'dist', 'gpx_kkt_monitor_linux_amd64'), 0o644);

  const run = packageInto(join(dir, 'dist'), join(dir, 'out'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /gpx_kkt_monitor_linux_amd64 is not executable/);
});

test('packaging asks for a build when dist is missing', (t) => {
  const run = packageInto(join(tempDir(t), 'dist'), join(tempDir(t), 'out'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /run npm run build first/);
});
