import { type AlertRule } from '../../pack/types';
import { type Scenario, type ScenarioSeries } from '../ruleTests';
import { blank, DEVICE, flat, holdMinutes, lastMinute, MINUTE_MS, ramp, series } from './helpers';

function scenario(rule: AlertRule, title: string, all: ScenarioSeries[]): Scenario {
  return { rule, title, intervalMs: MINUTE_MS, durationMs: lastMinute(all) * MINUTE_MS, series: all };
}

/** A counter that appears with its first error, then counts a second one half an hour later. */
function fnCriticalError(rule: AlertRule): Scenario {
  const errors = series('kkt_device_errors_total', [blank(5), flat(1, 30), flat(2, 40)], {
    ...DEVICE,
    family: 'fn',
    severity: 'critical',
  });
  return scenario(rule, 'fires for the first error of a new counter and for a later increase', [errors]);
}

/** An hour of normal sales, an hour in which every operation fails, then sales again. */
function errorBurst(rule: AlertRule): Scenario {
  const { keep } = holdMinutes(rule.params.forMs, rule.params.keepFiringForMs);
  const after = 120 + keep;
  const all = [
    series('kkt_device_errors_total', [flat(100, 60), ramp(110, 10, 60), flat(700, after)], {
      ...DEVICE,
      family: 'driver',
      severity: 'high',
    }),
    series('kkt_fiscal_documents_total', [ramp(1000, 10, 60), flat(1590, 60), ramp(1600, 10, after)], {
      ...DEVICE,
      type: 'receipt',
    }),
  ];
  return scenario(rule, 'fires while the register fails its operations, resolves after they succeed again', all);
}

function registrationFlip(rule: AlertRule): Scenario {
  return scenario(rule, 'fires for an hour after the registration status changes', [
    series('kkt_registration_ok', [flat(1, 30), flat(0, 100)]),
  ]);
}

/** The FN serial on kkt_device_info changes: the old series ends, a new one begins. */
function fnReplaced(rule: AlertRule): Scenario {
  const info = (fnSerial: string) => ({ ...DEVICE, fn_serial: fnSerial });
  return scenario(rule, 'fires for an hour after the FN serial changes', [
    series('kkt_device_info', [flat(1, 90), blank(100)], info('9960440300000001')),
    series('kkt_device_info', [blank(90), flat(1, 100)], info('9960440300000002')),
  ]);
}

export const COUNTER_SCENARIOS: Record<string, (rule: AlertRule) => Scenario[]> = {
  KktFnCriticalError: (r) => [fnCriticalError(r)],
  KktDeviceErrorRateHigh: (r) => [errorBurst(r)],
  KktRegistrationChanged: (r) => [registrationFlip(r)],
  KktFnReplaced: (r) => [fnReplaced(r)],
};
