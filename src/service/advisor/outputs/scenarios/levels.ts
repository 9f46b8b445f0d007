import { SEASON_SECONDS } from '../../pack/signals';
import { type Scenario, type ScenarioSeries } from '../ruleTests';
import { compress } from '../seriesNotation';
import { device, healthyCollector, holdMinutes, MINUTE_MS, otherDevice, type ScenarioContext, series } from './helpers';

/** Level scenarios reach a week back, so their series are sampled every 5 minutes. */
const STEP = 5;

const roundUp = (minutes: number) => Math.ceil(minutes / STEP) * STEP;

/** Minutes [from, to] in which a series has samples; a week of samples nobody reads only slows promtool. */
type Window = readonly [number, number];

/** Samples of value(minute) every 5 minutes inside the windows, missing elsewhere. */
function sampled(value: (minute: number) => number, windows: readonly Window[], total: number) {
  const values: Array<number | null> = [];
  for (let minute = 0; minute <= total; minute += STEP) {
    values.push(windows.some(([from, to]) => minute >= from && minute <= to) ? value(minute) : null);
  }
  return compress(values);
}

function scenario(ctx: ScenarioContext, title: string, all: ScenarioSeries[], total: number): Scenario {
  const series = [...all, healthyCollector(ctx.rule, total, STEP)];
  return { rule: ctx.rule, title, intervalMs: STEP * MINUTE_MS, durationMs: total * MINUTE_MS, series };
}

/** What the rule reads at the seasonal offsets: the excursion's span now and that long ago. */
function windowsAround(start: number, length: number, seasons: readonly number[], total: number): Window[] {
  const margin = 120;
  return [...seasons.map((s): Window => [start - s - margin, start - s + length + margin]), [start - margin, total]];
}

/**
 * A level alert against seasonal baselines: a timestamp that follows the clock stands still for a
 * while. kkt-0002 stood still at this time on each seasonal day before, so its baselines explain it;
 * only kkt-0001, for which it is new, fires.
 */
function seasonalFreeze(ctx: ScenarioContext, metric: string, title: string): Scenario {
  const { rule } = ctx;
  const { pending, keep } = holdMinutes(ctx);
  const seasons = rule.params.seasons.map((s) => SEASON_SECONDS[s] / 60);
  const start = Math.max(0, ...seasons) + 180;
  const length = roundUp(rule.params.threshold / 60 + pending + 30);
  const total = start + length + roundUp(keep + 60);
  const windows = windowsAround(start, length, seasons, total);

  const clock = (excursions: number[]) => (minute: number) => {
    const from = excursions.find((e) => minute >= e && minute < e + length);
    return (from ?? minute) * 60;
  };
  const recurring = [...seasons.map((s) => start - s), start];
  const all = [
    series(metric, sampled(clock([start]), windows, total), device(rule)),
    series(metric, sampled(clock(recurring), windows, total), otherDevice(rule)),
  ];
  if (metric === 'kkt_ofd_last_received_document_timestamp_seconds') {
    const formed = sampled(clock([]), windows, total);
    all.push(series('kkt_last_document_timestamp_seconds', formed, device(rule)));
    all.push(series('kkt_last_document_timestamp_seconds', formed, otherDevice(rule)));
  }
  return scenario(ctx, title, all, total);
}

/** Receipts at 120 an hour, none for a while against busy baselines, then sales again. */
function receiptsStop(ctx: ScenarioContext): Scenario {
  const { rule } = ctx;
  const { pending, keep } = holdMinutes(ctx);
  const seasons = (rule.params.seasons.length > 0 ? rule.params.seasons : (['1w'] as const)).map(
    (s) => SEASON_SECONDS[s] / 60
  );
  const start = Math.max(...seasons) + 180;
  const quiet = roundUp(60 + pending + 40);
  const total = start + quiet + roundUp(90 + keep);
  const windows = windowsAround(start, quiet, seasons, total);

  // Two receipts a minute, except while the register is quiet.
  const count = (minute: number) => 2 * (Math.min(minute, start) + Math.max(0, minute - start - quiet));
  const receipts = series('kkt_fiscal_documents_total', sampled(count, windows, total), {
    ...device(rule),
    type: 'receipt',
  });
  return scenario(
    ctx,
    'fires when receipts stop against busy baselines, resolves when sales resume',
    [receipts],
    total
  );
}

export const LEVEL_SCENARIOS: Record<string, (ctx: ScenarioContext) => Scenario[]> = {
  KktDeviceSilent: (r) => [
    seasonalFreeze(r, 'kkt_device_last_seen_timestamp_seconds', 'fires for a silence its baselines do not explain'),
  ],
  KktOfdSyncDelay: (r) => [
    seasonalFreeze(
      r,
      'kkt_ofd_last_received_document_timestamp_seconds',
      'fires for an OFD delay its baselines do not explain'
    ),
  ],
  KktDocumentRateLow: (r) => [receiptsStop(r)],
};
