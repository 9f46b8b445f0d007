import { type Scenario, type ScenarioSeries } from '../ruleTests';
import { blank, device, flat, holdMinutes, lastMinute, MINUTE_MS, ramp, type ScenarioContext, series } from './helpers';

function scenario(ctx: ScenarioContext, title: string, all: ScenarioSeries[]): Scenario {
  return { rule: ctx.rule, title, intervalMs: MINUTE_MS, durationMs: lastMinute(all) * MINUTE_MS, series: all };
}

/** A counter that appears with its first error, then counts a second one half an hour later. */
function fnCriticalError(ctx: ScenarioContext): Scenario {
  const errors = series('kkt_device_errors_total', [blank(5), flat(1, 30), flat(2, 40)], {
    ...device(ctx.rule),
    family: 'fn',
    severity: 'critical',
  });
  return scenario(ctx, 'fires for the first error of a new counter and for a later increase', [errors]);
}

/** An hour of normal sales, an hour in which every operation fails, then sales again. */
function errorBurst(ctx: ScenarioContext): Scenario {
  const { keep } = holdMinutes(ctx);
  const after = 120 + keep;
  const labels = device(ctx.rule);
  const all = [
    series('kkt_device_errors_total', [flat(100, 60), ramp(110, 10, 60), flat(700, after)], {
      ...labels,
      family: 'driver',
      severity: 'high',
    }),
    series('kkt_fiscal_documents_total', [ramp(1000, 10, 60), flat(1590, 60), ramp(1600, 10, after)], {
      ...labels,
      type: 'receipt',
    }),
  ];
  return scenario(ctx, 'fires while the register fails its operations, resolves after they succeed again', all);
}

function registrationFlip(ctx: ScenarioContext): Scenario {
  return scenario(ctx, 'fires for an hour after the registration status changes', [
    series('kkt_registration_ok', [flat(1, 30), flat(0, 100)], device(ctx.rule)),
  ]);
}

/** The FN serial on kkt_device_info changes: the old series ends, a new one begins. */
function fnReplaced(ctx: ScenarioContext): Scenario {
  const info = (fnSerial: string) => ({ ...device(ctx.rule), fn_serial: fnSerial });
  return scenario(ctx, 'fires for an hour after the FN serial changes', [
    series('kkt_device_info', [flat(1, 90), blank(100)], info('9960440300000001')),
    series('kkt_device_info', [blank(90), flat(1, 100)], info('9960440300000002')),
  ]);
}

export const COUNTER_SCENARIOS: Record<string, (ctx: ScenarioContext) => Scenario[]> = {
  KktFnCriticalError: (c) => [fnCriticalError(c)],
  KktDeviceErrorRateHigh: (c) => [errorBurst(c)],
  KktRegistrationChanged: (c) => [registrationFlip(c)],
  KktFnReplaced: (c) => [fnReplaced(c)],
};
