import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import iconv from 'iconv-lite';

import { KKT_SAMPLES_DIR } from '../../bench/suites/clustering/kkt';
import { EXAMPLE_LOGS } from '../../scripts/generate-example-logs';
import { conditionClusterId } from '../../src/service/clustering/clusterId';
import { tempDir } from '../helpers/tmp';

const ROOT = join(__dirname, '..', '..');

function cli(args: string[], input?: Buffer) {
  return spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/service/cli/bin.ts'), 'cluster', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
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
    assert.equal(table.status, 1, 'nothing could be read');
    assert.equal(table.stdout, '', `${args.join(' ')}: no table of no clusters`);
    assert.match(table.stderr, /random\.bin is not a text log: .* so all its \d+ lines were skipped/);
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

test('a log in CP1251 or CP866 gets the same cluster ids as its UTF-8 original', (t) => {
  const original = join(EXAMPLE_LOGS, 'store-02/kkt-05/drvfr.log');
  const text = readFileSync(original, 'utf8');
  const dir = tempDir(t);
  const copies = ['cp1251', 'cp866'].map((encoding) => {
    const path = join(dir, `drvfr-${encoding}.log`);
    writeFileSync(path, iconv.encode(text, encoding));
    return path;
  });

  const ids = (path: string) => jsonl(cli(['--jsonl', path]).stdout).map((o) => o.cluster);
  const expected = ids(original);

  assert.ok(expected.length > 100);
  for (const copy of copies) {
    assert.deepEqual(ids(copy), expected, copy);
  }
});

test('the table lists the most severe clusters first and says how many it left out', () => {
  const logs = ['store-01/kkt-03/javapos.log', 'store-02/kkt-05/drvfr.log', 'store-03/kkt-07/fptr10.log'];
  const run = cli(['--top', '5', ...logs.map((l) => join(EXAMPLE_LOGS, l))]);
  const lines = run.stdout.trimEnd().split('\n');
  const severities = lines.slice(1, -1).map((l) => l.split(/\s+/)[1]);

  assert.equal(run.status, 0, run.stderr);
  assert.equal(severities.length, 5);
  assert.ok(severities.includes('critical'), run.stdout);
  const ranks = severities.map((s) => ['critical', 'high', 'warning', 'info'].indexOf(s));
  assert.deepEqual(
    ranks,
    [...ranks].sort((a, b) => a - b)
  );
  assert.match(lines.at(-1) ?? '', /^… \d+ of \d+ clusters left out \(.*\d+ info\): --top 0 lists all/);
});

test('within one severity the biggest come first; nothing left out, no footer', (t) => {
  const path = file(t, ['Paper out', 'Port COM3 busy', 'Port COM4 busy', 'Paper out', 'Paper out']);

  const rows = cli(['--raw', '--top', '0', path]).stdout.trimEnd().split('\n');

  assert.equal(rows.length, 3);
  assert.match(rows[1], /\s3\s.*Paper out$/);
});

test('lines that carry no time are shown undated, never with the time of the file', (t) => {
  const path = file(t, ['Port COM3 busy after 3 tries', 'Paper out']);
  const header = '[2021-06-17 16:41:20.381] [6835792] [ProtocolV1_0xde0e950            ]';
  const dated = file(t, [`${header} [E] Paper out`]);

  const raw = cli(['--raw', path]).stdout.split('\n');
  const parsed = cli([dated]).stdout.split('\n');
  const regexFormat = cli(['--top', '0', join(EXAMPLE_LOGS, 'store-03/kkt-07/pos-app.log')]).stdout.split('\n');

  for (const row of [...raw.slice(1, 3), ...regexFormat.slice(1, -1)]) {
    assert.match(row, /^[0-9a-f]{16}\s+\w+\s+\d+\s+1\s+-\s+-\s+\S/, row);
  }
  assert.match(parsed[1], /\s2021-06-17 16:41:20\s+2021-06-17 16:41:20\s/);
});

test('a missing file, a directory and stdin each get a clear answer', (t) => {
  const dir = tempDir(t);
  mkdirSync(join(dir, 'store-01', 'kkt-01'), { recursive: true });
  writeFileSync(join(dir, 'store-01', 'kkt-01', 'fr_drv.log'), 'Paper out\n');
  const good = file(t, ['Paper out']);

  const missing = cli([join(dir, 'nonexist.log')]);
  const directory = cli([dir]);
  const both = cli(['--raw', '--jsonl', good, join(dir, 'nonexist.log')]);
  const stdin = cli(['--raw', '--jsonl', '-'], Buffer.from('Paper out\n\nPaper out\n'));

  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /there is no file .*nonexist\.log/);
  assert.equal(directory.status, 1);
  assert.ok(directory.stderr.includes(`${dir} is a directory: name the log files in it`), directory.stderr);
  assert.ok(directory.stderr.includes(`store-01/kkt-01/fr_drv.log), or pass them with a glob`), directory.stderr);
  assert.ok(directory.stderr.includes(`kkt-monitor cluster ${join(dir, '*', '*', '*')}`), directory.stderr);
  assert.equal(both.status, 1, 'a file named but not read fails the run');
  assert.deepEqual(
    jsonl(both.stdout).map((o) => o.line),
    [1],
    'the files that can be read are still clustered'
  );
  assert.equal(stdin.status, 0, stdin.stderr);
  assert.deepEqual(jsonl(stdin.stdout).map((o) => o.cluster)[1], 'empty');
});

