import { Counter, Gauge, Histogram, Registry } from 'prom-client';

import { type FailureReason } from './client/failures';

/** The RPCs counted by kkt_backend_requests_total. */
export type Method = 'CheckHealth' | 'QueryData' | 'CallResource' | 'CollectMetrics';

/**
 * The backend's own metrics, which Grafana collects through CollectMetrics and serves at
 * /metrics/plugins/<id>. Bounded labels only: methods, outcomes, query types and failure reasons.
 */
export function createMetrics(version: string) {
  const registry = new Registry();
  const registers = [registry];

  const buildInfo = new Gauge({
    name: 'kkt_backend_build_info',
    help: 'Version of the datasource backend; always 1.',
    labelNames: ['version'],
    registers,
  });
  buildInfo.set({ version }, 1);

  return {
    registry,
    requests: new Counter({
      name: 'kkt_backend_requests_total',
      help: 'Requests from Grafana by method and outcome (error: the request or any of its queries failed).',
      labelNames: ['method', 'status'],
      registers,
    }),
    queryDuration: new Histogram({
      name: 'kkt_backend_query_duration_seconds',
      help: 'Time to answer one query of a QueryData request, service calls and frame encoding included.',
      labelNames: ['query_type'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    serviceFailures: new Counter({
      name: 'kkt_backend_service_call_failures_total',
      help: 'Calls to the kkt-monitor service that failed, by reason.',
      labelNames: ['reason'],
      registers,
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

export function countRequest(metrics: Metrics, method: Method, ok: boolean): void {
  metrics.requests.inc({ method, status: ok ? 'ok' : 'error' });
}

export function countFailure(metrics: Metrics, reason: FailureReason): void {
  metrics.serviceFailures.inc({ reason });
}
