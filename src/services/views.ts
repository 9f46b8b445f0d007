import { type AdvisorSuggestion, type BacktestResult, type ClusterView, type Severity } from '../api/types';
import { arr, num, numOrNull, obj, oneOf, str, strOrNull, bool, type Obj } from './narrow';

export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'warning', 'info'];

/** What a template variable needs of a register. */
export interface DeviceOption {
  id: string;
  name: string | null;
  store: string | null;
  operator: string | null;
}

export function narrowDeviceOption(value: unknown): DeviceOption {
  const o = obj(value, 'device');
  return {
    id: str(o, 'id'),
    name: strOrNull(o, 'name'),
    store: strOrNull(o, 'store'),
    operator: strOrNull(o, 'operator'),
  };
}

function narrowTrend(value: unknown): ClusterView['trend'] {
  const o = obj(value, 'trend');
  const counts = arr(o, 'counts').map((c) => (typeof c === 'number' ? c : 0));
  return { start: str(o, 'start'), intervalSeconds: num(o, 'intervalSeconds'), counts };
}

function narrowSample(value: unknown): ClusterView['samples'][number] {
  const o = obj(value, 'sample');
  return { deviceId: str(o, 'deviceId'), time: str(o, 'time'), message: str(o, 'message') };
}

export function narrowCluster(value: unknown): ClusterView {
  const o = obj(value, 'cluster');
  const devices = arr(o, 'devices').filter((d): d is string => typeof d === 'string');
  return {
    id: str(o, 'id'),
    template: str(o, 'template'),
    condition: strOrNull(o, 'condition'),
    severity: oneOf(o, 'severity', SEVERITIES),
    count: num(o, 'count'),
    firstSeen: str(o, 'firstSeen'),
    lastSeen: str(o, 'lastSeen'),
    devices,
    deviceCount: numOrNull(o, 'deviceCount') ?? devices.length,
    novel: bool(o, 'novel'),
    trend: narrowTrend(o.trend),
    samples: Array.isArray(o.samples) ? o.samples.map(narrowSample) : [],
  };
}

function narrowBacktestResult(value: unknown): BacktestResult {
  const o = obj(value, 'backtest result');
  return {
    episodesPerWeek: num(o, 'episodesPerWeek'),
    episodesPerDevice: num(o, 'episodesPerDevice'),
    firingRatio: num(o, 'firingRatio'),
    precision: numOrNull(o, 'precision'),
    recall: numOrNull(o, 'recall'),
    meanDetectionDelaySeconds: numOrNull(o, 'meanDetectionDelaySeconds'),
  };
}

function narrowText(o: Obj, key: string): { en: string; ru: string } {
  const text = obj(o[key], key);
  return { en: str(text, 'en'), ru: str(text, 'ru') };
}

function narrowBacktest(value: unknown): AdvisorSuggestion['backtest'] {
  const o = obj(value, 'backtest');
  return {
    suggested: narrowBacktestResult(o.suggested),
    current: o.current === null || o.current === undefined ? null : narrowBacktestResult(o.current),
    // A point without a sample arrives as null (NaN in the service, which JSON writes as null).
    series: arr(o, 'series').map((p) => {
      const point = obj(p, 'point');
      return { t: str(point, 't'), v: numOrNull(point, 'v') ?? Number.NaN };
    }),
    threshold: numOrNull(o, 'threshold'),
    firing: arr(o, 'firing').map((f) => {
      const span = obj(f, 'firing span');
      return { start: str(span, 'start'), end: str(span, 'end') };
    }),
  };
}

const METHODS: ReadonlyArray<AdvisorSuggestion['method']> = ['deadline', 'level', 'burn_rate', 'trend', 'fixed'];

export function narrowSuggestion(value: unknown): AdvisorSuggestion {
  const o = obj(value, 'suggestion');
  return {
    alert: str(o, 'alert'),
    severity: oneOf(o, 'severity', SEVERITIES),
    method: oneOf(o, 'method', METHODS),
    expr: str(o, 'expr'),
    for: str(o, 'for'),
    keepFiringFor: strOrNull(o, 'keepFiringFor'),
    summary: narrowText(o, 'summary'),
    description: narrowText(o, 'description'),
    rationale: str(o, 'rationale'),
    declined: strOrNull(o, 'declined'),
    backtest: narrowBacktest(o.backtest),
  };
}
