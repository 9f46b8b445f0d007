import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';

import { freePort } from '../helpers/ports';
import { tempDir } from '../helpers/tmp';

const ROOT = join(__dirname, '..', '..');

interface Run {
  child: ChildProcess;
  output: () => string;
  exit: Promise<number | null>;
}

function run(config: string): Run {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/service/cli/bin.ts'), 'run', '--config', config],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

async function until(check: () => boolean, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!check() && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assert.ok(check(), 'condition not reached in time');
}

function configIn(dir: string, port: number, storePath = join(dir, 'kkt.db')): string {
  const file = join(dir, 'kkt.yaml');
  writeFileSync(file, `server:\n  listen: 127.0.0.1:${port}\nstorage:\n  path: ${storePath}\n`);
  return file;
}

test('two signals in a row still stop the service cleanly, store closed', async (t) => {
  const dir = tempDir(t);
  const service = run(configIn(dir, await freePort()));
  t.after(() => service.child.kill('SIGKILL'));
  await until(() => service.output().includes('is running'));

  // The second arrives while the first is being handled, as with Ctrl-C under a launcher.
  service.child.kill('SIGINT');
  await new Promise((resolve) => setTimeout(resolve, 5));
  service.child.kill('SIGINT');
  const code = await service.exit;

  assert.equal(code, 0, service.output());
  assert.match(service.output(), /service stopped/);
  assert.ok(!existsSync(join(dir, 'kkt.db-wal')), 'the write-ahead log was checkpointed on close');
});

test('a taken port stops the start-up with one sentence naming server.listen', async (t) => {
  const dir = tempDir(t);
  const port = await freePort();
  const blocker = createServer().listen(port, '127.0.0.1');
  t.after(() => blocker.close());

  const service = run(configIn(dir, port));
  const code = await service.exit;

  assert.equal(code, 1);
  assert.match(service.output(), new RegExp(`server\\.listen 127\\.0\\.0\\.1:${port}: the port is taken`));
  assert.doesNotMatch(service.output(), /service started|at .*\.ts:\d+/, 'no collector started, no stack');
});

test('a store path under a regular file names storage.path', async (t) => {
  const dir = tempDir(t);
  writeFileSync(join(dir, 'plain-file'), 'x');

  const service = run(configIn(dir, await freePort(), join(dir, 'plain-file', 'kkt.db')));
  const code = await service.exit;

  assert.equal(code, 1);
  assert.match(service.output(), /storage\.path .*plain-file\/kkt\.db: /);
});
