import { formatDuration, parseDuration } from '../config/fields';
import { HOUR_MS } from '../domain/time';

/** The shortest step: Prometheus' usual scrape interval, below which evaluations only repeat samples. */
export const MIN_STEP_MS = 15_000;
export const MIN_LOOKBACK_MS = HOUR_MS;

export type WindowSetting = 'lookback' | 'step';

const ALLOWED: Record<WindowSetting, string> = {
  lookback: `the lookback must be at least ${formatDuration(MIN_LOOKBACK_MS)} and no shorter than the step`,
  step: `the step must be whole seconds, at least ${formatDuration(MIN_STEP_MS)} and at most the lookback`,
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
  const tooShort = ms < (setting === 'step' ? MIN_STEP_MS : MIN_LOOKBACK_MS);
  if (negative || tooShort || (setting === 'step' && ms % 1000 !== 0)) {
    return { problem: `"${text}" is not allowed: ${ALLOWED[setting]}` };
  }
  return { ms };
}

/** Why a step cannot be used with a lookback, or null when it can. */
export function stepBeyondLookback(stepMs: number, lookbackMs: number): string | null {
  if (stepMs <= lookbackMs) {
    return null;
  }
  const [step, lookback] = [formatDuration(stepMs), formatDuration(lookbackMs)];
  return `the step ${step} is longer than the lookback ${lookback}: it can be at most the lookback`;
}
