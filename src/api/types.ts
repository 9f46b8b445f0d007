/**
 * Shapes of the service's read API (/api/v1), shared by the service, the Grafana datasource, its
 * backend and the app pages. Times are ISO 8601 strings in UTC; an unknown value is null, never 0 or "".
 */

export type Severity = 'critical' | 'high' | 'warning' | 'info';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** Body of every error answer. */
export interface ApiError {
  error: {
    code: string;
    message: string;
  };
}

export interface ServiceInfo {
  name: 'kkt-monitor';
  version: string;
  /** API version the service speaks; clients check it before querying. */
  apiVersion: 1;
  startedAt: string;
}

export type OfdLinkStatus = 'ok' | 'degraded' | 'down';

export interface DeviceView {
  id: string;
  regNumber: string | null;
  serial: string | null;
  model: string | null;
  name: string | null;
  store: string | null;
  operator: string | null;
  timeZone: string;
  up: boolean | null;
  lastSeenAt: string | null;
  lastCollectedAt: string | null;
  clockOffsetSeconds: number | null;
  fiscalDrive: {
    serial: string | null;
    expiresAt: string | null;
    expirySource: 'forecast' | 'nominal' | 'driver' | null;
    memoryUsedRatio: number | null;
    phase: string | null;
    blocked: boolean | null;
  };
  ofd: {
    unsentCount: number | null;
    oldestUnsentAt: string | null;
    lastDocumentAt: string | null;
    lastReceivedAt: string | null;
    linkStatus: OfdLinkStatus | null;
    linkDetail: string | null;
  };
  shift: {
    open: boolean | null;
    number: number | null;
    openedAt: string | null;
  };
  registration: {
    status: 'registered' | 'pending' | 'problem' | 'deregistered' | null;
    contractStatus: 'active' | 'expiring' | 'expired' | null;
    contractEndsAt: string | null;
    detail: string | null;
  };
  errors: Record<Severity, number>;
}

export interface ErrorEventView {
  /** Idempotency key of the event. */
  id: string;
  deviceId: string;
  time: string;
  timeSource: 'log' | 'collector';
  family: string;
  code: string | null;
  condition: string;
  title: string;
  severity: Severity;
  message: string;
  /** File path or operator the event came from. */
  source: string;
}

export interface FiscalDocumentView {
  fnSerial: string;
  number: number;
  deviceId: string;
  type: string;
  time: string;
  receivedAt: string | null;
  shiftNumber: number | null;
  totalKopecks: number | null;
  fiscalSign: string | null;
}

export interface ClusterView {
  /** Derived from the cluster's content: the same after a restart and on every replica. */
  id: string;
  template: string;
  /** Condition key when a code family defines the cluster, e.g. "fn:0x14". */
  condition: string | null;
  severity: Severity;
  count: number;
  firstSeen: string;
  lastSeen: string;
  devices: string[];
  deviceCount: number;
  novel: boolean;
  /** Counts per interval, oldest first, for the sparkline. */
  trend: { start: string; intervalSeconds: number; counts: number[] };
  samples: Array<{ deviceId: string; time: string; message: string }>;
}

export interface FleetStats {
  devices: number;
  up: number;
  down: number;
  unknown: number;
  /** Registers whose oldest unsent document is at least 25 days old. */
  backlogNearBlock: number;
  /** Registers whose FN expires within 30 days. */
  fnExpiringSoon: number;
  shiftsOverLimit: number;
  errorsLast24h: Record<Severity, number>;
  byOperator: Array<{ operator: string; devices: number }>;
}

export interface AdvisorSeriesPoint {
  t: string;
  /** null where the history has a gap. */
  v: number | null;
}

export interface AdvisorSuggestion {
  /** Alert name, e.g. "KktOfdBacklogNearBlock". */
  alert: string;
  severity: Severity;
  /** Kind of signal and the method used for it. */
  method: 'deadline' | 'level' | 'burn_rate' | 'trend' | 'fixed';
  expr: string;
  for: string;
  keepFiringFor: string | null;
  summary: { en: string; ru: string };
  description: { en: string; ru: string };
  /** Why this threshold: the statistic behind it in one sentence. */
  rationale: string;
  /** Set when the advisor declined to suggest and fell back to the default; says why. */
  declined: string | null;
  backtest: {
    suggested: BacktestResult;
    current: BacktestResult | null;
    /** The signal the rule watches, with the threshold, for plotting. */
    series: AdvisorSeriesPoint[];
    threshold: number | null;
    firing: Array<{ start: string; end: string }>;
  };
}

export interface BacktestResult {
  episodesPerWeek: number;
  episodesPerDevice: number;
  firingRatio: number;
  precision: number | null;
  recall: number | null;
  meanDetectionDelaySeconds: number | null;
}

/** Counts per fixed interval (GET /api/v1/errors/series), split by one label; for graphs and alerting. */
export interface CountSeries {
  /** Start of the first interval. */
  start: string;
  stepSeconds: number;
  series: Array<{ labels: Record<string, string>; counts: number[] }>;
}
