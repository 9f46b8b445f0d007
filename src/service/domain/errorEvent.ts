import { type Severity } from './severity';

/**
 * Code families: each numbering scheme for errors that registers, drivers and operators use.
 * One condition may be written in Russian in one log and in English in another; detection maps both to
 * the same family and code.
 */
export const CODE_FAMILIES = [
  'fn', // fiscal drive return codes 0x01-0x3F, relayed by every driver
  'atol', // ATOL Driver 10 (libfptr10) errors
  'atol8', // legacy ATOL driver 8 negative codes still shown by POS software
  'shtrih', // Shtrih-M driver and firmware codes above the FN range
  'frdrvng', // fr_drv_ng negative library codes
  'kkmserver', // KKM-Server command results
  'ofd', // OFD link and OFD API errors
  'driver', // driver faults without a numeric code (exceptions, protocol failures)
] as const;

export type CodeFamily = (typeof CODE_FAMILIES)[number];

/** What detection found in a log line or an OFD response. */
export interface Detection {
  family: CodeFamily;
  /** Code within the family, normalised (FN codes as "0x14", others as decimal); null when only text matched. */
  code: string | null;
  /** Stable key of the condition, e.g. "fn:0x14"; the same for every wording of it. */
  condition: string;
  severity: Severity;
  /** Short English description of the condition from our catalogue. */
  title: string;
}

/** Where an event was read from; the pair (source, position) makes ingestion idempotent. */
export type EventSource =
  | { kind: 'file'; path: string; fileId: string; offset: number }
  | { kind: 'ofd'; operator: string; account: string; reference: string };

export interface ErrorEvent extends Detection {
  deviceId: string;
  /** Instant of the event, UTC ms. */
  time: number;
  /** "log" when the line carried a time, "collector" when it had none and we stamped it (console fallback). */
  timeSource: 'log' | 'collector';
  /** The message part of the line, after the header the format parser split off. */
  message: string;
  source: EventSource;
}

/** Idempotency key of an event: a repeat delivery of the same line or document yields the same key. */
export function eventKey(source: EventSource): string {
  return source.kind === 'file'
    ? `file:${source.fileId}:${source.offset}`
    : `ofd:${source.operator}:${source.account}:${source.reference}`;
}
