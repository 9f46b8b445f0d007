import { type AlertRule } from '../../pack/types';
import { type Scenario, type ScenarioSeries } from '../ruleTests';
import { blank, flat, holdMinutes, lastMinute, MINUTE_MS, series } from './helpers';

/** The deadline is crossed 10 minutes in, strictly after the threshold, and cleared `for` + 20 minutes in. */
const CROSSED_AT_SECONDS = 600;
const FRESH_FN_SECONDS = 400 * 86_400;

function scenario(rule: AlertRule, title: string, all: ScenarioSeries[]): Scenario {
  return { rule, title, intervalMs: MINUTE_MS, durationMs: lastMinute(all) * MINUTE_MS, series: all };
}

/** Age of the oldest unsent document passes the tier; the OFD then confirms it. */
function backlogAge(rule: AlertRule): Scenario {
  const { pending, keep } = holdMinutes(rule.params.forMs, rule.params.keepFiringForMs);
  const confirmedAt = (pending + 20) * 60;
  const oldest = series('kkt_ofd_oldest_unsent_document_timestamp_seconds', [
    flat(CROSSED_AT_SECONDS - rule.params.threshold, pending + 20),
    flat(confirmedAt, keep + 10),
  ]);
  return scenario(rule, 'fires when the oldest unsent document passes the tier, resolves when the OFD confirms it', [
    oldest,
  ]);
}

/** The FN comes within the tier of its expiry; a new FN then replaces it. */
function fnExpiry(rule: AlertRule): Scenario {
  const { pending, keep } = holdMinutes(rule.params.forMs, rule.params.keepFiringForMs);
  const expiry = series('kkt_fn_expiry_timestamp_seconds', [
    flat(rule.params.threshold + CROSSED_AT_SECONDS, pending + 20),
    flat(FRESH_FN_SECONDS, keep + 10),
  ]);
  return scenario(rule, 'fires inside the expiry tier, resolves when a new FN is fitted', [expiry]);
}

/** A shift stays open past the tier, then is closed: its opening time stops being exported. */
function longShift(rule: AlertRule): Scenario {
  const { pending, keep } = holdMinutes(rule.params.forMs, rule.params.keepFiringForMs);
  const open = pending + 20;
  const all = [
    series('kkt_shift_open', [flat(1, open), flat(0, keep + 10)]),
    series('kkt_shift_opened_timestamp_seconds', [
      flat(CROSSED_AT_SECONDS - rule.params.threshold, open),
      blank(keep + 10),
    ]),
  ];
  return scenario(rule, 'fires when the shift passes the tier, resolves when it is closed', all);
}

export const DEADLINE_SCENARIOS: Record<string, (rule: AlertRule) => Scenario[]> = {
  KktOfdBacklogNearBlock: (r) => [backlogAge(r)],
  KktFnExpiresIn3Days: (r) => [fnExpiry(r)],
  KktFnExpiresIn30Days: (r) => [fnExpiry(r)],
  KktShiftOpenTooLong: (r) => [longShift(r)],
};
