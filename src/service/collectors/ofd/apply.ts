import { type SourceTime, instantOf } from '../../domain/dates';
import { fnBlocked } from '../../domain/fiscalDrive';
import { DAY_MS, HOUR_MS, MINUTE_MS, toFnMinute } from '../../domain/time';
import {
  type ContractStatus,
  type DeviceState,
  type FiscalDriveFacts,
  type OfdFacts,
  type RegistrationFacts,
  type ShiftFacts,
} from '../../state/deviceState';
import { type RegisterReport, type ReportedFacts } from './contract';
import { type DocumentDigest } from './digest';
import { freshOnly, sourcesAfter } from './sources';

/** What one poll learnt about one register. */
export interface PollOutcome {
  report: RegisterReport;
  /** Null when the operator serves no documents or their collection failed before any arrived. */
  digest: DocumentDigest | null;
  ok: boolean;
  timeZone: string;
}

/** A document that reaches the OFD later than this after it was formed marks the link as degraded. */
export const LATE_DELIVERY_MS = HOUR_MS;
/** One that takes longer than a day shows a link that is down, whatever still gets through. */
export const LOST_DELIVERY_MS = DAY_MS;
const CONTRACT_NOTICE_MS = 30 * DAY_MS;

type Instants = Omit<ReportedFacts, TimeField> & { [K in TimeField]?: number | null };
type TimeField =
  'oldestUnsentAt' | 'lastDocumentAt' | 'lastReceivedAt' | 'fnExpiresAt' | 'shiftOpenedAt' | 'contractEndsAt';

/**
 * The register's record after a poll: what the operator said, then what its documents showed, then what we
 * knew. A document older than the one a fact came from never replaces it, whatever order polls end in.
 */
export function applyPoll(state: DeviceState, poll: PollOutcome, now: number): DeviceState {
  const facts = toInstants(poll.report.facts, poll.timeZone);
  const known = state.asOf ?? {};
  const digest = freshOnly(poll.digest, known);

  const fiscalDrive = applyFiscalDrive(state.fiscalDrive, facts, digest, poll.report.identity.fnSerial);
  const ofd = applyOfd(state.ofd, facts, digest);
  return {
    ...state,
    up: poll.ok,
    lastCollectedAt: poll.ok ? now : state.lastCollectedAt,
    lastSeenAt: lastSignOfLife(state.lastSeenAt, facts, digest),
    fiscalDrive: { ...fiscalDrive, blocked: fnBlocked({ ...fiscalDrive, ...ofd }, now) },
    ofd,
    shift: applyShift(state.shift, facts, digest),
    registration: applyRegistration(state.registration, facts, now),
    asOf: sourcesAfter(known, facts, digest, now),
  };
}

/** A document formed, or one the register delivered, shows it is alive. */
function lastSignOfLife(known: number | null, facts: Instants, digest: DocumentDigest | null): number | null {
  return latest(known, facts.lastDocumentAt, facts.lastReceivedAt, digest?.lastDocumentAt, digest?.lastReceivedAt);
}

function applyFiscalDrive(
  known: FiscalDriveFacts,
  facts: Instants,
  digest: DocumentDigest | null,
  serial: string | null
): FiscalDriveFacts {
  // A new FN serial means the drive was replaced: what we knew of the old one no longer applies.
  const replaced = serial !== null && known.serial !== null && serial !== known.serial;
  const base: FiscalDriveFacts = replaced
    ? { ...known, expiresAt: null, expirySource: null, memoryUsedRatio: null, warningFlags: null }
    : known;

  const expiresAt = pick(facts.fnExpiresAt, undefined, base.expiresAt);
  return {
    ...base,
    serial: serial ?? base.serial,
    expiresAt,
    expirySource:
      facts.fnExpiresAt === undefined
        ? base.expirySource
        : expiresAt === null
          ? null
          : (facts.fnExpirySource ?? 'nominal'),
    memoryUsedRatio: pick(facts.fnMemoryUsedRatio, undefined, base.memoryUsedRatio),
    warningFlags: pick(facts.fnWarningFlags, digest?.fnWarningFlags?.flags, base.warningFlags),
  };
}

