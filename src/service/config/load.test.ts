import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ConfigError, parseConfig } from './load';

function problemsOf(yaml: string, env: NodeJS.ProcessEnv = {}): string[] {
  try {
    parseConfig(yaml, 'test.yaml', env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error.problems;
  }
  assert.fail('the configuration was accepted');
}

test('an empty mapping gives every default', () => {
  const config = parseConfig('{}', 'empty.yaml', {});
  assert.equal(config.server.listen, '127.0.0.1:9877');
  assert.equal(config.storage.path, './data/kkt-monitor.db');
  assert.equal(config.defaults.timeZone, 'Europe/Moscow');
  assert.deepEqual(config.collectors.files, []);
  assert.equal(config.shard.count, 1);
});

test('${VAR} and ${VAR:-default} expand after parsing, and $$ writes a dollar', () => {
  const yaml = [
    'server:',
    '  listen: ${HOST:-127.0.0.1}:${PORT}',
    '  apiKeys: ["${KEY}"]',
    'storage:',
    '  path: /var/lib/$$kkt/${MISSING:-store}.db',
  ].join('\n');
  const config = parseConfig(yaml, 'env.yaml', { PORT: '9900', KEY: 'key: with # yaml chars' });

  assert.equal(config.server.listen, '127.0.0.1:9900');
  assert.deepEqual(config.server.apiKeys, ['key: with # yaml chars']);
  assert.equal(config.storage.path, '/var/lib/$kkt/store.db');
});

test('numbers and durations given through the environment are accepted', () => {
  const yaml = 'shard:\n  count: ${COUNT}\n  index: ${INDEX}\n';
  const config = parseConfig(yaml, 'shard.yaml', { COUNT: '4', INDEX: '3' });
  assert.deepEqual(config.shard, { count: 4, index: 3 });
});

const FILES = (extra: string) =>
  `collectors:\n  files:\n    - name: atol\n      format: atol\n      paths: [/var/log/*.log]\n      device: kkt-1\n${extra}`;

const CASES: Array<{ name: string; yaml: string; env?: NodeJS.ProcessEnv; expected: string }> = [
  {
    name: 'unknown format',
    yaml: FILES('').replace('format: atol', 'format: atol9'),
    expected: 'collectors.files[0].format: unknown format "atol9" (expected one of: atol, frdrvng, drvfr',
  },
  {
    name: 'misspelt setting',
    yaml: FILES('      pollIntervall: 1s\n'),
    expected: 'collectors.files[0].pollIntervall: unknown setting "pollIntervall"',
  },
  {
    name: 'malformed duration',
    yaml: FILES('      pollInterval: soon\n'),
    expected: 'collectors.files[0].pollInterval: "soon" is not a duration',
  },
  {
    name: 'wrong type',
    yaml: FILES('').replace('paths: [/var/log/*.log]', 'paths: /var/log/*.log'),
    expected: 'collectors.files[0].paths: expected array, got "/var/log/*.log"',
  },
  {
    name: 'missing required setting',
    yaml: FILES('').replace('      paths: [/var/log/*.log]\n', ''),
    expected: 'collectors.files[0].paths: required setting is missing',
  },
  {
    name: 'cross-field rule',
    yaml: FILES('').replace('format: atol', 'format: regex'),
    expected: 'collectors.files[0].pattern: format regex needs a pattern',
  },
  {
    name: 'time format the parsers cannot read',
    yaml: FILES("      timeFormat: 'QQQ'\n").replace('format: atol', 'format: jsonl'),
    expected:
      'collectors.files[0].timeFormat: "QQQ" has no year (YYYY or YY); accepted: auto, iso, unix, unixms, or a pattern of the tokens YYYY YY MM M DD D HH H hh h mm ss S A Z',
  },
  {
    name: 'minutes written as the month',
    yaml: FILES('      timeFormat: YYYY-MM-DD HH:MM:SS\n').replace(
      'format: atol',
      'format: regex\n      pattern: (?<time>.*)'
    ),
    expected:
      'collectors.files[0].timeFormat: "YYYY-MM-DD HH:MM:SS" reads the month twice (MM is the month, mm the minute)',
  },
  {
    name: 'bad regular expression',
    yaml: FILES('      devicePattern: "(unclosed"\n'),
    expected: 'collectors.files[0].devicePattern: not a valid regular expression',
  },
  {
    name: 'unknown time zone',
    yaml: 'defaults:\n  timeZone: Moscow\n',
    expected: 'defaults.timeZone: unknown time zone "Moscow"',
  },
  {
    name: 'unset variable without default',
    yaml: 'server:\n  apiKeys: ["${KKT_TEST_KEY}"]\n',
    expected: 'server.apiKeys[0]: environment variable KKT_TEST_KEY is not set and has no default',
  },
  {
    name: 'short API key',
    yaml: 'server:\n  apiKeys: [short]\n',
    expected:
      'server.apiKeys[0]: an API key needs at least 16 characters (an empty one, e.g. from ${KKT_API_KEY:-}, is left out)',
  },
  {
    name: 'bad listen address',
    yaml: 'server:\n  listen: 9877\n',
    expected: 'server.listen: expected host:port such as 127.0.0.1:9877',
  },
  {
    name: 'listen address without a port, from a variable',
    yaml: 'server:\n  listen: ${KKT_TEST_LISTEN:-localhost}\n',
    expected: 'server.listen: expected host:port such as 127.0.0.1:9877, got "localhost"',
  },
  {
    name: 'duration without its unit',
    yaml: FILES('      rotateWait: 0\n'),
    expected: 'collectors.files[0].rotateWait: write a duration with its unit, such as 0s or 0ms',
  },
  {
    name: 'shard index out of range',
    yaml: 'shard:\n  count: 2\n  index: 2\n',
    expected: 'shard.index: index 2 is outside 0..1',
  },
  {
    name: 'duplicate collector names',
    yaml: FILES('    - name: atol\n      format: drvfr\n      paths: [/x]\n      device: kkt-2\n'),
    expected: 'collectors.files[1].name: "atol" is already used by collectors.files[0]',
  },
  {
    name: 'broken YAML, without the dangling colon of the excerpt',
    yaml: 'server:\n  listen: [unclosed\n',
    expected:
      'YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1',
  },
  {
    name: 'misspelt operator',
    yaml: 'collectors:\n  ofd:\n    - name: a\n      operator: ofdx\n',
    expected: 'collectors.ofd[0].operator: unknown operator "ofdx" (expected one of: platforma, ofdru,',
  },
  {
    name: 'misspelt setting with the likely one named',
    yaml: FILES('      devicepattern: x\n'),
    expected: 'collectors.files[0].devicepattern: unknown setting "devicepattern" (did you mean "devicePattern"?)',
  },
  {
    name: "misspelt setting of one operator's account",
    yaml: 'collectors:\n  ofd:\n    - name: p\n      operator: platforma\n      tokn: x\n',
    expected: 'collectors.ofd[0].tokn: unknown setting "tokn" (did you mean "token"?)',
  },
  {
    name: 'port out of range',
    yaml: 'server:\n  listen: 127.0.0.1:99999\n',
    expected: 'server.listen: the port must be from 0 to 65535',
  },
  {
    name: 'a list where a mapping belongs',
    yaml: 'storage:\n  - path: x\n',
    expected: 'storage: expected object, got a list',
  },
];

for (const c of CASES) {
  test(`bad configuration names the path: ${c.name}`, () => {
    const problems = problemsOf(c.yaml, c.env);
    assert.ok(
      problems.some((p) => p.startsWith(c.expected)),
      `expected a problem starting with\n  ${c.expected}\ngot\n  ${problems.join('\n  ')}`
    );
  });
}

test('every problem is reported, not only the first', () => {
  const problems = problemsOf('server:\n  listen: nowhere\nlogging:\n  level: loud\ndefaults:\n  timeZone: Mars\n');
  assert.equal(problems.length, 3, problems.join('\n'));
});

test('an empty or comment-only file is rejected: on reload it would stop every collector', () => {
  for (const text of ['', '\n\n', '# nothing yet\n']) {
    assert.deepEqual(problemsOf(text), ['the file is empty; a configuration names at least its collectors']);
  }
});

test('a missing variable is reported once, not again as the invalid value it leaves', () => {
  assert.deepEqual(problemsOf('server:\n  listen: ${KKT_TEST_LISTEN}\n'), [
    'server.listen: environment variable KKT_TEST_LISTEN is not set and has no default',
  ]);
});

test('thousands of problems are cut to a readable list with a count of the rest', () => {
  const items = Array.from({ length: 300 }, (_, i) => `    - name: X${i}\n      format: atol\n`).join('');
  const problems = problemsOf(`collectors:\n  files:\n${items}`);

  assert.equal(problems.length, 51);
  assert.match(problems[50], /^\.\.\. and \d+ more problems$/);
});

test('a document nested thousands deep gets a sentence, not a stack overflow', () => {
  assert.deepEqual(problemsOf('['.repeat(5000)), ['YAML: the document nests too deeply to be a configuration']);
});
