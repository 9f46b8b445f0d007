import { type Scenario, type ScenarioSeries } from '../ruleTests';
import { blank, device, flat, holdMinutes, lastMinute, MINUTE_MS, type ScenarioContext, series } from './helpers';

/** The deadline is crossed 10 minutes in, strictly after the threshold, and cleared `for` + 20 minutes in. */
const CROSSED_AT_SECONDS = 600;
const FRESH_FN_SECONDS = 400 * 86_400;

function scenario(ctx: ScenarioContext, title: string, all: ScenarioSeries[]): Scenario {
  return { rule: ctx.rule, title, intervalMs: MINUTE_MS, durationMs: lastMinute(all) * MINUTE_MS, series: all };
}

/** Age of the oldest unsent document passes the tier; the OFD then confirms it. */
function backlogAge(ctx: ScenarioContext): Scenario {
  const { pending, keep } = holdMinutes(ctx);
  const confirmedAt = (pending + 20) * 60;
  const oldest = series(
    'kkt_ofd_oldest_unsent_document_timestamp_seconds',
    [flat(CROSSED_AT_SECONDS - ctx.rule.params.threshold, pending + 20), flat(confirmedAt, keep + 10)],
    device(ctx.rule)
  );
  const title = 'fires when the oldest unsent document passes the tier, resolves when the OFD confirms it';
  return scenario(ctx, title, [oldest]);
}

/** The FN comes within the tier of its expiry; a new FN then replaces it. */
function fnExpiry(ctx: ScenarioContext): Scenario {
  const { pending, keep } = holdMinutes(ctx);
  const expiry = series(
    'kkt_fn_expiry_timestamp_seconds',
    [flat(ctx.rule.params.threshold + CROSSED_AT_SECONDS, pending + 20), flat(FRESH_FN_SECONDS, keep + 10)],
    device(ctx.rule)
  );
  return scenario(ctx, 'fires inside the expiry tier, resolves when a new FN is fitted', [expiry]);
}

/** A shift stays open past the tier, then is closed: its opening time stops being exported. */
function longShift(ctx: ScenarioContext): Scenario {
  const { pending, keep } = holdMinutes(ctx);
  const open = pending + 20;
  const labels = device(ctx.rule);
  const all = [
    series('kkt_shift_open', [flat(1, open), flat(0, keep + 10)], labels),
    series(
      'kkt_shift_opened_timestamp_seconds',
      [flat(CROSSED_AT_SECONDS - ctx.rule.params.threshold, open), blank(keep + 10)],
      labels
    ),
  ];
  return scenario(ctx, 'fires when the shift passes the tier, resolves when it is closed', all);
}

export const DEADLINE_SCENARIOS: Record<string, (ctx: ScenarioContext) => Scenario[]> = {
  KktOfdBacklogNearBlock: (c) => [backlogAge(c)],
  KktFnExpiresIn3Days: (c) => [fnExpiry(c)],
  KktFnExpiresIn30Days: (c) => [fnExpiry(c)],
  KktShiftOpenTooLong: (c) => [longShift(c)],
};
