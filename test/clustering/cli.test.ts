import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { KKT_SAMPLES_DIR } from '../../bench/suites/clustering/kkt';
import { conditionClusterId } from '../../src/service/clustering/clusterId';
import { tempDir } from '../helpers/tmp';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/service/cli/bin.ts'), 'cluster', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

function file(t: Parameters<typeof tempDir>[0], lines: string[]): string {
  const path = join(tempDir(t), 'kkt.log');
  writeFileSync(path, lines.join('\n'));
  return path;
}

function jsonl(stdout: string): Array<{ line: number; cluster: string }> {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

test('--jsonl gives every input line an id, in input order, blank lines included', (t) => {
  const path = file(t, [
    'Port COM3 busy after 3 tries',
    '',
    'Port COM7 busy after 12 tries',
    '   ',
    'Paper out',
    'Port COM1 busy after 1 tries',
  ]);

  const run = cli(['--raw', '--jsonl', path]);
  const out = jsonl(run.stdout);

  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(
    out.map((o) => o.line),
    [1, 2, 3, 4, 5, 6]
  );
  const [com3, blank, com7, spaces, paper, com1] = out.map((o) => o.cluster);
  assert.equal(com3, com7);
  assert.equal(com3, com1);
  assert.notEqual(paper, com3);
  assert.deepEqual([blank, spaces], ['empty', 'empty']);
  assert.match(run.stderr, /clustering: 100%/, 'progress goes to stderr, as lines when it is no terminal');
});

test('a guessed format splits headers, detection names the condition, unparsable lines get their own ids', (t) => {
  const header = '[2021-06-17 16:41:20.381] [6835792] [ProtocolV1_0xde0e950            ]';
  const path = file(t, [
    `${header} [E] Command is not supported in this mode`,
    'no header on this line',
    `${header} [D] command FF3B return code: 115 execution took 0ms`,
    '',
    `${header} [E] Команда не поддерживается в данном режиме`,
  ]);

  const run = cli(['--jsonl', path]);
  const ids = jsonl(run.stdout).map((o) => o.cluster);

  assert.equal(run.status, 0, run.stderr);
  assert.equal(ids.length, 5);
  assert.deepEqual([ids[0], ids[2], ids[4]], Array(3).fill(conditionClusterId('shtrih:115')));
  assert.match(ids[1], /^unparsed-[0-9a-f]{12}$/);
  assert.equal(ids[3], 'empty');
});

/** Bytes as from /dev/urandom, the same on every run. */
function noise(size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = 20250310;
  for (let i = 0; i < size; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

test('binary lines are labelled binary, whichever way the file is read, and make no clusters', (t) => {
  const header = '[2021-06-17 16:41:20.381] [6835792] [ProtocolV1_0xde0e950            ]';
  const text = `${header} [E] Paper out`;
  const path = file(t, [text, '\0'.repeat(40), text, '\0\0\x01\0', text]);
  const random = join(tempDir(t), 'random.bin');
  writeFileSync(random, noise(64 * 1024));

  for (const args of [['--raw'], ['--format', 'frdrvng'], []]) {
    const ids = jsonl(cli([...args, '--jsonl', path]).stdout).map((o) => o.cluster);
    assert.deepEqual([ids[1], ids[3]], ['binary', 'binary'], args.join(' '));
    assert.deepEqual([ids[0], ids[2]], [ids[4], ids[4]], args.join(' '));
    assert.notEqual(ids[4], 'binary', args.join(' '));

    const table = cli([...args, '--top', '0', random]);
    assert.equal(table.status, 0, table.stderr);
    assert.equal(table.stdout.split('\n')[1], '', `${args.join(' ')}: ${table.stdout.slice(0, 500)}`);
  }
});

test('without --jsonl, a table of clusters for a quick look', (t) => {
  const path = file(t, ['Port COM3 busy after 3 tries', 'Port COM7 busy after 12 tries', 'Paper out']);

  const run = cli(['--raw', path]);
  const [header, first, second] = run.stdout.split('\n');

  assert.equal(run.status, 0, run.stderr);
  assert.match(header, /^id\s+severity\s+count\s+devices\s+first seen\s+last seen\s+template$/);
  assert.match(first, /^[0-9a-f]{16}\s+info\s+2\s+1\s.*Port COM<\*> busy after <\*> tries$/);
  assert.match(second, /Paper out$/);
});

test(
  'the sample logs, each in its own format, give a KKM-Server report its coded condition',
  {
    skip: existsSync(KKT_SAMPLES_DIR) ? false : 'the shared samples are not beside the repository',
  },
  () => {
    const files = readdirSync(KKT_SAMPLES_DIR).map((f) => join(KKT_SAMPLES_DIR, f));

    const run = cli(['--top', '0', ...files]);
    const zeroTotal = run.stdout.split('\n').filter((l) => l.includes('Zero receipt total'));

    assert.equal(run.status, 0, run.stderr);
    assert.equal(zeroTotal.length, 1, run.stdout);
    assert.match(zeroTotal[0], /^[0-9a-f]{16}\s+warning\s+1\s+1\s+2017-03-01 13:47:00\s+2017-03-01 13:47:00\s/);
  }
);

test('a format it does not know is a usage error', () => {
  const run = cli(['--format', 'syslog', 'any.log']);

  assert.equal(run.status, 2);
  assert.match(run.stderr, /unknown format "syslog"/);
});
