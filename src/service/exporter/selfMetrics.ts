import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The service's own metrics: how collection, parsing and the OFD clients are doing. Small and bounded
 * label sets only; per-device values live in families.ts. One instance per running service, so tests
 * never share counters.
 */
export function createSelfMetrics(version: string) {
  const registry = new Registry();
  const opts = { registers: [registry] };

  const metrics = {
    registry,

    buildInfo: new Gauge({
      name: 'kkt_build_info',
      help: 'Version of the service; always 1.',
      labelNames: ['version'],
      ...opts,
    }),

    collectorSuccess: new Gauge({
      name: 'kkt_collector_success',
      help: 'Whether the last run of the collector succeeded (1) or failed (0).',
      labelNames: ['collector'],
      ...opts,
    }),
    collectorDuration: new Gauge({
      name: 'kkt_collector_duration_seconds',
      help: 'Duration of the last run of the collector.',
      labelNames: ['collector'],
      ...opts,
    }),
    collectorLastSuccess: new Gauge({
      name: 'kkt_collector_last_success_timestamp_seconds',
      help: 'When the collector last finished a run successfully.',
      labelNames: ['collector'],
      ...opts,
    }),

    logFilesWatched: new Gauge({
      name: 'kkt_log_files_watched',
      help: 'Log files the collector is following.',
      labelNames: ['collector'],
      ...opts,
    }),
    logBytesRead: new Counter({
      name: 'kkt_log_read_bytes_total',
      help: 'Bytes read from log files.',
      labelNames: ['collector'],
      ...opts,
    }),
    logLinesRead: new Counter({
      name: 'kkt_log_lines_read_total',
      help: 'Lines read from log files.',
      labelNames: ['collector'],
      ...opts,
    }),
    logLinesParsed: new Counter({
      name: 'kkt_log_lines_parsed_total',
      help: 'Lines a format parser understood.',
      labelNames: ['collector', 'format'],
      ...opts,
    }),
    logLinesSkipped: new Counter({
      name: 'kkt_log_lines_skipped_total',
      help: 'Lines skipped, by reason: unparsable, binary, too_long, empty, encoding, bad_time.',
      labelNames: ['collector', 'reason'],
      ...opts,
    }),
    logErrorsDetected: new Counter({
      name: 'kkt_log_errors_detected_total',
      help: 'Error events detected in log lines, by code family and severity.',
      labelNames: ['family', 'severity'],
      ...opts,
    }),
    logRotations: new Counter({
      name: 'kkt_log_rotations_total',
      help: 'Rotations and truncations noticed, by kind: rename, copytruncate, truncate, delete.',
      labelNames: ['collector', 'kind'],
      ...opts,
    }),

    ofdRequests: new Counter({
      name: 'kkt_ofd_requests_total',
      help: 'Requests sent to OFD APIs, by operator and HTTP status (or "error" with no answer).',
      labelNames: ['operator', 'status'],
      ...opts,
    }),
    ofdRequestDuration: new Histogram({
      name: 'kkt_ofd_request_duration_seconds',
      help: 'Latency of OFD API requests.',
      labelNames: ['operator'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      ...opts,
    }),
    ofdFailures: new Counter({
      name: 'kkt_ofd_failures_total',
      help: 'Failed OFD requests, by operator and reason.',
      labelNames: ['operator', 'reason'],
      ...opts,
    }),
    ofdThrottleWait: new Counter({
      name: 'kkt_ofd_throttle_wait_seconds_total',
      help: 'Time requests waited for the rate and concurrency limits or a Retry-After.',
      labelNames: ['operator'],
      ...opts,
    }),
    ofdBreakerState: new Gauge({
      name: 'kkt_ofd_circuit_breaker_state',
      help: 'Circuit breaker per account: 0 closed, 1 half-open, 2 open.',
      labelNames: ['operator', 'account'],
      ...opts,
    }),

    configReloadSuccess: new Gauge({
      name: 'kkt_config_last_reload_success',
      help: 'Whether the last configuration reload succeeded (1) or kept the old configuration (0).',
      ...opts,
    }),
    configReloadTime: new Gauge({
      name: 'kkt_config_last_reload_success_timestamp_seconds',
      help: 'When the configuration was last loaded successfully.',
      ...opts,
    }),

    httpRequestDuration: new Histogram({
      name: 'kkt_http_request_duration_seconds',
      help: 'Time to answer HTTP requests, by route pattern, method and status code.',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      ...opts,
    }),
  };

  metrics.buildInfo.set({ version }, 1);
  collectDefaultMetrics({ register: registry });
  // Gauges named like counters: promtool rejects them, and the handle counts add nothing we alert on.
  for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) {
    registry.removeSingleMetric(name);
  }
  return metrics;
}

export type SelfMetrics = ReturnType<typeof createSelfMetrics>;

/** Drops the per-collector gauges of a collector that no longer runs; its counters keep their history. */
export function forgetCollector(metrics: SelfMetrics, collector: string): void {
  for (const gauge of [
    metrics.collectorSuccess,
    metrics.collectorDuration,
    metrics.collectorLastSuccess,
    metrics.logFilesWatched,
  ]) {
    gauge.remove({ collector });
  }
}
