import { type DevicePlan } from './plan';
import { type DeviceSample } from './simulate';

/** One series of a family for a register: its labels beyond the register's, and its value or nothing. */
export interface SyntheticSeries {
  labels(sample: DeviceSample, device: DevicePlan): Record<string, string>;
  value(sample: DeviceSample): number | null;
  /** Set when the labels change over time: a key that changes with them. */
  variant?(sample: DeviceSample): string;
}

/** A metric family as the exporter writes it, with the names families.ts and selfMetrics.ts use. */
export interface SyntheticFamily {
  name: string;
  type: 'gauge' | 'counter';
  series: SyntheticSeries[];
}

const none = () => ({});

function gauge(name: string, value: (s: DeviceSample) => number | null): SyntheticFamily {
  return { name, type: 'gauge', series: [{ labels: none, value }] };
}

/** Per-register families; every series also carries device_id, instance and job. */
export const DEVICE_FAMILIES: readonly SyntheticFamily[] = [
  {
    name: 'kkt_device_info',
    type: 'gauge',
    series: [
      {
        labels: (s, d) => ({ fn_serial: s.fnSerial, model: 'АТОЛ 30Ф', store: `store-${d.id.slice(-3)}` }),
        value: () => 1,
      },
    ],
  },
  gauge('kkt_device_up', (s) => s.up),
  gauge('kkt_device_last_seen_timestamp_seconds', (s) => s.lastSeen),
  gauge('kkt_device_clock_offset_seconds', (s) => s.clockOffset),
  {
    name: 'kkt_device_errors',
    type: 'counter',
    series: [
      { labels: () => ({ family: 'driver', severity: 'high' }), value: (s) => s.errorsHigh },
      { labels: () => ({ family: 'fn', severity: 'critical' }), value: (s) => s.errorsFn },
    ],
  },
  gauge('kkt_fn_expiry_timestamp_seconds', (s) => s.fnExpiry),
  gauge('kkt_fn_memory_used_ratio', (s) => Number(s.fnMemory.toFixed(6))),
  gauge('kkt_fn_blocked', (s) => s.fnBlocked),
  gauge('kkt_ofd_unsent_documents', (s) => s.unsent),
  gauge('kkt_ofd_oldest_unsent_document_timestamp_seconds', (s) => s.oldestUnsent),
  gauge('kkt_last_document_timestamp_seconds', (s) => s.lastDocument),
  gauge('kkt_ofd_last_received_document_timestamp_seconds', (s) => s.lastReceived),
  gauge('kkt_ofd_link_up', (s) => s.linkUp),
  {
    name: 'kkt_fiscal_documents',
    type: 'counter',
    series: [{ labels: () => ({ type: 'receipt' }), value: (s) => s.receipts }],
  },
  gauge('kkt_shift_open', (s) => s.shiftOpen),
  gauge('kkt_shift_opened_timestamp_seconds', (s) => s.shiftOpenedAt),
  gauge('kkt_registration_ok', (s) => s.registrationOk),
];
