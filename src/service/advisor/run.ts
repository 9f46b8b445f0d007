import { type AdvisorSuggestion } from '../../api/types';
import { type Logger } from '../logger';
import { advise, type Advice, declinedAdvice } from './advise';
import { type AdvisorConfig } from './config';
import { PrometheusHistory } from './history';
import { RULE_SPECS } from './pack';
import { type PackOptions } from './pack/types';
import { PrometheusClient, type PrometheusTarget } from './prometheus/client';
import { suggestionOf, toSuggestions } from './suggestions';

export interface AdviceRun {
  target: PrometheusTarget;
  end: number;
  lookbackMs: number;
  stepMs: number;
  pack: PackOptions;
  logger?: Logger;
  progress?: (line: string) => void;
}

/** Advice from a Prometheus' history, and the API's view of it. */
export async function adviseFromPrometheus(
  run: AdviceRun
): Promise<{ advice: Advice; suggestions: AdvisorSuggestion[] }> {
  const history = new PrometheusHistory(new PrometheusClient(run.target, run.logger));
  const advice = await advise({
    history,
    end: run.end,
    lookbackMs: run.lookbackMs,
    stepMs: run.stepMs,
    pack: run.pack,
    progress: run.progress,
  });
  return { advice, suggestions: await toSuggestions(advice, history, run.pack) };
}

/** The default pack, every rule declined for the same reason: the answer when there is no history to read. */
export function defaultSuggestions(pack: PackOptions, reason: string): AdvisorSuggestion[] {
  return RULE_SPECS.map((spec) => suggestionOf(declinedAdvice(spec, pack, reason), []));
}

/** What /api/v1/advisor/suggestions answers for a configuration. */
export async function suggestionsFor(config: AdvisorConfig, logger: Logger): Promise<AdvisorSuggestion[]> {
  const pack = { job: config.job };
  if (!config.prometheus) {
    return defaultSuggestions(pack, 'no Prometheus configured: set advisor.prometheus.url to advise from history');
  }
  const run = {
    target: config.prometheus,
    end: Date.now(),
    lookbackMs: config.lookback,
    stepMs: config.step,
    pack,
    logger,
  };
  return (await adviseFromPrometheus(run)).suggestions;
}
