import assert from 'node:assert/strict';
import { test } from 'node:test';

import { RULE_SPECS } from '../../pack';
import { buildRule } from '../../pack/types';
import { testGroup } from '../ruleTests';
import { scenariosFor } from '.';

const MINUTE = 60_000;

test('every rule has scenarios that fire at its longest for and keep_firing_for, at every kind of step', () => {
  for (const spec of RULE_SPECS) {
    const params = { ...spec.defaults, forMs: spec.maxForMs, keepFiringForMs: 30 * MINUTE };
    const rule = buildRule(spec, params, { job: 'kkt' });
    for (const step of [MINUTE, 7 * MINUTE, 10 * MINUTE]) {
      for (const scenario of scenariosFor(rule, step)) {
        assert.doesNotThrow(() => testGroup(scenario, step), `${spec.alert} at ${step / MINUTE}m`);
      }
    }
  }
});
