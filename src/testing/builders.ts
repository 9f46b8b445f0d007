import { type AdvisorSuggestion } from '../api/types';

/** A suggestion with every field set, for tests of pure functions; fields can be replaced. */
export function suggestion(overrides: Partial<AdvisorSuggestion> = {}): AdvisorSuggestion {
  return {
    alert: 'KktOfdBacklogNearBlock',
    severity: 'critical',
    method: 'deadline',
    expr: 'time() - kkt_ofd_oldest_unsent_document_timestamp_seconds > 20 * 86400',
    for: '15m',
    keepFiringFor: '10m',
    summary: { en: 'The OFD has not confirmed a document for 20 days', ru: 'ОФД не подтвердил документ 20 дней' },
    description: { en: 'The FN blocks at 30 days.', ru: 'ФН блокируется на 30-й день.' },
    rationale: 'Recoveries took up to 6 days, so 20 days leaves 10 for repair.',
    declined: null,
    backtest: {
      suggested: {
        episodesPerWeek: 0.5,
        episodesPerDevice: 0.1,
        firingRatio: 0.01,
        precision: 0.9,
        recall: 1,
        meanDetectionDelaySeconds: 900,
      },
      current: null,
      series: [
        { t: '2026-11-01T00:00:00Z', v: 0 },
        { t: '2026-11-02T00:00:00Z', v: 100 },
      ],
      threshold: 50,
      firing: [{ start: '2026-11-01T12:00:00Z', end: '2026-11-02T00:00:00Z' }],
    },
    ...overrides,
  };
}
