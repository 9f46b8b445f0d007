import assert from 'node:assert/strict';
import { test } from 'node:test';

import { ConfigError, parseConfig } from '../config/load';

/** The problems the configuration loader reports for an advisor section. */
function problems(advisor: string): string[] {
  try {
    parseConfig(`advisor:\n${advisor}`);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
}

test('advisor.lookback and advisor.step out of range are refused with what is allowed', () => {
  const step =
    'the step must be whole seconds from 15s to 10m: the rules are evaluated every step, ' +
    'and a longer one lets KktFnCriticalError miss errors between evaluations';

  assert.deepEqual(problems('  step: 0s\n'), [`advisor.step: "0s" is not allowed: ${step}`]);
  assert.deepEqual(problems('  step: -5m\n'), [`advisor.step: "-5m" is not allowed: ${step}`]);
  assert.deepEqual(problems('  lookback: 30m\n'), [
    'advisor.lookback: "30m" is not allowed: the lookback must be at least 1h',
  ]);
  assert.deepEqual(problems('  lookback: 2h\n  step: 15m\n'), [`advisor.step: "15m" is not allowed: ${step}`]);
  assert.deepEqual(problems('  step: often\n'), ['advisor.step: "often" is not a duration such as 30d or 5m']);
});

test('a lookback and step within range are read in milliseconds', () => {
  const { advisor } = parseConfig('advisor:\n  lookback: 2h\n  step: 10m\n');

  assert.equal(advisor.lookback, 7_200_000);
  assert.equal(advisor.step, 600_000);
  assert.deepEqual(problems('  lookback: 30d\n  step: 15s\n'), []);
});
