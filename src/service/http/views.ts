import { type DeviceView, type ErrorEventView, type FiscalDocumentView } from '../../api/types';
import { type FiscalDocument } from '../domain/document';
import { eventKey } from '../domain/errorEvent';
import { SEVERITIES, type Severity } from '../domain/severity';
import { type DeviceState } from '../state/deviceState';
import { type StoredErrorEvent } from '../store/events';
import { iso } from './params';

/** API views of domain records: ISO times, and nulls left as nulls. */
export function deviceView(state: DeviceState): DeviceView {
  const { device, fiscalDrive, ofd, shift, registration } = state;
  const errors = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const c of state.errorCounts) {
    errors[c.severity] += c.count;
  }

  return {
    ...device,
    up: state.up,
    lastSeenAt: iso(state.lastSeenAt),
    lastCollectedAt: iso(state.lastCollectedAt),
    clockOffsetSeconds: state.clockOffsetMs === null ? null : state.clockOffsetMs / 1000,
    fiscalDrive: {
      serial: fiscalDrive.serial,
      expiresAt: iso(fiscalDrive.expiresAt),
      expirySource: fiscalDrive.expirySource,
      memoryUsedRatio: fiscalDrive.memoryUsedRatio,
      phase: fiscalDrive.phase,
      blocked: fiscalDrive.blocked,
    },
    ofd: {
      unsentCount: ofd.unsentCount,
      oldestUnsentAt: iso(ofd.oldestUnsentAt),
      lastDocumentAt: iso(ofd.lastDocumentAt),
      lastReceivedAt: iso(ofd.lastReceivedAt),
      linkStatus: ofd.linkStatus,
      linkDetail: ofd.linkDetail,
    },
    shift: { open: shift.open, number: shift.number, openedAt: iso(shift.openedAt) },
    registration: {
      status: registration.status,
      contractStatus: registration.contractStatus,
      contractEndsAt: iso(registration.contractEndsAt),
      detail: registration.detail,
    },
    errors,
  };
}

export function errorEventView(event: StoredErrorEvent): ErrorEventView {
  return {
    id: event.key ?? eventKey(event.source),
    deviceId: event.deviceId,
    time: new Date(event.time).toISOString(),
    timeSource: event.timeSource,
    family: event.family,
    code: event.code,
    condition: event.condition,
    title: event.title,
    severity: event.severity,
    message: event.message,
    source: event.source.kind === 'file' ? event.source.path : event.source.operator,
  };
}

export function documentView(doc: FiscalDocument): FiscalDocumentView {
  return { ...doc, time: new Date(doc.time).toISOString(), receivedAt: iso(doc.receivedAt) };
}
