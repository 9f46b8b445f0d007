import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { parse } from 'yaml';

import { advise } from '../../src/service/advisor/advise';
import { decide, fetchPieces } from '../../src/service/advisor/backtest/pieces';
import { conditionRuns } from '../../src/service/advisor/backtest/replay';
import { LocalHistory, PrometheusHistory } from '../../src/service/advisor/history';
import { type ConditionRuns } from '../../src/service/advisor/methods/holdTimes';
import { OUTPUT_FILES, renderOutputs, writeOutputs } from '../../src/service/advisor/outputs/files';
import { payloadSchema, provisioningFileSchema } from '../../src/service/advisor/outputs/grafanaSchema';
import { DEFAULT_PACK_OPTIONS, specNamed } from '../../src/service/advisor/pack';
import { PrometheusClient } from '../../src/service/advisor/prometheus/client';
import { toSuggestions } from '../../src/service/advisor/suggestions';
import { totals } from '../../src/service/advisor/summary';
import { backfill, fleetSeries } from '../../src/service/advisor/synthetic/backfill';
import { SAMPLE_STEP_MS } from '../../src/service/advisor/synthetic/plan';
import { planFleet } from '../../src/service/advisor/synthetic/planFleet';
import { startPrometheus } from '../helpers/prometheus';
import { tempDir } from '../helpers/tmp';
import { checkSnippet, missing, runTool } from './tools';

const DAY = 86_400_000;
const FLEET = { devices: 24, days: 10, end: Date.UTC(2026, 10, 20), seed: 7 };

/** Every (register, evaluation) at which the condition held. */
function heldAt(runs: ConditionRuns[]): string[] {
  return runs
    .flatMap((r) => r.runs.flatMap(([first, last]) => range(first, last).map((t) => `${r.labels.device_id}@${t}`)))
    .sort();
}

const range = (first: number, last: number) =>
  Array.from({ length: (last - first) / SAMPLE_STEP_MS + 1 }, (_, i) => first + i * SAMPLE_STEP_MS);

test(
  'the advisor on a Prometheus holding a synthetic fleet history',
  { skip: missing('prometheus') || missing('promtool') || missing('amtool') },
  async (t) => {
    const dir = tempDir(t);
    const plan = planFleet(FLEET);
    const incidents = await backfill(plan, join(dir, 'tsdb'), dir);
    const prometheus = await startPrometheus({ dir, tsdbPath: join(dir, 'tsdb'), retention: '3650d' });
    t.after(() => prometheus.stop());

    const history = new PrometheusHistory(new PrometheusClient({ url: prometheus.url }));
    const end = plan.start + FLEET.days * DAY;
    const options = { history, end, lookbackMs: FLEET.days * DAY, stepMs: SAMPLE_STEP_MS, pack: DEFAULT_PACK_OPTIONS };
    const advice = await advise({ ...options, incidents });

    await t.test('suggestions fire fewer episodes than the rules in use, catching as many incidents', (t) => {
      const judged = advice.rules.filter((r) => r.currentScore?.recall != null);
      for (const rule of judged) {
        assert.ok(
          rule.suggestedScore!.recall! >= rule.currentScore!.recall!,
          `${rule.spec.alert} catches fewer incidents`
        );
      }
      const total = totals(advice);
      t.diagnostic(
        `${total.rules} rules with labelled incidents: ${total.suggested.toFixed(1)} episodes/week suggested, ` +
          `${total.current.toFixed(1)} with the default thresholds`
      );
      assert.equal(total.rules, judged.length);
      assert.ok(total.suggested < total.current / 2, `${total.suggested} is not under half of ${total.current}`);
    });

    await t.test('conditions decided from pieces agree with Prometheus evaluating the rule', async () => {
      for (const rule of advice.rules.filter((r) => r.spec.local)) {
        const { spec, suggested } = rule;
        const { params } = suggested;
        const pieces = await fetchPieces(
          history,
          spec.local!,
          params.threshold,
          params.seasons,
          advice.range,
          DEFAULT_PACK_OPTIONS
        );
        const local = decide(pieces, spec.local!, params, advice.range.step);
        const served = await conditionRuns(history, suggested.expr, advice.range);
        assert.deepEqual(heldAt(local), heldAt(served), spec.alert);
      }
    });

    await t.test('the local evaluator agrees with Prometheus on the same history, gaps included', async () => {
      const local = new LocalHistory(fleetSeries(plan).series);
      for (const alert of ['KktDeviceDown', 'KktOfdBacklogNearBlock', 'KktShiftOpenTooLong']) {
        const spec = specNamed(alert);
        const expr = spec.condition(spec.defaults, DEFAULT_PACK_OPTIONS);
        const served = await conditionRuns(history, expr, advice.range);
        assert.ok(served.length > 0, `${alert} never held: the comparison would prove nothing`);
        assert.deepEqual(heldAt(await conditionRuns(local, expr, advice.range)), heldAt(served), alert);
      }
    });

    await t.test('every output passes its tool', (t) => {
      const out = tempDir(t);
      const rules = advice.rules.map((r) => r.suggested);
      writeOutputs(out, renderOutputs(rules, { intervalMs: SAMPLE_STEP_MS, header: 'fleet test' }));

      for (const args of [
        ['check', 'rules', OUTPUT_FILES.rules],
        ['test', 'rules', OUTPUT_FILES.ruleTests],
      ]) {
        const result = runTool('promtool', args, out);
        assert.equal(result.status, 0, result.output);
      }
      const amtool = runTool('amtool', ['check-config', OUTPUT_FILES.alertmanager], out);
      assert.equal(amtool.status, 0, amtool.output);
      checkSnippet(join(out, OUTPUT_FILES.alertmanagerSnippet));
      provisioningFileSchema.parse(parse(readFileSync(join(out, OUTPUT_FILES.grafana), 'utf8')));
      payloadSchema.parse(JSON.parse(readFileSync(join(out, OUTPUT_FILES.grafanaPayload), 'utf8')));
    });

    await t.test('the API view carries both backtests and the busiest series to plot', async () => {
      const suggestions = await toSuggestions(advice, history, DEFAULT_PACK_OPTIONS);
      const down = suggestions.find((s) => s.alert === 'KktDeviceDown')!;

      assert.equal(suggestions.length, advice.rules.length);
      assert.ok(
        down.backtest.current && down.backtest.current.episodesPerWeek > down.backtest.suggested.episodesPerWeek
      );
      assert.ok(down.backtest.series.length > 100);
      assert.ok(down.backtest.series.every((p) => p.v === 0 || p.v === 1));
      assert.equal(down.declined, null);
    });
  }
);
