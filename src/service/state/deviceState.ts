import { type Device } from '../domain/device';
import { type DocumentType } from '../domain/document';
import { type CodeFamily } from '../domain/errorEvent';
import { type FactMark } from '../domain/factMark';
import { type ExpirySource, type FnPhase } from '../domain/fiscalDrive';
import { type Severity } from '../domain/severity';

/**
 * What the monitor knows about one register right now. Records are immutable: a change replaces the
 * record, so a scrape that took a snapshot keeps seeing one consistent state. null means unknown, and an
 * unknown value is never exported (a missing series is honest; a 0 would claim an empty backlog).
 */
export interface DeviceState {
  readonly device: Device;
  /** Whether the last collection that covered this register succeeded. */
  readonly up: boolean | null;
  /** Last sign of life from the register itself: a log line or a document, UTC ms. */
  readonly lastSeenAt: number | null;
  /** Last successful collection of anything about it, UTC ms. */
  readonly lastCollectedAt: number | null;
  /** Register clock minus true time, ms. */
  readonly clockOffsetMs: number | null;
  readonly fiscalDrive: FiscalDriveFacts;
  readonly ofd: OfdFacts;
  readonly shift: ShiftFacts;
  readonly registration: RegistrationFacts;
  /** Where the facts that documents also tell came from; absent in records stored before it was kept. */
  readonly asOf?: FactSources;
  /** Error events seen, by family and severity, since the store began. */
  readonly errorCounts: readonly ErrorCount[];
  /** Fiscal documents stored, by type. */
  readonly documentCounts: Readonly<Partial<Record<DocumentType, number>>>;
}

export interface FiscalDriveFacts {
  readonly serial: string | null;
  readonly expiresAt: number | null;
  readonly expirySource: ExpirySource | null;
  readonly memoryUsedRatio: number | null;
  readonly phase: FnPhase | null;
  readonly warningFlags: number | null;
  /** The FN refuses documents (30-day rule, expiry, full archive, critical error). */
  readonly blocked: boolean | null;
}

/** Link states: "ok" sends, "degraded" sends late or retries, "down" does not send. */
export type OfdLinkStatus = 'ok' | 'degraded' | 'down';

export interface OfdFacts {
  readonly unsentCount: number | null;
  /** Oldest document the OFD has not confirmed, UTC ms: the register blocks when it is 30 days old. */
  readonly oldestUnsentAt: number | null;
  /** Last document formed on the register (its clock, converted with its zone), UTC ms. */
  readonly lastDocumentAt: number | null;
  /** Last document the OFD received, UTC ms. */
  readonly lastReceivedAt: number | null;
  readonly linkStatus: OfdLinkStatus | null;
  /** Operator-specific code or phrase behind the link status, e.g. ATOL Online networkErrorCode 2. */
  readonly linkDetail: string | null;
}

/** The document or poll behind each fact an older document must not replace. */
export interface FactSources {
  /** Unsent count and oldest unsent document. */
  readonly backlog?: FactMark;
  /** FN warning flags. */
  readonly fnFlags?: FactMark;
  /** Shift open, its number and since when. */
  readonly shift?: FactMark;
  /** Link status, when told by how late a document arrived. */
  readonly link?: FactMark;
}

export interface ShiftFacts {
  readonly open: boolean | null;
  readonly number: number | null;
  readonly openedAt: number | null;
}

/** Registration with the tax service and the contract with the operator. */
export type RegistrationStatus = 'registered' | 'pending' | 'problem' | 'deregistered';
export type ContractStatus = 'active' | 'expiring' | 'expired';

export interface RegistrationFacts {
  readonly status: RegistrationStatus | null;
  readonly contractStatus: ContractStatus | null;
  readonly contractEndsAt: number | null;
  /** Operator's own words for the state, for the API and the UI. */
  readonly detail: string | null;
}

export interface ErrorCount {
  readonly family: CodeFamily;
  readonly severity: Severity;
  readonly count: number;
}

export function initialState(device: Device): DeviceState {
  return {
    device,
    up: null,
    lastSeenAt: null,
    lastCollectedAt: null,
    clockOffsetMs: null,
    fiscalDrive: {
      serial: null,
      expiresAt: null,
      expirySource: null,
      memoryUsedRatio: null,
      phase: null,
      warningFlags: null,
      blocked: null,
    },
    ofd: {
      unsentCount: null,
      oldestUnsentAt: null,
      lastDocumentAt: null,
      lastReceivedAt: null,
      linkStatus: null,
      linkDetail: null,
    },
    shift: { open: null, number: null, openedAt: null },
    registration: { status: null, contractStatus: null, contractEndsAt: null, detail: null },
    errorCounts: [],
    documentCounts: {},
  };
}

/** Adds events to the per-family, per-severity counters without mutating the old record. */
export function addErrorCount(counts: readonly ErrorCount[], family: CodeFamily, severity: Severity, n = 1) {
  const index = counts.findIndex((c) => c.family === family && c.severity === severity);
  if (index === -1) {
    return [...counts, { family, severity, count: n }];
  }

  const next = counts.slice();
  next[index] = { family, severity, count: counts[index].count + n };
  return next;
}
