import { formatDuration, parseDuration } from '../config/fields';
import { HOUR_MS, MINUTE_MS } from '../domain/time';

/** The shortest step: Prometheus' usual scrape interval, below which evaluations only repeat samples. */
export const MIN_STEP_MS = 15_000;

/**
 * The longest step, which is also the rules' evaluation interval: KktFnCriticalError looks 15 minutes
 * back, and its windows must overlap from one evaluation to the next by a scrape (at most the 5 minutes
 * a sample stays fresh), or an error counted between two evaluations would never be seen.
 */
export const MAX_STEP_MS = 10 * MINUTE_MS;

/** The shortest lookback; it is also longer than any step. */
export const MIN_LOOKBACK_MS = HOUR_MS;

export type WindowSetting = 'lookback' | 'step';

const ALLOWED: Record<WindowSetting, string> = {
  lookback: `the lookback must be at least ${formatDuration(MIN_LOOKBACK_MS)}`,
  step:
    `the step must be whole seconds from ${formatDuration(MIN_STEP_MS)} to ${formatDuration(MAX_STEP_MS)}: ` +
    'the rules are evaluated every step, and a longer one lets KktFnCriticalError miss errors between evaluations',
};

/**
 * A lookback or step as advise's options and the advisor settings take it: milliseconds, or the sentence
 * saying what is allowed instead.
 */
export function readWindowSetting(setting: WindowSetting, text: string): { ms: number } | { problem: string } {
  const ms = parseDuration(text.replace(/^\s*-/, ''));
  if (ms === null) {
    return { problem: `"${text}" is not a duration such as 30d or 5m` };
  }

  const negative = text.trim().startsWith('-');
  if (negative || !withinRange(setting, ms)) {
    return { problem: `"${text}" is not allowed: ${ALLOWED[setting]}` };
  }
  return { ms };
}

function withinRange(setting: WindowSetting, ms: number): boolean {
  if (setting === 'lookback') {
    return ms >= MIN_LOOKBACK_MS;
  }
  return ms >= MIN_STEP_MS && ms <= MAX_STEP_MS && ms % 1000 === 0;
}
