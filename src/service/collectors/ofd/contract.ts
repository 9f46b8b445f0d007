import { type SourceTime } from '../../domain/dates';
import { type DocumentType } from '../../domain/document';
import { type ExpirySource } from '../../domain/fiscalDrive';
import { type ContractStatus, type OfdLinkStatus, type RegistrationStatus } from '../../state/deviceState';

/** How an operator names a register; any of these may find it in the fleet. */
export interface RegisterIdentity {
  regNumber: string | null;
  serial: string | null;
  fnSerial: string | null;
}

/**
 * What an operator says about a register's state. A field left out means the operator does not tell
 * (what we knew stays); null means it tells us the value is unknown. Times are as the operator wrote them.
 */
export interface ReportedFacts {
  unsentCount?: number | null;
  oldestUnsentAt?: SourceTime | null;
  lastDocumentAt?: SourceTime | null;
  lastReceivedAt?: SourceTime | null;
  linkStatus?: OfdLinkStatus | null;
  linkDetail?: string | null;
  fnExpiresAt?: SourceTime | null;
  fnExpirySource?: ExpirySource | null;
  fnMemoryUsedRatio?: number | null;
  fnWarningFlags?: number | null;
  shiftOpen?: boolean | null;
  shiftNumber?: number | null;
  shiftOpenedAt?: SourceTime | null;
  registrationStatus?: RegistrationStatus | null;
  contractStatus?: ContractStatus | null;
  contractEndsAt?: SourceTime | null;
  registrationDetail?: string | null;
}

export interface DeviceFields {
  model?: string | null;
  name?: string | null;
  store?: string | null;
  inn?: string | null;
}

/** One register as listed by the operator. Ref is what the client needs to fetch its documents. */
export interface RegisterReport<Ref = unknown> {
  identity: RegisterIdentity;
  device: DeviceFields;
  facts: ReportedFacts;
  ref: Ref;
}

/** A fiscal document as an operator serves it, normalised except for the register's zone. */
export interface CollectedDocument {
  fnSerial: string;
  number: number;
  type: DocumentType;
  /** The FN's stamp: the register's wall clock unless the operator converted it to UTC. */
  time: SourceTime;
  receivedAt: SourceTime | null;
  shiftNumber: number | null;
  totalKopecks: number | null;
  fiscalSign: string | null;
  /** Tags 1097 and 1098 of a close-shift or state report: the unsent backlog when it was formed. */
  unsent?: { count: number | null; oldest: SourceTime | null };
  /** Tags 1050-1053 of a close-shift report as FN warning flag bits. */
  fnWarningFlags?: number | null;
}

/** A span of time to collect documents for, as instants; clients write it in the register's zone. */
export interface Period {
  from: number;
  to: number;
  timeZone: string;
}

/** The one contract every operator's client keeps. */
export interface OfdClient<Ref = unknown> {
  /** Longest period one document request may cover. */
  readonly maxPeriodMs: number;
  /** How long before now a period ends, for operators that are still processing the latest documents. */
  readonly settleMs: number;
  /** The account's registers with what the operator says about each. */
  registers(signal: AbortSignal): Promise<Array<RegisterReport<Ref>>>;
  /** Documents formed in the period, page by page; absent when the operator serves state only. */
  documents?(register: RegisterReport<Ref>, period: Period, signal: AbortSignal): AsyncIterable<CollectedDocument[]>;
  /**
   * The documents of the period that tell a register's state: shift openings and closings, close-shift and
   * state reports, asked for as cheaply as the operator allows. Absent when its documents tell no shift.
   */
  stateDocuments?(
    register: RegisterReport<Ref>,
    period: Period,
    signal: AbortSignal
  ): AsyncIterable<CollectedDocument[]>;
}
