import { type AdvisorSuggestion, type Severity } from '../../../api/types';
import { type Expr } from '../promql/ast';

export type Method = AdvisorSuggestion['method'];

/** Labelled or derived incidents a rule is meant to catch. */
export const INCIDENT_KINDS = ['fn_blocked', 'backlog_limit', 'offline', 'shift_over_24h'] as const;

export type IncidentKind = (typeof INCIDENT_KINDS)[number];

/** Seasonal baselines a level rule compares with: the same time yesterday, and a week ago. */
export type Season = '1d' | '1w';

/** The tunable part of a rule; each rule reads `threshold` in its signal's unit. */
export interface RuleParams {
  threshold: number;
  forMs: number;
  keepFiringForMs: number;
  seasons: readonly Season[];
}

export interface Bilingual {
  en: string;
  ru: string;
}

export interface PackOptions {
  /** Scrape job of the kkt-monitor service, for the exporter's `up` series. */
  job: string;
}

/** Units a signal is measured in, for fitting, formatting and plotting. */
export type SignalUnit = 'seconds' | 'ratio' | 'count' | 'flag' | 'fraction';

/**
 * One alert of the pack: what it watches, how it is tuned, and how its condition is built from
 * parameters. The default pack is every spec with its defaults; the advisor changes only parameters.
 */
export interface RuleSpec {
  alert: string;
  severity: Severity;
  method: Method;
  /** The per-register quantity compared with the threshold, without the comparison. */
  signal(options: PackOptions): Expr;
  /** Trouble is the signal going above the threshold, or below it. */
  direction: 'above' | 'below';
  unit: SignalUnit;
  defaults: RuleParams;
  condition(params: RuleParams, options: PackOptions): Expr;
  /** Lowest and highest threshold the advisor may choose, where history could argue for nonsense. */
  bounds?: readonly [number, number];
  /** Longest `for` the advisor may choose: the detection delay the alert can afford. */
  maxForMs: number;
  /** Incidents the alert should catch, and how early a firing still counts as catching one. */
  incidents?: { kinds: readonly IncidentKind[]; leadMs: number };
  summary(params: RuleParams): Bilingual;
  description(params: RuleParams): Bilingual;
  local?: LocalCondition;
}

/**
 * A condition that combines a few pieces which do not depend on the threshold. The advisor fetches each
 * piece once, kept where the loosest candidate could need it, and decides every candidate locally
 * instead of asking Prometheus once per threshold. `holds` must say exactly what `condition` says.
 */
export interface LocalCondition {
  /** The pieces by name, filtered at `bound`, the loosest threshold any candidate uses. */
  pieces(bound: number, seasons: readonly Season[], options: PackOptions): Record<string, Expr>;
  /** Whether the condition holds for one register at one evaluation, from the pieces present there. */
  holds(values: Readonly<Record<string, number>>, params: RuleParams): boolean;
}

/** A rule with its parameters chosen: what the outputs write, and what its generated tests follow. */
export interface AlertRule {
  spec: RuleSpec;
  params: RuleParams;
  options: PackOptions;
  expr: Expr;
}

export function buildRule(spec: RuleSpec, params: RuleParams, options: PackOptions): AlertRule {
  return { spec, params, options, expr: spec.condition(params, options) };
}
