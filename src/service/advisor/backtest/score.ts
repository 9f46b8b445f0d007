import { type BacktestResult } from '../../../api/types';
import { type Labels, type TimeRange } from '../series';
import { type Episode } from './alertState';
import { type Incident } from './incidents';

const WEEK_MS = 7 * 86_400_000;

/** The episodes one alert series had over the range. */
export interface SeriesEpisodes {
  labels: Labels;
  episodes: Episode[];
}

export interface Scoring {
  /** Incidents of the kinds the alert should catch; empty when none are known. */
  incidents: readonly Incident[];
  /** How long before an incident a firing still counts as catching it. */
  leadMs: number;
  range: TimeRange;
  /** Scoring starts here: before it, some history the expressions read did not exist yet. */
  from: number;
  /** Registers in the fleet, for episodes per register. */
  devices: number;
}

export interface Score extends BacktestResult {
  episodes: number;
  /** Episodes of the register that had the most. */
  worstDeviceEpisodes: number;
}

interface Firing {
  device: string | undefined;
  start: number;
  end: number;
}

/**
 * Counts what an alert would have done: episodes per week and per register, the share of register-time
 * spent firing, and against known incidents its precision (episodes that overlapped one), its recall
 * (incidents that had an episode) and how long after each incident began it first fired.
 */
export function score(all: readonly SeriesEpisodes[], scoring: Scoring): Score {
  const { range, from, devices } = scoring;
  const incidents = scoring.incidents.filter((i) => i.end >= from);
  // An episode still firing when scoring starts counts; one that ended before does not.
  const episodes: Firing[] = all.flatMap((s) =>
    s.episodes
      .map((e) => ({ device: s.labels.device_id, start: e.firedAt, end: e.resolvedAt ?? range.end }))
      .filter((e) => e.end >= from)
  );
  const firingMs = episodes.reduce((sum, e) => sum + (e.end - Math.max(e.start, from)), 0);
  const span = range.end - from;

  return {
    episodes: episodes.length,
    episodesPerWeek: span > 0 ? (episodes.length * WEEK_MS) / span : 0,
    episodesPerDevice: devices > 0 ? episodes.length / devices : 0,
    firingRatio: devices > 0 && span > 0 ? firingMs / (span * devices) : 0,
    ...againstIncidents(episodes, incidents, scoring.leadMs),
    worstDeviceEpisodes: worstDevice(episodes),
  };
}

function againstIncidents(episodes: Firing[], incidents: readonly Incident[], leadMs: number) {
  if (incidents.length === 0) {
    return { precision: null, recall: null, meanDetectionDelaySeconds: null };
  }

  const overlaps = (e: Firing, i: Incident) => e.device === i.deviceId && e.start <= i.end && e.end >= i.start - leadMs;
  const delays = incidents.flatMap((i) => {
    const first = Math.min(...episodes.filter((e) => overlaps(e, i)).map((e) => e.start));
    return Number.isFinite(first) ? [first - i.start] : [];
  });
  const useful = episodes.filter((e) => incidents.some((i) => overlaps(e, i))).length;

  return {
    precision: episodes.length > 0 ? useful / episodes.length : null,
    recall: delays.length / incidents.length,
    meanDetectionDelaySeconds: delays.length > 0 ? delays.reduce((a, d) => a + d, 0) / delays.length / 1000 : null,
  };
}

function worstDevice(episodes: Firing[]): number {
  const perDevice = new Map<string, number>();
  episodes.forEach((e) => perDevice.set(e.device ?? '', (perDevice.get(e.device ?? '') ?? 0) + 1));
  return Math.max(0, ...perDevice.values());
}
