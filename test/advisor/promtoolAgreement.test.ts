import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { ruleFile } from '../../src/service/advisor/outputs/ruleFile';
import { predictEpisodes, ruleTestFile, type Scenario } from '../../src/service/advisor/outputs/ruleTests';
import { DEFAULT_PACK_OPTIONS, specNamed } from '../../src/service/advisor/pack';
import { buildRule, type RuleParams } from '../../src/service/advisor/pack/types';
import { tempDir } from '../helpers/tmp';
import { missing, runTool } from './tools';

const MINUTE = 60_000;
const DEVICE = { device_id: 'kkt-0001', instance: 'kkt-a:9877', job: 'kkt-monitor' };

function rule(alert: string, forMinutes: number, keepMinutes: number, threshold?: number) {
  const spec = specNamed(alert);
  const params: RuleParams = {
    ...spec.defaults,
    threshold: threshold ?? spec.defaults.threshold,
    forMs: forMinutes * MINUTE,
    keepFiringForMs: keepMinutes * MINUTE,
  };
  return buildRule(spec, params, DEFAULT_PACK_OPTIONS);
}

// for 5m; a 10-minute gap makes the last sample stale 5 minutes after it; a failing collector mutes the register.
const deviceDown: Scenario = {
  rule: rule('KktDeviceDown', 5, 0),
  title: 'for, staleness and the collector guard',
  intervalMs: MINUTE,
  durationMs: 50 * MINUTE,
  everyEvaluation: true,
  series: [
    {
      labels: { __name__: 'kkt_device_up', ...DEVICE },
      segments: [
        { value: 1, count: 5 },
        { value: 0, count: 8 },
        { value: 1, count: 3 },
        { value: 0, count: 3 },
        { blank: 10 },
        { value: 0, count: 10 },
        { value: 1, count: 12 },
      ],
    },
    {
      labels: { __name__: 'kkt_collector_success', collector: 'ofd', instance: DEVICE.instance, job: DEVICE.job },
      segments: [
        { value: 1, count: 36 },
        { value: 0, count: 5 },
        { value: 1, count: 10 },
      ],
    },
  ],
};

// for 2m and keep_firing_for 5m: a short dip keeps it firing, a longer one lets it resolve.
const clockDrift: Scenario = {
  rule: rule('KktClockDrift', 2, 5),
  title: 'for and keep_firing_for',
  intervalMs: MINUTE,
  durationMs: 30 * MINUTE,
  everyEvaluation: true,
  series: [
    {
      labels: { __name__: 'kkt_device_clock_offset_seconds', ...DEVICE },
      segments: [
        { value: 0, count: 3 },
        { value: 400, count: 5 },
        { value: 0, count: 3 },
        { value: -400, count: 2 },
        { value: 0, count: 10 },
        { value: 400, count: 1 },
        { value: 0, count: 7 },
      ],
    },
  ],
};

test('the backtest predicts the firing and resolving times worked out by hand', () => {
  const down = predictEpisodes(deviceDown, MINUTE)[0].episodes.map((e) => [e.firedAt / MINUTE, e.resolvedAt! / MINUTE]);
  // Down 5..12: fires at 10, resolves at 13. Down 16..18, then silent: the sample at 18 counts until 23.
  // Down again 29..38 fires at 34 and is muted from 36, when the collector fails.
  assert.deepEqual(down, [
    [10, 13],
    [21, 24],
    [34, 36],
  ]);

  const drift = predictEpisodes(clockDrift, MINUTE)[0].episodes.map((e) => [
    e.firedAt / MINUTE,
    e.resolvedAt! / MINUTE,
  ]);
  // Drifts 3..7 and 11..12: fires at 5, held through the dip, resolves 5 minutes after 13; the lone 23 never fires.
  assert.deepEqual(drift, [[5, 18]]);
});

test('promtool agrees with the backtest at every evaluation', { skip: missing('promtool') }, (t) => {
  const dir = tempDir(t);
  const rules = [deviceDown.rule, clockDrift.rule];
  writeFileSync(join(dir, 'rules.yml'), ruleFile(rules, MINUTE, 'agreement'));
  writeFileSync(join(dir, 'tests.yml'), ruleTestFile([deviceDown, clockDrift], ['rules.yml'], MINUTE, 'agreement'));

  const result = runTool('promtool', ['test', 'rules', 'tests.yml'], dir);
  assert.equal(result.status, 0, result.output);
});