function applyOfd(known: OfdFacts, facts: Instants, digest: DocumentDigest | null): OfdFacts {
  const unsentCount = pick(facts.unsentCount, digest?.unsent?.count, known.unsentCount);
  const oldest = pick(facts.oldestUnsentAt, digest?.unsent ? digest.unsent.oldestAt : undefined, known.oldestUnsentAt);
  const link = linkOf(facts, digest);

  return {
    unsentCount,
    oldestUnsentAt: unsentCount === 0 ? null : oldest,
    lastDocumentAt: latest(known.lastDocumentAt, facts.lastDocumentAt, digest?.lastDocumentAt),
    lastReceivedAt: latest(known.lastReceivedAt, facts.lastReceivedAt, digest?.lastReceivedAt),
    linkStatus: link === undefined ? known.linkStatus : link.status,
    linkDetail: link === undefined ? known.linkDetail : link.detail,
  };
}

/** The operator's own link state, else how late the newest document reached it. */
function linkOf(facts: Instants, digest: DocumentDigest | null) {
  if (facts.linkStatus !== undefined) {
    return { status: facts.linkStatus, detail: facts.linkDetail ?? null };
  }

  const reportedLag =
    facts.lastDocumentAt != null && facts.lastReceivedAt != null ? facts.lastReceivedAt - facts.lastDocumentAt : null;
  const lag = reportedLag ?? digest?.lastDeliveryLagMs ?? null;
  if (lag === null) {
    return undefined;
  }
  if (lag <= LATE_DELIVERY_MS) {
    return { status: 'ok' as const, detail: null };
  }
  return {
    status: lag > LOST_DELIVERY_MS ? ('down' as const) : ('degraded' as const),
    detail: `the newest document reached the OFD ${spanOf(lag)} after it was formed`,
  };
}

function spanOf(ms: number): string {
  return ms > LOST_DELIVERY_MS ? `${Math.round(ms / HOUR_MS)} h` : `${Math.round(ms / MINUTE_MS)} min`;
}

function applyShift(known: ShiftFacts, facts: Instants, digest: DocumentDigest | null): ShiftFacts {
  const open = pick(facts.shiftOpen, digest?.shift?.open, known.open);
  const number = pick(facts.shiftNumber, digest?.shift?.number, known.number);
  if (open !== true) {
    return { open, number, openedAt: null };
  }

  const fromDocuments = digest?.shift?.open && digest.shift.number === number ? digest.shift.openedAt : undefined;
  const stillSame = known.open === true && known.number === number ? known.openedAt : null;
  return { open, number, openedAt: facts.shiftOpenedAt ?? fromDocuments ?? stillSame };
}

function applyRegistration(known: RegistrationFacts, facts: Instants, now: number): RegistrationFacts {
  const contractEndsAt = pick(facts.contractEndsAt, undefined, known.contractEndsAt);
  const derived = contractEndsAt === null ? undefined : contractStatusAt(contractEndsAt, now);
  return {
    status: pick(facts.registrationStatus, undefined, known.status),
    contractEndsAt,
    contractStatus: pick(facts.contractStatus, derived, known.contractStatus),
    detail: pick(facts.registrationDetail, undefined, known.detail),
  };
}

export function contractStatusAt(endsAt: number, now: number): ContractStatus {
  if (endsAt <= now) {
    return 'expired';
  }
  return endsAt - now <= CONTRACT_NOTICE_MS ? 'expiring' : 'active';
}

/** The operator's word if it gave one, else the documents', else what we knew. */
function pick<T>(reported: T | undefined, derived: T | undefined, known: T): T {
  return reported !== undefined ? reported : derived !== undefined ? derived : known;
}

function latest(...values: Array<number | null | undefined>): number | null {
  const known = values.filter((v): v is number => typeof v === 'number');
  return known.length === 0 ? null : Math.max(...known);
}

function toInstants(facts: ReportedFacts, timeZone: string): Instants {
  // The FN keeps minutes only; whatever seconds an operator shows for an FN stamp are not the register's.
  const at = (value: SourceTime | null | undefined, fnStamped = false) => {
    if (value === undefined) {
      return undefined;
    }
    const instant = instantOf(value, timeZone);
    return instant !== null && fnStamped ? toFnMinute(instant) : instant;
  };

  return {
    ...facts,
    oldestUnsentAt: at(facts.oldestUnsentAt, true),
    lastDocumentAt: at(facts.lastDocumentAt, true),
    lastReceivedAt: at(facts.lastReceivedAt),
    fnExpiresAt: at(facts.fnExpiresAt),
    shiftOpenedAt: at(facts.shiftOpenedAt, true),
    contractEndsAt: at(facts.contractEndsAt),
  };
}