test('binary lines in a text log are counted on stderr, with the reason', (t) => {
  const path = file(t, ['Paper out', '\0'.repeat(40), 'Paper out']);

  const run = cli(['--raw', '--jsonl', path]);

  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(jsonl(run.stdout).map((o) => o.cluster)[1], 'binary');
  assert.match(run.stderr, /kkt\.log: 1 of 3 lines skipped as binary \(a NUL byte/);
});

test('bare messages go through detection: stdin, --raw and a layout no format reads', () => {
  const stdin = cli(['--jsonl', '-'], Buffer.from('Нет бумаги\nSomething else\n'));
  const posApp = join(EXAMPLE_LOGS, 'store-03/kkt-07/pos-app.log');
  const lines = readFileSync(posApp, 'utf8').trimEnd().split('\n');
  const guessed = jsonl(cli(['--jsonl', posApp]).stdout);
  const raw = jsonl(cli(['--raw', '--jsonl', posApp]).stdout);
  const table = cli(['--top', '1', posApp]).stdout.split('\n')[1];

  const [paper, other] = jsonl(stdin.stdout).map((o) => o.cluster);
  assert.match(paper, /^[0-9a-f]{16}$/);
  assert.notEqual(paper, other);
  assert.match(cli(['-'], Buffer.from('Нет бумаги\n')).stdout, /\swarning\s+1\s.*Paper out/);

  const shift = conditionClusterId('fn:0x16');
  const failed = lines.flatMap((l, i) => (l.includes('Не удалось открыть чек') ? [i + 1] : []));
  assert.deepEqual(
    guessed.filter((o) => o.cluster === shift).map((o) => o.line),
    failed
  );
  assert.deepEqual(guessed, raw);
  assert.deepEqual(
    guessed.map((o) => o.line),
    lines.map((_, i) => i + 1),
    'every line has its id, in input order'
  );
  assert.match(table, new RegExp(`^${shift}\\s+critical\\s+2\\s`));
});

test('a file no line of which reads in the --format named is told, and with nothing clustered the exit is 1', () => {
  const kkmserver = join(EXAMPLE_LOGS, 'store-02/kkt-06/kkmserver.log');
  const atol = join(EXAMPLE_LOGS, 'store-01/kkt-01/fptr10.log');

  const wrong = cli(['--format', 'atol', kkmserver]);
  const mixed = cli(['--format', 'atol', kkmserver, atol]);

  assert.equal(wrong.status, 1);
  assert.equal(wrong.stdout, '', 'no table of no clusters');
  assert.match(wrong.stderr, /no line of \S+kkmserver\.log reads as atol, .*leave --format out .*kkmserver/);
  assert.equal(mixed.status, 0, 'the other file was clustered');
  assert.match(mixed.stderr, /no line of \S+kkmserver\.log reads as atol/);
  assert.doesNotMatch(mixed.stderr, /fptr10\.log reads/);
});
