import { DOCUMENT_TYPE_NAMES } from '../domain/document';
import { type DeviceState } from '../state/deviceState';

/** A sample of a per-device family: extra labels beyond device_id, and the value. */
export interface DeviceSample {
  labels?: ReadonlyArray<readonly [string, string]>;
  value: number;
}

/**
 * One metric family exported for every register. device_id is the only per-device label; what
 * describes a register sits on kkt_device_info. A family whose value is unknown exports nothing.
 */
export interface DeviceFamily {
  name: string;
  help: string;
  type: 'gauge' | 'counter';
  samples(state: DeviceState): readonly DeviceSample[] | number | null;
}

const seconds = (ms: number | null) => (ms === null ? null : ms / 1000);
const flag = (value: boolean | null) => (value === null ? null : value ? 1 : 0);

export const DEVICE_FAMILIES: readonly DeviceFamily[] = [
  {
    name: 'kkt_device_info',
    help: 'Register metadata; always 1. Join on device_id for the labels.',
    type: 'gauge',
    samples: ({ device, fiscalDrive }) => [
      {
        labels: [
          ['reg_number', device.regNumber ?? ''],
          ['serial', device.serial ?? ''],
          ['fn_serial', fiscalDrive.serial ?? ''],
          ['model', device.model ?? ''],
          ['name', device.name ?? ''],
          ['store', device.store ?? ''],
          ['operator', device.operator ?? ''],
          ['time_zone', device.timeZone],
        ],
        value: 1,
      },
    ],
  },
  {
    name: 'kkt_device_up',
    help: 'Whether the last collection covering the register succeeded (1) or failed (0).',
    type: 'gauge',
    samples: (s) => flag(s.up),
  },
  {
    name: 'kkt_device_last_seen_timestamp_seconds',
    help: 'Last sign of life from the register: a log line or a fiscal document.',
    type: 'gauge',
    samples: (s) => seconds(s.lastSeenAt),
  },
  {
    name: 'kkt_device_last_collected_timestamp_seconds',
    help: "Last successful collection about the register. Collected on the collectors' schedule, not per scrape.",
    type: 'gauge',
    samples: (s) => seconds(s.lastCollectedAt),
  },
  {
    name: 'kkt_device_clock_offset_seconds',
    help: 'Register clock minus true time. Receipts must not differ from real time by more than 5 minutes.',
    type: 'gauge',
    samples: (s) => seconds(s.clockOffsetMs),
  },
  {
    name: 'kkt_device_errors_total',
    help: 'Error events detected for the register, by code family and severity.',
    type: 'counter',
    samples: (s) =>
      s.errorCounts.map((c) => ({
        labels: [
          ['family', c.family],
          ['severity', c.severity],
        ],
        value: c.count,
      })),
  },
  {
    name: 'kkt_fn_expiry_timestamp_seconds',
    help: "When the fiscal drive expires; the operator's forecast when it gives one.",
    type: 'gauge',
    samples: (s) => seconds(s.fiscalDrive.expiresAt),
  },
  {
    name: 'kkt_fn_memory_used_ratio',
    help: 'Share of the fiscal drive archive in use, 0 to 1.',
    type: 'gauge',
    samples: (s) => s.fiscalDrive.memoryUsedRatio,
  },
  {
    name: 'kkt_fn_warning_flags',
    help: 'FN warning flags byte: 1 replace urgently, 2 resource ends within 30 days, 4 archive 90% full, 8 OFD timeout, 128 critical error.',
    type: 'gauge',
    samples: (s) => s.fiscalDrive.warningFlags,
  },
  {
    name: 'kkt_fn_blocked',
    help: 'Whether the fiscal drive refuses documents (1) or not (0); absent while any reason is unknown.',
    type: 'gauge',
    samples: (s) => flag(s.fiscalDrive.blocked),
  },
  {
    name: 'kkt_ofd_unsent_documents',
    help: 'Documents the OFD has not confirmed yet.',
    type: 'gauge',
    samples: (s) => s.ofd.unsentCount,
  },
  {
    name: 'kkt_ofd_oldest_unsent_document_timestamp_seconds',
    help: 'Oldest document the OFD has not confirmed; the FN blocks the register when it is 30 days old.',
    type: 'gauge',
    samples: (s) => seconds(s.ofd.oldestUnsentAt),
  },
  {
    name: 'kkt_last_document_timestamp_seconds',
    help: 'Last fiscal document formed on the register, by its clock converted with its time zone.',
    type: 'gauge',
    samples: (s) => seconds(s.ofd.lastDocumentAt),
  },
  {
    name: 'kkt_ofd_last_received_document_timestamp_seconds',
    help: 'Last fiscal document the OFD received.',
    type: 'gauge',
    samples: (s) => seconds(s.ofd.lastReceivedAt),
  },
  {
    name: 'kkt_ofd_link_up',
    help: "Whether the register's link to the OFD works (1), or is degraded or down (0).",
    type: 'gauge',
    samples: (s) => (s.ofd.linkStatus === null ? null : s.ofd.linkStatus === 'ok' ? 1 : 0),
  },
  {
    name: 'kkt_fiscal_documents_total',
    help: 'Fiscal documents collected from the OFD, by type.',
    type: 'counter',
    samples: (s) =>
      DOCUMENT_TYPE_NAMES.filter((t) => s.documentCounts[t] !== undefined).map((t) => ({
        labels: [['type', t]],
        value: s.documentCounts[t] ?? 0,
      })),
  },
  {
    name: 'kkt_shift_open',
    help: 'Whether a shift is open (1) or closed (0).',
    type: 'gauge',
    samples: (s) => flag(s.shift.open),
  },
  {
    name: 'kkt_shift_opened_timestamp_seconds',
    help: 'When the open shift was opened; a shift blocks receipts 24 hours later.',
    type: 'gauge',
    samples: (s) => (s.shift.open ? seconds(s.shift.openedAt) : null),
  },
  {
    name: 'kkt_registration_ok',
    help: 'Whether the register is registered with the tax service without problems (1) or not (0).',
    type: 'gauge',
    samples: (s) => (s.registration.status === null ? null : s.registration.status === 'registered' ? 1 : 0),
  },
  {
    name: 'kkt_ofd_contract_expiry_timestamp_seconds',
    help: 'When the paid OFD service for the register ends.',
    type: 'gauge',
    samples: (s) => seconds(s.registration.contractEndsAt),
  },
];
