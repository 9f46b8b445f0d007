import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { type Server, createServer } from 'node:net';
import { join } from 'node:path';
import { type TestContext, test } from 'node:test';

const BIN = join(__dirname, '..', '..', 'src/service/cli/bin.ts');

/** Runs `simulate-ofd`; a command that keeps serving instead of exiting is stopped after 20 s. */
function simulate(...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', BIN, 'simulate-ofd', ...args], {
    encoding: 'utf8',
    timeout: 20_000,
    env: { ...process.env, KKT_LOG_LEVEL: 'silent' },
  });
}

/** A loopback port held by another program for the length of the test. */
async function occupiedPort(t: TestContext): Promise<number> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
}

/** Refused before anything listens: one line on stderr, no banner, exit code 2. */
function assertRefused(result: ReturnType<typeof simulate>, message: RegExp) {
  assert.equal(result.signal, null, 'the command exits by itself');
  assert.equal(result.status, 2, result.stderr);
  assert.match(result.stderr, message);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.equal(result.stdout, '', 'nothing was started');
}

test('simulate-ofd: a port in use is one sentence naming it; what already started is closed', async (t) => {
  const port = await occupiedPort(t);

  // ofdru takes port-base + 1 and starts; taxcom's port-base + 2 is the one in use.
  const result = simulate('--operators', 'ofdru,taxcom', '--port-base', String(port - 2));

  assert.equal(result.signal, null, 'the command exits instead of serving ofdru on');
  assert.equal(result.status, 1, result.stderr);
  assert.equal(result.stderr.trim().split('\n').length, 1, result.stderr);
  assert.match(result.stderr, new RegExp(`127\\.0\\.0\\.1:${port} for taxcom: the port is already in use`));
  assert.doesNotMatch(result.stderr, /Unhandled|\n\s+at /);
});

test('simulate-ofd: every flag is checked before anything listens', () => {
  assertRefused(simulate('--fault', 'nope:http-500'), /unknown operator "nope" in --fault "nope:http-500"/);
  assertRefused(simulate('--fault', 'platforma'), /--fault "platforma" must be OPERATOR:KIND\[:TIMES\]/);
  assertRefused(simulate('--fault', 'platforma:nope'), /unknown fault "nope"/);
  assertRefused(
    simulate('--fault', 'platforma:http-500:0'),
    /fault count "0" in --fault "platforma:http-500:0" is not a positive whole number/
  );
  assertRefused(
    simulate('--operators', 'ofdru', '--fault', 'taxcom:http-500'),
    /--fault "taxcom:http-500" names taxcom, which --operators leaves out/
  );
  assertRefused(simulate('--port-base', '65530'), /--port-base must be 0, or 1 to 65528/);
  assertRefused(simulate('--operators', 'ofdru,nope'), /unknown operator "nope" in --operators/);
  assertRefused(simulate('--size', '0'), /--size must be a whole number from 1 to/);
});
