import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { OUTPUT_FILES } from '../../src/service/advisor/outputs/files';
import { ruleFile } from '../../src/service/advisor/outputs/ruleFile';
import { ruleTestFile } from '../../src/service/advisor/outputs/ruleTests';
import { scenariosFor } from '../../src/service/advisor/outputs/scenarios';
import { RULE_SPECS } from '../../src/service/advisor/pack';
import { buildRule } from '../../src/service/advisor/pack/types';
import { tempDir } from '../helpers/tmp';
import { cli, missing, runTool } from './tools';

// Steps off the minute and the 5-minute grid, up to the longest allowed, each under another job.
const RUNS: Array<{ step: string; job: string }> = [
  { step: '90s', job: 'kkt' },
  { step: '7m', job: 'kkt-monitor' },
  { step: '8m', job: 'prod/kkt-monitor' },
  { step: '10m', job: 'kkt' },
];

test('the generated promtool tests follow the job and pass at every step', { skip: missing('promtool') }, async (t) => {
  for (const { step, job } of RUNS) {
    const out = join(tempDir(t), 'out');
    const run = await cli(['advise', '--out', out, '--step', step, '--job', job]);
    assert.equal(run.code, 0, `--step ${step} --job ${job}: ${run.stderr}`);

    const rules = readFileSync(join(out, OUTPUT_FILES.rules), 'utf8');
    assert.match(rules, new RegExp(`interval: ${step}\\n`));
    assert.ok(rules.includes(`up{job="${job}"} == 0`), `the rules watch job ${job}`);
    const tests = readFileSync(join(out, OUTPUT_FILES.ruleTests), 'utf8');
    assert.ok(tests.includes(`up{instance="kkt-a:9877", job="${job}"}`), `the tests scrape job ${job}`);

    const result = runTool('promtool', ['test', 'rules', OUTPUT_FILES.ruleTests], out);
    assert.equal(result.status, 0, `--step ${step} --job ${job}: ${result.output}`);
  }
});

test(
  'promtool passes the tests of rules at their longest for and keep_firing_for',
  { skip: missing('promtool') },
  (t) => {
    const step = 10 * 60_000;
    const rules = RULE_SPECS.map((spec) =>
      buildRule(spec, { ...spec.defaults, forMs: spec.maxForMs, keepFiringForMs: 30 * 60_000 }, { job: 'kkt' })
    );
    const dir = tempDir(t);
    writeFileSync(join(dir, 'rules.yml'), ruleFile(rules, step, 'longest holds'));
    const scenarios = rules.flatMap((rule) => scenariosFor(rule, step));
    writeFileSync(join(dir, 'tests.yml'), ruleTestFile(scenarios, ['rules.yml'], step, 'longest holds'));

    const result = runTool('promtool', ['test', 'rules', 'tests.yml'], dir);
    assert.equal(result.status, 0, result.output);
  }
);
